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

  it('resumes after close code 4000 and after a resumable invalid session (op 9), and still answers', async () => {
    const { server } = session;
    const { resumes } = server.gateway.stats;
    server.dropConnection(4000);
    await server.waitFor(() => server.gateway.stats.resumes > resumes, 5_000, 'a RESUME after close 4000');
    expectVerbatimQuotes(messageOf(await session.ask('what does parler claim?')));
    server.invalidateSession(true);
    await server.waitFor(() => server.gateway.stats.resumes > resumes + 1, 5_000, 'a RESUME after op 9 (resumable)');
    expectVerbatimQuotes(messageOf(await session.ask('what is parler asking the court for?')));
  });

  it('identifies afresh after a non-resumable invalid session (op 9), and still answers', async () => {
    const { server } = session;
    const { identifies } = server.gateway.stats;
    server.invalidateSession(false);
    // discord.js waits about five seconds (plus jitter) before identifying again, as Discord asks.
    await server.waitFor(() => server.gateway.stats.identifies > identifies, 12_000, 'a new IDENTIFY after op 9');
    expectVerbatimQuotes(messageOf(await session.ask('did amazon respond?')));
  }, 20_000);

  it('exits 0 on SIGTERM, saying why', async () => {
    session.bot.child.kill('SIGTERM');
    expect(await session.bot.exited).toEqual({ code: 0, signal: null });
    expect(session.bot.logLines().map((line) => line.msg)).toContain('shutting down');
  });

  describeWholeRun(() => session);
});
