// End to end: the built bot against a flaky Discord REST API — rate limits (429, per route and global), server
// errors (500, 502), an interaction that expired before the answer (10062) — and a burst of 1,000 interactions
// from 20 users. Every reply is delivered exactly once, or, when it cannot be, logged; the bot keeps answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrorNorToken, expectNoMessagePings, startCasebotSession, type CasebotSession } from './casebotSession.js';
import { expectVerbatimQuotes, messageOf } from './sentMessages.js';

const CALLBACKS = '/interactions/';

describe('casebot when Discord REST misbehaves', () => {
  let session: CasebotSession;

  beforeAll(async () => {
    session = await startCasebotSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  const injectedFailures = (status: number): number => session.server.received.filter((r) => r.path.startsWith(CALLBACKS) && r.status === status).length;

  it.each([
    ['a route rate limit (429 with retry_after)', 429, { message: 'You are being rate limited.', retry_after: 0.2, global: false }, { 'retry-after': '1', 'x-ratelimit-scope': 'user' }],
    ['a global rate limit (429, global)', 429, { message: 'You are being rate limited.', retry_after: 0.2, global: true }, { 'retry-after': '1', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' }],
    ['a 500 once', 500, { message: '500: Internal Server Error', code: 0 }, {}],
    ['a 502 once', 502, undefined, {}],
  ] as const)('delivers the reply once after %s', async (_, status, body, headers) => {
    const before = injectedFailures(status);
    session.server.failNextRequest({ method: 'POST', pathPrefix: CALLBACKS, status, ...(body === undefined ? {} : { body }), headers });
    const asked = await session.ask('who sued amazon?');
    expect(injectedFailures(status)).toBe(before + 1);
    expect(asked.callback?.type).toBe(4);
    expect(asked.callbackAttempts).toHaveLength(1);
    expectVerbatimQuotes(messageOf(asked));
  });

  it('logs an interaction that expired before its answer (10062) and answers the next one', async () => {
    const { server, bot } = session;
    server.failNextRequest({ method: 'POST', pathPrefix: CALLBACKS, status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    const expired = server.sendCommand({ name: 'case', subcommand: 'relief' });
    await expect(expired).rejects.toThrow();
    await bot.waitForLog('reply not delivered');
    expect(bot.logLines().find((l) => l.msg === 'reply not delivered')).toMatchObject({ level: 'warn', code: 10062 });
    expectVerbatimQuotes(messageOf(await session.ask('what is parler asking the court for?')));
  });

  it('answers a burst of 1,000 interactions from 20 users, each exactly once', async () => {
    const { server } = session;
    const users = Array.from({ length: 20 }, (_, i) => server.addUser(`member-${i}`));
    const questions = ['who sued amazon?', 'tro', 'why did aws ban parler', 'is twitter on aws', 'what happened at the capitol'];
    const first = server.interactions.length;
    const results = await Promise.allSettled(
      Array.from({ length: 1000 }, (_, i) => server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: questions[i % questions.length] ?? '' }, user: users[i % users.length] })),
    );
    const burst = server.interactions.slice(first);
    const lost = burst.filter((r) => r.callback === undefined).length;
    const doubled = burst.filter((r) => r.callbackAttempts.length > 1).length;
    console.log(`burst: ${burst.length} interactions from ${users.length} users, ${lost} lost, ${doubled} doubled`);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect([burst.length, lost, doubled]).toEqual([1000, 0, 0]);
  }, 60_000);

  describe('over the whole run', () => {
    it('left only the expired interaction unanswered, and answered none twice', () => {
      expect(session.server.unanswered().map((r) => r.label)).toEqual([expect.stringContaining('relief')]);
      expect(session.server.doubleAnswered()).toEqual([]);
      expect(session.server.rejections).toEqual([]);
    });

    it('let no message ping anyone, logged no error and never printed the token', () => {
      expectNoMessagePings(session.server);
      expectNoErrorNorToken(session);
    });
  });
});
