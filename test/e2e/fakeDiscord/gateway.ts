// The gateway WebSocket: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with replay,
// and the faults tests inject (reconnect requests, invalid sessions, dropped connections).
// https://discord.com/developers/docs/events/gateway

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord.js';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { identify, resume, type Connection, type HandshakeDeps } from './gatewayHandshake.js';
import type { GatewaySession } from './gatewaySession.js';
import { isRecord, type JsonRecord } from './guards.js';
import type { FakeWorld } from './world.js';

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  world: FakeWorld;
  log: (line: string) => void;
  onChange: () => void;
}

export interface GatewayFrameLog {
  direction: 'in' | 'out';
  op: number;
  t: string | null;
  s: number | null;
  at: number;
}

export class GatewayServer {
  readonly sessions = new Map<string, GatewaySession>();
  readonly frames: GatewayFrameLog[] = [];
  readonly stats = { connections: 0, identifies: 0, resumes: 0, heartbeats: 0 };
  /** When false, heartbeats go unanswered and discord.js must treat the link as a zombie. */
  ackHeartbeats = true;
  url = '';
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<Connection>();

  constructor(private readonly options: GatewayOptions) {}

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(request, socket, head, ws => this.accept(ws, request));
  }

  /** Sends a dispatch to every session (connected or awaiting RESUME); returns how many. */
  dispatch(t: string, d: unknown): number {
    for (const session of this.sessions.values()) session.dispatch(t, d);
    return this.sessions.size;
  }

  requestReconnect(): void {
    for (const connection of this.live()) this.send(connection.socket, { op: GatewayOpcodes.Reconnect, d: null });
  }

  requestHeartbeat(): void {
    for (const connection of this.live()) this.send(connection.socket, { op: GatewayOpcodes.Heartbeat, d: null });
  }

  /** Op 9; a non-resumable invalidation forgets the sessions, so the client must identify again. */
  invalidateSession(resumable: boolean): void {
    for (const connection of this.live()) {
      this.send(connection.socket, { op: GatewayOpcodes.InvalidSession, d: resumable });
      if (!resumable && connection.session) this.sessions.delete(connection.session.id);
    }
  }

  /** Closes every connection with `code`, or cuts it without a close frame when none is given. */
  dropConnection(code?: number): void {
    for (const connection of this.live()) {
      if (code === undefined) connection.socket.terminate();
      else connection.socket.close(code);
    }
  }

  /** Sessions with a live socket; zero while the client is reconnecting. */
  get connectedSessions(): number {
    return [...this.sessions.values()].filter(session => session.connected).length;
  }

  close(): void {
    for (const connection of this.connections) connection.socket.terminate();
    this.wss.close();
  }

  private live(): Connection[] {
    return [...this.connections].filter(connection => connection.socket.readyState === WebSocket.OPEN);
  }

  private accept(socket: WebSocket, request: IncomingMessage): void {
    const connection: Connection = { socket, session: undefined };
    this.connections.add(connection);
    this.stats.connections += 1;
    socket.on('message', data => this.receive(connection, data));
    socket.on('error', error => this.options.log(`gateway socket error: ${error.message}`));
    socket.on('close', code => this.onClose(connection, code));
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    if (query.get('v') !== '10') {
      socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if ((query.get('encoding') ?? 'json') !== 'json') {
      socket.close(GatewayCloseCodes.DecodeError, 'Only JSON encoding is supported');
      return;
    }
    // zlib-stream compression is not offered; discord.js reads text frames as plain JSON anyway.
    this.send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['fake-gateway'] } });
  }

  private onClose(connection: Connection, code: number): void {
    this.connections.delete(connection);
    const session = connection.session;
    if (session && session.socket === connection.socket) session.socket = undefined;
    // Closing with 1000 or 1001 ends the session on Discord's side; other codes keep it resumable.
    if (session && (code === 1000 || code === 1001)) this.sessions.delete(session.id);
    this.options.log(`gateway connection closed with ${code}`);
    this.options.onChange();
  }

  private receive(connection: Connection, data: RawData): void {
    let payload: unknown;
    try {
      payload = JSON.parse(rawToString(data));
    } catch {
      connection.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    if (!isRecord(payload) || typeof payload['op'] !== 'number') {
      connection.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    this.frames.push({ direction: 'in', op: payload['op'], t: null, s: null, at: Date.now() });
    try {
      this.handle(connection, payload['op'], payload['d']);
    } catch (error) {
      this.options.log(`gateway handler failed: ${String(error)}`);
      connection.socket.close(GatewayCloseCodes.UnknownError, 'Unknown error');
    }
    this.options.onChange();
  }

  private handle(connection: Connection, op: number, d: unknown): void {
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.stats.heartbeats += 1;
        if (this.ackHeartbeats) this.send(connection.socket, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify:
        return identify(this.handshakeDeps(), connection, d);
      case GatewayOpcodes.Resume:
        return resume(this.handshakeDeps(), connection, d);
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!connection.session) connection.socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
        return;
      default:
        connection.socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private handshakeDeps(): HandshakeDeps {
    const { token, world } = this.options;
    return { token, world, url: this.url, sessions: this.sessions, stats: this.stats, send: (socket, frame) => this.send(socket, frame) };
  }

  private send(socket: WebSocket, frame: object): void {
    if (socket.readyState !== WebSocket.OPEN) return;
    const record: JsonRecord = { s: null, t: null, ...frame };
    this.frames.push({
      direction: 'out',
      op: Number(record['op']),
      t: typeof record['t'] === 'string' ? record['t'] : null,
      s: typeof record['s'] === 'number' ? record['s'] : null,
      at: Date.now(),
    });
    socket.send(JSON.stringify(record));
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
