// Everything the bot answered to one injected interaction, in arrival order, accepted or not.

import { InteractionResponseType, type InteractionType } from 'discord.js';
import type { ApiErrorBody } from './apiErrors.js';
import type { ReceivedFile } from './http.js';
import type { InteractionPayload } from './interactionPayloads.js';

export type AnswerKind = 'callback' | 'edit' | 'followUp' | 'delete';

export interface Answer {
  kind: AnswerKind;
  /** Callback response type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  type?: number | undefined;
  /** The callback's `data`, or the edit / follow-up body, as the bot sent it. */
  data: unknown;
  files: ReceivedFile[];
  /** The message created or edited, when the answer was accepted. */
  messageId?: string | undefined;
  at: number;
  elapsedMs: number;
  status: number;
  /** Discord's error body when the answer was refused. */
  error?: ApiErrorBody | undefined;
}


export class InteractionRecord {
  readonly answers: Answer[] = [];
  /** The message `@original` refers to once acknowledged (the reply, or the clicked message). */
  originalMessageId: string | undefined;

  constructor(
    readonly payload: InteractionPayload,
    readonly label: string,
    readonly dispatchedAt: number,
  ) {}

  get id(): string {
    return this.payload.id;
  }

  get token(): string {
    return this.payload.token;
  }

  get type(): InteractionType {
    return this.payload.type;
  }

  /** The accepted callback; a refused one leaves the interaction unacknowledged, as on Discord. */
  get callback(): Answer | undefined {
    return this.answers.find(answer => answer.kind === 'callback' && !answer.error);
  }

  get callbackAttempts(): Answer[] {
    return this.answers.filter(answer => answer.kind === 'callback');
  }

  get edits(): Answer[] {
    return this.answers.filter(answer => answer.kind === 'edit' && !answer.error);
  }

  get followUps(): Answer[] {
    return this.answers.filter(answer => answer.kind === 'followUp' && !answer.error);
  }

  get rejections(): Answer[] {
    return this.answers.filter(answer => answer.error !== undefined);
  }

  /** A complete answer: acknowledged and, after a deferred reply ("is thinking…"), edited or followed up. */
  get isAnswered(): boolean {
    const callback = this.callback;
    if (!callback) return false;
    if (callback.type !== InteractionResponseType.DeferredChannelMessageWithSource) return true;
    return this.answers.some(answer => answer.at >= callback.at && !answer.error && (answer.kind === 'edit' || answer.kind === 'followUp'));
  }
}
