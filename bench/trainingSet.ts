// What the question model learns from: the holdouts in QUESTION_SETS (not the dev sample, nor HELD_OUT_SETS, which stay
// honest checks), plus each fact's phrasings and each gap's phrasings from the pack. bench:model and the tests reuse it.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { CasePack } from '../src/data/loadCasePack.js';
import type { ModelFile } from '../src/data/schemas.js';
import type { CaseIndex } from '../src/search/caseIndex.js';
import { TRAINING_OPTIONS, trainQuestionModel, type TrainingExample } from '../src/search/trainQuestionModel.js';
import { readQuestionSet, type EvalQuestion } from './questionSet.js';
import { QUESTION_SETS } from './questionSets.js';

/** The question sets the model is trained on, in QUESTION_SETS order: all but the dev sample. */
export function trainingQuestionSets(): { label: string; questions: EvalQuestion[] }[] {
  return QUESTION_SETS.filter(([, file]) => file !== 'dev-questions.jsonl').map(([label, file]) => ({
    label,
    questions: readQuestionSet(fileURLToPath(new URL(`../test/fixtures/${file}`, import.meta.url))),
  }));
}

/**
 * A question's classes, in pack order; "doesn't say" (the last) when nothing is accepted. For each accepted excerpt, the
 * facts citing its sentence, narrowed to those whose own quote overlaps the excerpt when there are any: "filed on
 * Monday" is the filing-day fact's part of the first paragraph, not the lawsuit fact's, though both cite that sentence.
 */
export function classesOf(pack: CasePack, question: EvalQuestion): number[] {
  if (question.accept.length === 0) return [pack.facts.length];
  const classes = new Set<number>();
  for (const excerpt of question.accept) {
    const citing: { order: number; overlaps: boolean }[] = [];
    pack.facts.forEach((fact, order) => {
      for (const source of fact.sources) {
        const text = pack.sentenceById.get(source.sentence)?.text ?? '';
        const at = text.indexOf(excerpt);
        if (at < 0) continue;
        const quoteAt = text.indexOf(source.quote);
        citing.push({ order, overlaps: quoteAt >= 0 && quoteAt < at + excerpt.length && at < quoteAt + source.quote.length });
      }
    });
    const narrowed = citing.some((c) => c.overlaps) ? citing.filter((c) => c.overlaps) : citing;
    for (const c of narrowed) classes.add(c.order);
  }
  return [...classes].sort((a, b) => a - b);
}

export function questionExamples(pack: CasePack, index: CaseIndex, questions: readonly EvalQuestion[]): TrainingExample[] {
  return questions.flatMap((q) => {
    const classes = classesOf(pack, q);
    return classes.length === 0 ? [] : [{ features: index.features(q.q), classes }];
  });
}

export function phrasingExamples(pack: CasePack, index: CaseIndex): TrainingExample[] {
  const of = (phrasings: readonly string[], classes: number[]): TrainingExample[] => phrasings.map((p) => ({ features: index.features(p), classes }));
  return [...pack.facts.flatMap((fact, order) => of(fact.phrasings, [order])), ...pack.gaps.flatMap((gap) => of(gap.phrasings, [pack.facts.length]))];
}

/** sha256 of everything training reads: the examples, the facts they name, and the training options. */
export function fingerprintOf(pack: CasePack, examples: readonly TrainingExample[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ facts: pack.facts.map((f) => f.id), options: TRAINING_OPTIONS, examples }))
    .digest('hex');
}

/** The model fitted on `questions` and the pack's phrasings, as model.json holds it: what `npm run train` writes. */
export function trainModelFile(pack: CasePack, index: CaseIndex, questions: readonly EvalQuestion[], about: string): ModelFile {
  const asked = questionExamples(pack, index, questions);
  const phrasings = phrasingExamples(pack, index);
  const examples = [...asked, ...phrasings];
  return {
    about,
    trainedOn: { questions: asked.length, phrasings: phrasings.length, fingerprint: fingerprintOf(pack, examples) },
    facts: pack.facts.map((f) => f.id),
    ...trainQuestionModel(examples, pack.facts.length + 1),
  };
}

/** Two questions typed the same way, give or take case, punctuation and spacing, have the same key. */
export function questionKey(question: string): string {
  return question.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/gu, ' ').trim();
}

/**
 * The questions of `test` that no question of `train` repeats word for word: about a quarter of a new set repeats an
 * older set's question ("when was parler founded"), and a model that has learned those answers them all.
 */
export function unseenQuestions<Q extends EvalQuestion>(test: readonly Q[], train: readonly EvalQuestion[]): Q[] {
  const seen = new Set(train.map((q) => questionKey(q.q)));
  return test.filter((q) => !seen.has(questionKey(q.q)));
}
