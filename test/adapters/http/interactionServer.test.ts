import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionServer, MAX_BODY_BYTES } from '../../../src/adapters/http/interactionServer.js';
import { publicKeyFromHex } from '../../../src/adapters/http/verifySignature.js';
import { createLogger } from '../../../src/log.js';
import { buildQuestionSuggester } from '../../../src/search/suggestQuestions.js';
import { realContext } from '../../helpers.js';
import { expectWithinDiscordLimits } from '../discord/limitsCheck.js';
import { commandBody, signedClient } from './signedClient.js';

const client = signedClient();
const context = realContext();
const server = createInteractionServer({
  publicKey: publicKeyFromHex(client.publicKeyHex),
  services: { context, suggest: buildQuestionSuggester(context.pack, context.index) },
  logger: createLogger({ level: 'error', write: () => {} }),
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function expectStillServing(): Promise<void> {
  const pong = await client.post(`${base}/interactions`, JSON.stringify({ type: 1 }));
  expect(await pong.json()).toEqual({ type: 1 });
}

describe('answering Discord', () => {
  it('answers a PING with a PONG as JSON', async () => {
    const response = await client.post(`${base}/interactions`, JSON.stringify({ type: 1 }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ type: 1 });
  });

  it.each(['who-sued', 'timeline', 'claims', 'amazon', 'relief', 'context', 'quote', 'source', 'help'])('answers /case %s inline with a message within Discord limits', async (sub) => {
    const response = await client.post(`${base}/interactions`, commandBody(sub));
    const body = (await response.json()) as { type: number; data: Parameters<typeof expectWithinDiscordLimits>[0] };
    expect(response.status).toBe(200);
    expect(body.type).toBe(4);
    expectWithinDiscordLimits(body.data);
  });

  it('answers /case ask with the verbatim sentence, and a miss ephemerally (flags 64)', async () => {
    const hit = await (await client.post(`${base}/interactions`, commandBody('ask', { question: 'who sued amazon' }))).json();
    expect(JSON.stringify(hit)).toContain('Parler sues Amazon, claiming it violated antitrust laws');
    const miss = (await (await client.post(`${base}/interactions`, commandBody('ask', { question: 'whats the weather' }))).json()) as { data: { flags?: number } };
    expect(miss.data.flags).toBe(64);
  });

  it('answers autocomplete with choices (type 8) and a button with an update (type 7)', async () => {
    const auto = (await (await client.post(`${base}/interactions`, commandBody('ask', { question: 'why did am' }, 4, 'question'))).json()) as { type: number; data: { choices: unknown[] } };
    expect(auto.type).toBe(8);
    expect(auto.data.choices.length).toBeGreaterThan(1);
    const button = JSON.stringify({ id: '1200000000000000009', type: 3, token: 't', version: 1, data: { custom_id: 'case:page:1:next', component_type: 2 } });
    expect(((await (await client.post(`${base}/interactions`, button)).json()) as { type: number }).type).toBe(7);
  });
});

describe('refusing what is not Discord', () => {
  it.each(['body', 'signature', 'timestamp'] as const)('refuses a tampered %s with 401', async (tamper) => {
    expect((await client.post(`${base}/interactions`, JSON.stringify({ type: 1 }), { tamper })).status).toBe(401);
    await expectStillServing();
  });

  it('refuses missing signature headers with 401', async () => {
    const response = await fetch(`${base}/interactions`, { method: 'POST', body: JSON.stringify({ type: 1 }) });
    expect(response.status).toBe(401);
    await expectStillServing();
  });

  it('refuses a correctly signed but replayed request, over 5 minutes old, with 401', async () => {
    const old = String(Math.floor(Date.now() / 1000) - 301);
    expect((await client.post(`${base}/interactions`, JSON.stringify({ type: 1 }), { timestamp: old })).status).toBe(401);
  });

  it('refuses a body over 64 KiB with 413, unread', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/interactions`, { method: 'POST', headers: { 'x-signature-ed25519': 'a'.repeat(128), 'x-signature-timestamp': '1', 'content-length': String(MAX_BODY_BYTES + 1) } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.write('x'.repeat(1024));
    });
    expect(status).toBe(413);
    await expectStillServing();
  });

  it('refuses malformed JSON and JSON that is not an interaction with 400', async () => {
    expect((await client.post(`${base}/interactions`, '{"type":')).status).toBe(400);
    expect((await client.post(`${base}/interactions`, JSON.stringify({ type: 99 }))).status).toBe(400);
    expect((await client.post(`${base}/interactions`, JSON.stringify({ hello: 'world' }))).status).toBe(400);
    await expectStillServing();
  });

  it('answers a wrong method with 405 and an unknown path with 404; /healthz says ok', async () => {
    expect((await fetch(`${base}/interactions`)).status).toBe(405);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
  });
});
