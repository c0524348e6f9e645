// End to end: the built bot, started as `npm start` starts it, logged into the local Discord server and used
// the way a member would use it: every /case subcommand, autocomplete and buttons. Faults: botGateway.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBCOMMANDS } from '../../src/commands/caseCommand.js';
import { QUESTION_MAX_LENGTH } from '../../src/core/limits.js';
import { MESSAGES } from '../../src/core/messages.js';
import { describeWholeRun, startCasebotSession, type CasebotSession } from './casebotSession.js';
import { nextSnowflake } from './fakeDiscord/snowflake.js';
import { expectCaseCommandRegistered } from './registeredCommand.js';
import { ARTICLE, buttonsOf, choicesOf, expectAnsweredOrHonestMiss, expectVerbatimQuotes, isEphemeral, messageOf, NO_PINGS, NOT_IN_ARTICLE, textOf } from './sentMessages.js';

const HEADLINE = ARTICLE.split('\n')[0] ?? '';
const UNANSWERABLE = 'who is the judge in the case?';

/** Each subcommand, with one sentence of article.txt its reply must quote word for word. */
const QUOTING_REPLIES: readonly { label: string; subcommand: string; options?: Record<string, string>; quotes: string }[] = [
  { label: 'who-sued', subcommand: 'who-sued', quotes: 'Parler sues Amazon, claiming it violated antitrust laws' },
  { label: 'timeline', subcommand: 'timeline', quotes: 'Trump posted tweets during and after the siege in which he continued to spread more electoral disinformation, prompting Twitter and Facebook to make unprecedented decisions to permanently suspend Trump from their platforms.' },
  { label: 'ask question:who sued amazon?', subcommand: 'ask', options: { question: 'who sued amazon?' }, quotes: 'Parler sues Amazon, claiming it violated antitrust laws' },
  { label: 'claims', subcommand: 'claims', quotes: 'He also claims that Amazon’s action is anti-competitive, as it has not taken any similar action against Parler’s rival Twitter, which also uses AWS.' },
  { label: 'amazon', subcommand: 'amazon', quotes: 'Amazon did not immediately respond to Insider’s request for comment.' },
  { label: 'relief', subcommand: 'relief', quotes: 'The lawsuit seeks a temporary restraining order against AWS to prevent the service from closing Parler’s account later in the day.' },
  { label: 'context', subcommand: 'context', quotes: 'After pro-Trump protesters stormed the federal building while lawmakers worked to certify the results of the 2020 presidential election, Congress confirmed President-elect Joe Biden’s victory.' },
  { label: 'quote', subcommand: 'quote', quotes: 'The lawsuit claims that “AWS ‘decision to effectively close Parler’s account is apparently motivated by political animosity.' },
  { label: 'quote search:restraining order', subcommand: 'quote', options: { search: 'restraining order' }, quotes: 'The lawsuit seeks a temporary restraining order against AWS to prevent the service from closing Parler’s account later in the day.' },
];

