// One gateway session: its sequence counter, the backlog a RESUME replays, and the socket it
// is currently bound to (none while the client is reconnecting).
// https://discord.com/developers/docs/events/gateway#resuming

import { randomBytes } from 'node:crypto';
import { WebSocket } from 'ws';
import { RESUME_BACKLOG_MAX } from './limits.js';

export interface DispatchFrame {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

export class GatewaySession {
  readonly id = randomBytes(16).toString('hex');
  seq = 0;
  socket: WebSocket | undefined;
  private readonly backlog: DispatchFrame[] = [];

  constructor(socket: WebSocket, private readonly send: (socket: WebSocket, frame: object) => void) {
    this.socket = socket;
  }

  /** Numbers and keeps every dispatch; delivers it now if connected, else on RESUME. */
  dispatch(t: string, d: unknown): DispatchFrame {
    this.seq += 1;
    const frame: DispatchFrame = { op: 0, t, s: this.seq, d };
    this.backlog.push(frame);
    if (this.backlog.length > RESUME_BACKLOG_MAX) this.backlog.shift();
    if (this.socket?.readyState === WebSocket.OPEN) this.send(this.socket, frame);
    return frame;
  }

  /** The dispatches a client that last saw `seq` missed, or undefined if they are no longer kept. */
  missedSince(seq: number): DispatchFrame[] | undefined {
    const oldest = this.backlog[0];
    if (oldest && seq < oldest.s - 1) return undefined;
    return this.backlog.filter(frame => frame.s > seq);
  }

  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }
}
