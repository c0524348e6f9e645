// End to end: the built HTTP endpoint, started as `npm run start:http` starts it, driven with requests signed
// the way Discord signs them, including Discord's own check when the endpoint URL is saved.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandBody, signedClient } from '../adapters/http/signedClient.js';
import { type EntryProcess, runEntry } from './entryProcess.js';

const client = signedClient();
let endpoint: EntryProcess;
let base = '';

function httpEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_') && !['PORT', 'HOST', 'LOG_LEVEL'].includes(k)));
  return { ...inherited, DISCORD_PUBLIC_KEY: client.publicKeyHex, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...overrides };
}

beforeAll(async () => {
  endpoint = runEntry('startHttp', httpEnv());
  const listening = await endpoint.waitForLog('listening');
  base = String(listening.url).replace(/\/interactions$/u, '');
});

afterAll(async () => {
  endpoint?.child.kill('SIGKILL');
  await endpoint?.exited;
});

describe('npm run start:http', () => {
  it("passes Discord's endpoint check: a signed PING gets a PONG, then invalid signatures get 401", async () => {
    const ping = await client.post(`${base}/interactions`, JSON.stringify({ type: 1 }));
    expect(ping.status).toBe(200);
    expect(await ping.json()).toEqual({ type: 1 });
    for (const tamper of ['signature', 'body', 'timestamp'] as const) {
      expect((await client.post(`${base}/interactions`, JSON.stringify({ type: 1 }), { tamper })).status).toBe(401);
    }
  });

  it('answers /case ask inline with the verbatim sentence and no pings', async () => {
    const response = await client.post(`${base}/interactions`, commandBody('ask', { question: 'what is parler asking the court for' }));
    const body = (await response.json()) as { type: number; data: { embeds: { description?: string }[]; allowed_mentions: unknown } };
    expect(body.type).toBe(4);
    expect(body.data.embeds[0]?.description).toContain('The lawsuit seeks a temporary restraining order against AWS');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('reports healthy, and on SIGTERM finishes and exits 0', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    endpoint.child.kill('SIGTERM');
    expect(await endpoint.exited).toEqual({ code: 0, signal: null });
  });
});

describe('start:http shutting down', () => {
  it('finishes a request in flight when SIGTERM arrives, then exits 0', async () => {
    const server = runEntry('startHttp', httpEnv());
    const url = String((await server.waitForLog('listening')).url);
    const { body, headers } = client.sign(commandBody('who-sued'));
    // Headers and half the body are sent before the signal, the rest after it.
    const half = Math.floor(body.length / 2);
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, half));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(half)), 200);
      }, 100);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(text).toContain('Parler sues Amazon, claiming it violated antitrust laws');
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });
});

describe('start:http with a bad public key', () => {
  it('stops at start with exit 1, naming DISCORD_PUBLIC_KEY without echoing it', async () => {
    const bad = runEntry('startHttp', httpEnv({ DISCORD_PUBLIC_KEY: 'not-a-hex-key' }));
    expect((await bad.exited).code).toBe(1);
    expect(bad.stderr()).toContain('DISCORD_PUBLIC_KEY must be the application public key: 64 hex characters');
    expect(bad.stderr()).not.toContain('not-a-hex-key');
  });
});
