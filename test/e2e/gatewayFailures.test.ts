// The gateway bot's failure paths, in process against the local Discord: a handler that throws gets the user an
// ephemeral apology and a logged stack; a reply that cannot be delivered (another copy answered first) is
// logged and the bot keeps answering.
import { afterEach, describe, expect, it } from 'vitest';
import { createGatewayBot, type GatewayBot } from '../../src/adapters/discord/gatewayBot.js';
import type { InteractionServices } from '../../src/adapters/discord/handleInteraction.js';
import { MESSAGES } from '../../src/core/messages.js';
import { createLogger } from '../../src/log.js';
import { buildQuestionSuggester } from '../../src/search/suggestQuestions.js';
import { realContext } from '../helpers.js';
import { TEST_TOKEN } from './entryProcess.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord/fakeDiscord.js';
import { isEphemeral, messageOf } from './sentMessages.js';

const context = realContext();
const healthy: InteractionServices = { context, suggest: buildQuestionSuggester(context.pack, context.index) };
const broken: InteractionServices = {
  context: { ...context, index: { ...context.index, ask: () => { throw new Error('injected handler bug'); } } },
  suggest: () => { throw new Error('injected autocomplete bug'); },
};

const running: { server?: FakeDiscord; bots: GatewayBot[] } = { bots: [] };
afterEach(async () => {
  for (const bot of running.bots.splice(0)) await bot.stop();
  await running.server?.close();
});

async function startBots(servicesList: readonly InteractionServices[]): Promise<{ server: FakeDiscord; logs: Record<string, unknown>[] }> {
  const server = await startFakeDiscord({ token: TEST_TOKEN, heartbeatIntervalMs: 1_000, settleMs: 50 });
  running.server = server;
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'debug', secrets: [TEST_TOKEN], write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  for (const services of servicesList) {
    const bot = createGatewayBot({ token: TEST_TOKEN, apiUrl: server.apiUrl, services, logger });
    running.bots.push(bot);
    await bot.start();
  }
  await server.waitFor(() => logs.filter((l) => l.msg === 'ready').length === servicesList.length, 10_000, 'every bot ready');
  return { server, logs };
}

describe('a handler that throws', () => {
  it('gets the user an ephemeral apology, logs the stack, and the bot answers the next interaction', async () => {
    const { server, logs } = await startBots([broken]);
    const asked = await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: 'who sued amazon' } });
    expect(messageOf(asked).content).toBe(MESSAGES.apology);
    expect(isEphemeral(messageOf(asked))).toBe(true);
    const failure = logs.find((l) => l.msg === 'handler failed');
    expect(JSON.stringify(failure)).toContain('injected handler bug');
    expect(JSON.stringify(failure)).toContain('at ');
    const typed = await server.sendAutocomplete({ name: 'case', subcommand: 'ask', focused: 'question', value: 'why' });
    expect(typed.callback?.type).toBe(8);
    const next = await server.sendCommand({ name: 'case', subcommand: 'who-sued' });
    expect(next.callback?.type).toBe(4);
    expect(server.unanswered()).toEqual([]);
  });
});

describe('a reply that cannot be delivered', () => {
  it('is logged (40060: another running copy answered first), and both copies keep answering', async () => {
    const { server, logs } = await startBots([healthy, healthy]);
    const first = await server.sendCommand({ name: 'case', subcommand: 'source' });
    await server.waitFor(() => logs.some((l) => l.msg === 'reply not delivered'), 5_000, 'the losing copy logs its refused reply');
    expect(logs.find((l) => l.msg === 'reply not delivered')).toMatchObject({ level: 'warn', code: 40060 });
    expect(first.callback?.type).toBe(4);
    const second = await server.sendCommand({ name: 'case', subcommand: 'relief' });
    expect(second.callback?.type).toBe(4);
    // Two copies try; Discord accepts exactly one answer per interaction and refuses the other.
    for (const count of server.answerCounts()) expect(count.callbacks).toBe(1);
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