describe('casebot started as `npm start` against a local Discord', () => {
  let session: CasebotSession;
  const ask = (question: string) => session.ask(question);
  const run = (subcommand: string, options?: Record<string, string>) => session.run(subcommand, options);
  const typeQuestion = (value: string) => session.server.sendAutocomplete({ name: 'case', subcommand: 'ask', focused: 'question', value });
  const click = (customId: string | undefined, message: string | undefined) => session.server.sendButton({ customId: customId ?? '', message });

  beforeAll(async () => {
    session = await startCasebotSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  describe('npm run deploy-commands', () => {
    it('exits 0 and prints each subcommand it registered in the server', async () => {
      expect(await session.deploy.exited).toEqual({ code: 0, signal: null });
      expect(session.deploy.stdout()).toBe(`Registered /case in server ${session.server.guildId}: ${SUBCOMMANDS.map((s) => s.name).join(', ')}\n`);
    });

    it('registers /case in the guild only, and Discord accepts it within all its limits', () => {
      expectCaseCommandRegistered(session.server);
    });
  });

  it('logs "ready" as a JSON line on stderr, listing every subcommand', () => {
    expect(session.bot.logLines().find((line) => line.msg === 'ready')).toMatchObject({ level: 'info', guilds: 1, commands: SUBCOMMANDS.map((s) => `/case ${s.name}`) });
  });

  describe('replying to each subcommand', () => {
    it.each(QUOTING_REPLIES)('/case $label quotes the article word for word, in public, with its credit', async ({ subcommand, options, quotes }) => {
      expect(ARTICLE).toContain(quotes);
      const message = messageOf(await run(subcommand, options));
      expect(isEphemeral(message)).toBe(false);
      expect(textOf(message)).toContain(quotes);
      expectVerbatimQuotes(message);
      expect(message.embeds.at(-1)?.footer?.text).toContain(HEADLINE);
    });

    it('/case source names the article by its headline', async () => {
      const message = messageOf(await run('source'));
      expect(isEphemeral(message)).toBe(false);
      expect(message.embeds[0]?.description).toContain(HEADLINE);
    });

    it('/case help lists every subcommand, to the asker only', async () => {
      const message = messageOf(await run('help'));
      expect(isEphemeral(message)).toBe(true);
      const usages = message.embeds.flatMap((embed) => embed.fields ?? []).map((field) => field.name);
      expect(SUBCOMMANDS.filter((sub) => !usages.some((usage) => usage.startsWith(`/case ${sub.name}`)))).toEqual([]);
    });
  });

  describe('/case ask', () => {
    it('offers related facts as buttons under an answer', async () => {
      const buttons = buttonsOf(messageOf(await ask('why did amazon ban parler?')));
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons) expect(button.custom_id).toMatch(/^case:fact:[a-z0-9-]+$/u);
    });

    it('says, to the asker only, that the article does not say, and suggests questions it answers', async () => {
      const message = messageOf(await ask(UNANSWERABLE));
      expect(isEphemeral(message)).toBe(true);
      expect(message.content?.startsWith(NOT_IN_ARTICLE)).toBe(true);
      expect(message.content).toContain(MESSAGES.didYouMean);
      expect(message.embeds).toEqual([]);
      expect(buttonsOf(message).map((b) => b.custom_id)).toEqual(expect.arrayContaining([expect.stringMatching(/^case:suggestion:/u)]));
    });

    it('cannot ping anyone, whatever the question contains', async () => {
      const message = messageOf(await ask('who sued amazon? @everyone <@123>'));
      expect(message.allowed_mentions).toEqual(NO_PINGS);
      expectAnsweredOrHonestMiss(message);
    });

    it('takes a question of the full 200 characters, and answers it or honestly says it cannot', async () => {
      const question = 'why did amazon take parler off its servers, and what does parler say about twitter using aws too? '.repeat(3).slice(0, QUESTION_MAX_LENGTH);
      expect(question).toHaveLength(QUESTION_MAX_LENGTH);
      expectAnsweredOrHonestMiss(messageOf(await ask(question)));
    });
  });

  describe('autocomplete on the question', () => {
    it('offers questions the article answers before anything is typed', async () => {
      const choices = choicesOf(await typeQuestion(''));
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
    });

    it('offers what was typed first, then questions that complete it', async () => {
      const choices = choicesOf(await typeQuestion('why did amaz'));
      expect(choices[0]).toEqual({ name: 'why did amaz', value: 'why did amaz' });
      expect(choices.slice(1).some((choice) => /amazon/iu.test(choice.value))).toBe(true);
    });
  });

  describe('buttons', () => {
    it('a related-fact button shows that fact in a new reply only the clicker sees', async () => {
      const answer = await ask('why did amazon ban parler?');
      const [related] = buttonsOf(messageOf(answer));
      const shown = messageOf(await click(related?.custom_id, answer.originalMessageId));
      expect(isEphemeral(shown)).toBe(true);
      expectVerbatimQuotes(shown);
    });

    it('a "did you mean" button replaces the miss with that answer (an update, type 7)', async () => {
      const miss = await ask(UNANSWERABLE);
      const [suggestion] = buttonsOf(messageOf(miss));
      expectVerbatimQuotes(messageOf(await click(suggestion?.custom_id, miss.originalMessageId), 7));
    });

    // Discord keeps the fields an update omits: the update must send empty content, or the miss stays above the answer.
    it('a "did you mean" button leaves no "The article doesn\'t say" on the updated message', async () => {
      const miss = await ask(UNANSWERABLE);
      const [suggestion] = buttonsOf(messageOf(miss));
      await click(suggestion?.custom_id, miss.originalMessageId);
      expect(session.server.message(miss.originalMessageId ?? '')?.content ?? '').not.toContain(NOT_IN_ARTICLE);
    });

    it('Next and Previous turn the timeline page in place', async () => {
      const timeline = await run('timeline');
      const first = messageOf(timeline);
      const press = async (label: string, from: typeof first) => {
        const button = buttonsOf(from).find((b) => b.label === label);
        expect(button?.disabled).toBe(false);
        return messageOf(await click(button?.custom_id, timeline.originalMessageId), 7);
      };
      expect(buttonsOf(first).find((b) => b.label === MESSAGES.previous)?.disabled).toBe(true);
      const second = await press(MESSAGES.next, first);
      expect(second.embeds[0]?.title).toMatch(/page 2 of/u);
      expectVerbatimQuotes(second);
      expect((await press(MESSAGES.previous, second)).embeds).toEqual(first.embeds);
    });

    it('a button from an older version of the bot says it no longer works, to the clicker only', async () => {
      const stored = session.server.message((await run('who-sued')).originalMessageId ?? '');
      if (!stored) throw new Error('the who-sued reply was not stored');
      const oldButton = { type: 2, style: 2, label: 'An old question', custom_id: 'case:fact:retired-fact' };
      const old = { ...stored, id: nextSnowflake(), components: [{ type: 1, components: [oldButton] }] };
      const message = messageOf(await session.server.sendButton({ customId: oldButton.custom_id, message: old }));
      expect(isEphemeral(message)).toBe(true);
      expect(message.content).toBe(MESSAGES.staleButton);
    });
  });

  describeWholeRun(() => session);
});
