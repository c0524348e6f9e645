// Tracks injected interactions by id and token, records answers, and lets tests wait for them.

import type { InteractionPayload } from './interactionPayloads.js';
import { InteractionRecord, type Answer } from './interactionRecord.js';

export interface WaitOptions {
  /** Quiet time after a complete answer, to catch late edits and follow-ups. */
  settleMs: number;
  timeoutMs: number;
}

export interface AnswerCount {
  id: string;
  label: string;
  callbackAttempts: number;
  callbacks: number;
  edits: number;
  followUps: number;
  rejections: number;
}

export class InteractionLedger {
  readonly records: InteractionRecord[] = [];
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly byId = new Map<string, InteractionRecord>();

  /** @param onChange told of every new record (no argument) and of every answer (its record). */
  constructor(private readonly onChange: (record?: InteractionRecord) => void) {}

  register(payload: InteractionPayload, label: string): InteractionRecord {
    const record = new InteractionRecord(payload, label, Date.now());
    this.records.push(record);
    this.byToken.set(payload.token, record);
    this.byId.set(payload.id, record);
    this.onChange();
    return record;
  }

  findByToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  findById(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  /** Records an answer; its `at` is when the request carrying it arrived, not when it was handled. */
  add(record: InteractionRecord, answer: Omit<Answer, 'elapsedMs'>): Answer {
    const full = { ...answer, elapsedMs: answer.at - record.dispatchedAt };
    record.answers.push(full);
    this.onChange(record);
    return full;
  }

  unanswered(): InteractionRecord[] {
    return this.records.filter(record => !record.callback);
  }

  doubleAnswered(): InteractionRecord[] {
    return this.records.filter(record => record.callbackAttempts.length > 1);
  }

  counts(): AnswerCount[] {
    return this.records.map(record => ({
      id: record.id,
      label: record.label,
      callbackAttempts: record.callbackAttempts.length,
      callbacks: record.callback ? 1 : 0,
      edits: record.edits.length,
      followUps: record.followUps.length,
      rejections: record.rejections.length,
    }));
  }
}

/** Describes what arrived so far, for timeout messages that explain themselves. */
export function describeAnswers(record: InteractionRecord): string {
  if (record.answers.length === 0) return 'nothing';
  return record.answers
    .map(answer => `${answer.kind}${answer.type === undefined ? '' : ` type ${answer.type}`} → ${answer.status}${answer.error ? ` ${answer.error.code} ${answer.error.message}` : ''}`)
    .join('; ');
}
