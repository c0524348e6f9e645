// End to end: the built bot rides out what the gateway does to a long-running connection (a reconnect request,
// a connection dropped without a close frame) and stops cleanly on SIGTERM, as a process manager sends it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWholeRun, startCasebotSession, type CasebotSession } from './casebotSession.js';
import { expectVerbatimQuotes, messageOf } from './sentMessages.js';

describe('casebot over a gateway that misbehaves', () => {
  let session: CasebotSession;

  beforeAll(async () => {
    session = await startCasebotSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('resumes when Discord asks it to reconnect (op 7), and still answers', async () => {
    const { server } = session;
    const { resumes, identifies } = server.gateway.stats;
    server.requestReconnect();
    await server.waitFor(() => server.gateway.stats.resumes > resumes, 5_000, 'a RESUME after op 7');
    expectVerbatimQuotes(messageOf(await session.ask('who sued amazon?')));
    expect(server.gateway.stats.identifies).toBe(identifies);
  });

  it('reconnects after the connection drops without a close frame, and answers what was asked meanwhile', async () => {
    const { server } = session;
    const { resumes } = server.gateway.stats;
    server.dropConnection();
    // Dispatched while the bot is disconnected: only the RESUME replay can deliver it.
    expectVerbatimQuotes(messageOf(await session.ask('when was the lawsuit filed?')));
    expect(server.gateway.stats.resumes).toBe(resumes + 1);
  });

  it('exits 0 on SIGTERM, saying why', async () => {
    session.bot.child.kill('SIGTERM');
    expect(await session.bot.exited).toEqual({ code: 0, signal: null });
    expect(session.bot.logLines().map((line) => line.msg)).toContain('shutting down');
  });

  describeWholeRun(() => session);
});
