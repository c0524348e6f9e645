// IDENTIFY and RESUME: who may open or continue a session, and what they are sent.
// https://discord.com/developers/docs/events/gateway-events#identify

import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from 'discord.js';
import type { WebSocket } from 'ws';
import { guildCreatePayload, readyPayload } from './gatewayPayloads.js';
import { GatewaySession } from './gatewaySession.js';
import { isRecord, type JsonRecord } from './guards.js';
import type { FakeWorld } from './world.js';

export interface Connection {
  socket: WebSocket;
  session: GatewaySession | undefined;
}

export interface HandshakeDeps {
  token: string;
  world: FakeWorld;
  /** Sent as resume_gateway_url: the client resumes on this same server. */
  url: string;
  sessions: Map<string, GatewaySession>;
  stats: { identifies: number; resumes: number };
  send: (socket: WebSocket, frame: object) => void;
}

export function identify(deps: HandshakeDeps, connection: Connection, d: unknown): void {
  const { socket } = connection;
  if (connection.session) return socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
  if (!isRecord(d) || d['token'] !== deps.token) return socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
  if (!Number.isInteger(d['intents'])) return socket.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
  if (!validShard(d)) return socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
  deps.stats.identifies += 1;
  const session = new GatewaySession(socket, deps.send);
  connection.session = session;
  deps.sessions.set(session.id, session);
  session.dispatch(GatewayDispatchEvents.Ready, readyPayload(deps.world, session.id, deps.url));
  for (const guild of deps.world.guilds) session.dispatch(GatewayDispatchEvents.GuildCreate, guildCreatePayload(guild));
}

/** Replays what the client missed after its last sequence, then RESUMED; op 9 if that is impossible. */
export function resume(deps: HandshakeDeps, connection: Connection, d: unknown): void {
  const { socket } = connection;
  if (!isRecord(d) || d['token'] !== deps.token) return socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
  const session = typeof d['session_id'] === 'string' ? deps.sessions.get(d['session_id']) : undefined;
  const seq = d['seq'];
  const missed = session && typeof seq === 'number' && seq <= session.seq ? session.missedSince(seq) : undefined;
  if (!session || !missed) {
    deps.send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
    return;
  }
  deps.stats.resumes += 1;
  // A session lives on one connection; a stale one still open is cut.
  if (session.socket && session.socket !== socket) session.socket.terminate();
  session.socket = socket;
  connection.session = session;
  for (const frame of missed) deps.send(socket, frame);
  session.dispatch(GatewayDispatchEvents.Resumed, null);
}

/** discord.js identifies as shard [0, 1] because /gateway/bot recommends one shard. */
function validShard(d: JsonRecord): boolean {
  const shard = d['shard'];
  if (shard === undefined) return true;
  return Array.isArray(shard) && shard[0] === 0 && shard[1] === 1;
}
