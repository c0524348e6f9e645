// Reads a case pack directory, parses every file with zod and cross-checks them against the article.
// Either returns a fully valid pack or throws one CasePackError listing every problem found.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { checkCoverage, checkLexicon, checkModel, checkPhrasings, checkSources, checkTimelineOrder, checkUniqueIds } from './crossChecks.js';
import { CasePackError, type DataProblem, problemsFromZod } from './dataProblem.js';
import {
  caseFileSchema,
  factsFileSchema,
  gapsFileSchema,
  lexiconFileSchema,
  modelFileSchema,
  timelineFileSchema,
  type CaseFile,
  type Fact,
  type Gap,
  type LexiconGroup,
  type ModelFile,
  type TimelineEvent,
} from './schemas.js';
import { type ArticleSentence, segmentArticle } from './segmentArticle.js';

export interface CasePack {
  readonly directory: string;
  readonly meta: CaseFile;
  /** Content sentences only: the excluded ones (site links, a cut-off credit) are never served. */
  readonly sentences: readonly ArticleSentence[];
  readonly sentenceById: ReadonlyMap<string, ArticleSentence>;
  readonly facts: readonly Fact[];
  readonly gaps: readonly Gap[];
  readonly timeline: readonly TimelineEvent[];
  readonly lexicon: readonly LexiconGroup[];
  /** Concepts a fact must have to answer a question that asks for them (lexicon.json `details`). */
  readonly details: readonly string[];
  /** Concepts that say how to answer, not what about (lexicon.json `framing`). */
  readonly framing: readonly string[];
  /** Concepts that say what kind of answer is wanted, not what about (lexicon.json `answerKinds`). */
  readonly answerKinds: readonly string[];
  /** The question model (model.json, written by `npm run train`); a pack without one is searched by its terms alone. */
  readonly model: ModelFile | undefined;
}

export const DEFAULT_CASE_DIRECTORY = fileURLToPath(new URL('../../data/cases/parler-v-amazon', import.meta.url));

type Reader = (file: string) => string | undefined;

function readText(directory: string, file: string, problems: DataProblem[]): string | undefined {
  try {
    return readFileSync(join(directory, file), 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'file is missing' : String(error);
    problems.push({ file, entry: '(file)', field: '(file)', message: reason });
    return undefined;
  }
}

function readJson<S extends z.ZodType>(read: Reader, file: string, schema: S, problems: DataProblem[]): z.infer<S> | undefined {
  const source = read(file);
  if (source === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    problems.push({ file, entry: '(file)', field: '(file)', message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, raw, parsed.error));
    return undefined;
  }
  return parsed.data;
}

export interface LoadOptions {
  /** Read model.json too (default). `npm run train` leaves it out: it must run when the model is stale or broken. */
  readonly model?: boolean;
}

/** Loads and validates the case pack in `directory`; throws CasePackError naming every problem. */
export function loadCasePack(directory: string = DEFAULT_CASE_DIRECTORY, options: LoadOptions = {}): CasePack {
  const problems: DataProblem[] = [];
  const read: Reader = (file) => readText(directory, file, problems);
  const meta = readJson(read, 'case.json', caseFileSchema, problems);
  const articleFile = meta?.source.file ?? 'article.txt';
  const article = read(articleFile);
  const facts = readJson(read, 'facts.json', factsFileSchema, problems)?.facts;
  const gaps = readJson(read, 'gaps.json', gapsFileSchema, problems)?.gaps;
  const timeline = readJson(read, 'timeline.json', timelineFileSchema, problems)?.events;
  const lexiconFile = readJson(read, 'lexicon.json', lexiconFileSchema, problems);
  const lexicon = lexiconFile?.groups;
  const details = lexiconFile?.details ?? [];
  const framing = lexiconFile?.framing ?? [];
  const answerKinds = lexiconFile?.answerKinds ?? [];
  // Optional: a pack being written has no model until it has questions to learn from.
  const model = options.model !== false && existsSync(join(directory, 'model.json')) ? readJson(read, 'model.json', modelFileSchema, problems) : undefined;

  const all = article === undefined ? [] : segmentArticle(article);
  const excluded = new Set(meta?.excludedSentences.map((e) => e.text) ?? []);
  const sentences = all.filter((sentence) => !excluded.has(sentence.text));
  const sentenceById = new Map(sentences.map((sentence) => [sentence.id, sentence]));

  if (meta !== undefined && article !== undefined) {
    meta.excludedSentences.forEach((e, index) => {
      if (!all.some((sentence) => sentence.text === e.text)) {
        problems.push({ file: 'case.json', entry: `excludedSentences[${index}]`, field: 'text', message: `is not a sentence of ${articleFile}` });
      }
    });
    if (all[0]?.text !== meta.source.headline) {
      problems.push({ file: 'case.json', entry: 'source', field: 'headline', message: `differs from the first line of ${articleFile}` });
    }
  }
  if (facts !== undefined) {
    checkUniqueIds('facts.json', 'facts', facts, problems);
    if (article !== undefined) {
      checkSources('facts.json', 'facts', facts, sentenceById, problems);
      checkCoverage(sentences, facts, problems);
    }
  }
  if (timeline !== undefined) {
    checkUniqueIds('timeline.json', 'events', timeline, problems);
    if (article !== undefined) checkSources('timeline.json', 'events', timeline, sentenceById, problems);
    checkTimelineOrder(timeline, problems);
  }
  if (gaps !== undefined) checkUniqueIds('gaps.json', 'gaps', gaps, problems);
  if (facts !== undefined && gaps !== undefined) checkPhrasings(facts, gaps, problems);
  if (lexicon !== undefined) checkLexicon(lexicon, { details, framing, answerKinds }, problems);
  if (model !== undefined && facts !== undefined) checkModel(model, facts, problems);

  if (problems.length > 0 || meta === undefined || facts === undefined || gaps === undefined || timeline === undefined || lexicon === undefined) {
    throw new CasePackError(directory, problems);
  }
  return { directory, meta, sentences, sentenceById, facts, gaps, timeline, lexicon, details, framing, answerKinds, model };
}
