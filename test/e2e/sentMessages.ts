// Reads what casebot sent the fake server (callback data, parsed with zod rather than cast) and checks
// it against the article: every quoted line must be a verbatim piece of article.txt.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { z } from 'zod';
import { MESSAGES } from '../../src/core/messages.js';
import type { InteractionRecord } from './fakeDiscord/interactionRecord.js';
import { PROJECT_ROOT } from './entryProcess.js';

export const ARTICLE = readFileSync(`${PROJECT_ROOT}data/cases/parler-v-amazon/article.txt`, 'utf8');
export const EPHEMERAL = 64;
export const NO_PINGS = { parse: [] };
/** How every miss opens, general ("The article doesn't say.") or about a known gap ("… doesn't say which court …"). */
export const NOT_IN_ARTICLE = MESSAGES.notInArticle.replace(/\.$/u, '');

const embedSchema = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  fields: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  footer: z.object({ text: z.string() }).optional(),
});
const buttonSchema = z.object({ type: z.literal(2), label: z.string(), custom_id: z.string(), disabled: z.boolean().optional() });
export const sentMessageSchema = z.object({
  content: z.string().optional(),
  embeds: z.array(embedSchema).default([]),
  components: z.array(z.object({ type: z.literal(1), components: z.array(buttonSchema) })).default([]),
  allowed_mentions: z.unknown(),
  flags: z.number().optional(),
});
export type SentMessage = z.infer<typeof sentMessageSchema>;
const choicesSchema = z.object({ choices: z.array(z.object({ name: z.string(), value: z.string() })) });

/** The message of an accepted callback of the given type (4 reply, 7 update), which must parse no mentions. */
export function messageOf(record: InteractionRecord, type: 4 | 7 = 4): SentMessage {
  expect(record.rejections).toEqual([]);
  expect(record.callback?.type).toBe(type);
  const message = sentMessageSchema.parse(record.callback?.data);
  expect(message.allowed_mentions).toEqual(NO_PINGS);
  return message;
}

export function choicesOf(record: InteractionRecord): z.infer<typeof choicesSchema>['choices'] {
  expect(record.rejections).toEqual([]);
  expect(record.callback?.type).toBe(8);
  return choicesSchema.parse(record.callback?.data).choices;
}

export function isEphemeral(message: SentMessage): boolean {
  return ((message.flags ?? 0) & EPHEMERAL) !== 0;
}

/** Everything a reader sees: content, then each embed's title, description, fields and footer. */
export function textOf(message: SentMessage): string {
  const embeds = message.embeds.flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text]);
  return [message.content, ...embeds].filter((part) => part !== undefined).join('\n');
}

export function buttonsOf(message: SentMessage): z.infer<typeof buttonSchema>[] {
  return message.components.flatMap((row) => row.components);
}

/** The article lines the message quotes ("> …"), without the "> — sentence `id`" attributions under them. */
export function quotedLines(message: SentMessage): string[] {
  return textOf(message)
    .split('\n')
    .filter((line) => line.startsWith('> ') && !line.startsWith('> — sentence'))
    .map((line) => line.slice(2));
}

/** Asserts the message quotes the article, and quotes nothing else: each quote is verbatim (a cut one ends in "…"). */
export function expectVerbatimQuotes(message: SentMessage): void {
  const quotes = quotedLines(message);
  expect(quotes.length).toBeGreaterThan(0);
  for (const quote of quotes) expect(ARTICLE).toContain(quote.replace(/…$/u, ''));
}

/** An answer quoting the article, or an ephemeral "the article doesn't say": never a refusal or an apology. */
export function expectAnsweredOrHonestMiss(message: SentMessage): void {
  if (message.embeds.length > 0) expectVerbatimQuotes(message);
  else expect({ content: message.content?.startsWith(NOT_IN_ARTICLE), ephemeral: isEphemeral(message) }).toEqual({ content: true, ephemeral: true });
}
