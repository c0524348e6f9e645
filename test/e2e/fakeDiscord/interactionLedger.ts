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

  constructor(private readonly onChange: () => void) {}

  register(payload: InteractionPayload, label: string): InteractionRecord {
    const record = new InteractionRecord(payload, label, Date.now());
    this.records.push(record);
    this.byToken.set(payload.token, record);
    this.onChange();
    return record;
  }

  findByToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  findById(id: string): InteractionRecord | undefined {
    return this.records.find(record => record.id === id);
  }

  add(record: InteractionRecord, answer: Omit<Answer, 'at' | 'elapsedMs'>): Answer {
    const at = Date.now();
    const full = { ...answer, at, elapsedMs: at - record.dispatchedAt };
    record.answers.push(full);
    this.onChange();
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
