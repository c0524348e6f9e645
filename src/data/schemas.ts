// zod schemas for the files of a case pack; every file is parsed with these before anything uses it.
import { z } from 'zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const slug = z.string().regex(SLUG, 'must be a kebab-case slug such as "parler-sues-amazon"');
const text = z.string().trim().min(1, 'must not be empty');

/** A fact or event rests on a sentence of the article, cited by id with a verbatim excerpt of it. */
export const sourceSchema = z.strictObject({
  sentence: z.string().regex(/^(h|b\d+|p\d+)-\d+$/u, 'must be a sentence id such as "p3-1"'),
  quote: text,
});

export const caseFileSchema = z.strictObject({
  id: slug,
  title: text,
  summary: text,
  parties: z
    .array(
      z.strictObject({
        role: z.enum(['plaintiff', 'defendant']),
        name: text,
        aliases: z.array(text).optional(),
        description: text,
      }),
    )
    .min(2, 'must name the plaintiff and the defendant'),
  source: z.strictObject({
    publisher: text,
    headline: text,
    published: z.iso.date('must be a date such as "2021-01-11"'),
    publishedNote: text,
    language: text,
    file: text,
  }),
  excludedSentences: z.array(z.strictObject({ text, reason: text })),
});

export const TOPICS = ['filing', 'parler', 'claims', 'amazon-side', 'relief', 'context'] as const;
export type Topic = (typeof TOPICS)[number];

export const factSchema = z.strictObject({
  id: slug,
  topic: z.enum(TOPICS),
  // Shown as a "did you mean" suggestion and an autocomplete choice, whose names Discord caps at 100.
  question: text.max(100),
  answer: text.max(256),
  sources: z.array(sourceSchema).min(1, 'must cite at least one sentence'),
  phrasings: z.array(text).min(3, 'needs at least three ways a reader would ask for it'),
});
export const factsFileSchema = z.strictObject({ facts: z.array(factSchema).min(1) });

export const gapSchema = z.strictObject({
  id: slug,
  says: text,
  phrasings: z.array(text).min(1),
});
export const gapsFileSchema = z.strictObject({ gaps: z.array(gapSchema) });

const isoDate = z.iso.date('must be a date such as "2021-01-11"');
export const eventDateSchema = z.union([
  z.strictObject({ on: isoDate, derived: text }),
  z.strictObject({ from: isoDate, to: isoDate, derived: text }),
]);
export const timelineEventSchema = z.strictObject({
  id: slug,
  when: text,
  date: eventDateSchema.optional(),
  event: text,
  sources: z.array(sourceSchema).min(1, 'must cite at least one sentence'),
});
export const timelineFileSchema = z.strictObject({ events: z.array(timelineEventSchema).min(1) });

export const lexiconFileSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      means: z.array(slug).min(1),
      terms: z.array(text).min(1),
    }),
  ),
  /**
   * Concepts that ask for a detail ("exact-time", "percent"): a fact answers a question asking for one only
   * if the fact has it too, so "what time did Parler file?" is not answered with "on Monday".
   */
  details: z.array(slug).default([]),
  /**
   * Concepts that say how to answer, not what about ("summarize", "according to the article", "the exact words"):
   * they weigh like an everyday word, so "summarize the contract claim" is about the contract claim.
   */
  framing: z.array(slug).default([]),
  /**
   * Concepts that say what kind of answer is wanted ("when", "how many"), like the words who, why and where:
   * alone they match nothing, and a fact must share something else with the question to answer it.
   */
  answerKinds: z.array(slug).default([]),
});

/**
 * model.json: the question model `npm run train` writes (src/search/questionModel.ts). Classes are the facts in
 * `facts` order, then one more: "the article doesn't say". Weights are sparse: per feature, a flat list of
 * class, weight, class, weight… (flat, not pairs: 20,000 small arrays fewer to parse and hold).
 */
export const modelFileSchema = z.strictObject({
  about: text,
  trainedOn: z.strictObject({
    questions: z.int().nonnegative(),
    phrasings: z.int().nonnegative(),
    /** sha256 of every training example (its features and labels); a test retrains and compares. */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/u, 'must be a sha256 in hex'),
  }),
  facts: z.array(slug).min(1),
  bias: z.array(z.number()),
  weights: z.record(z.string().min(1), z.array(z.number()).min(2)),
});

export type CaseFile = z.infer<typeof caseFileSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Gap = z.infer<typeof gapSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type LexiconGroup = z.infer<typeof lexiconFileSchema>['groups'][number];
export type Source = z.infer<typeof sourceSchema>;
export type ModelFile = z.infer<typeof modelFileSchema>;
