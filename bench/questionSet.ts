// Reads an answer-quality question set (JSONL: id, q, accept, kind) and scores a system on it.
// The scoring is the one ../shared/eval/README.md defines, so project and outside checks agree.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const evalQuestionSchema = z.object({
  id: z.string().min(1),
  q: z.string(),
  accept: z.array(z.string().min(1)),
  kind: z.string(),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export function readQuestionSet(path: string): EvalQuestion[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = evalQuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path} line ${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** What a system answered: its ranked answers, each the source sentence(s) it quotes; empty when it abstained. */
export type SystemAnswer = readonly (readonly string[])[];
export type AnswerSystem = (question: string) => SystemAnswer;

export interface QualityReport {
  readonly answerable: number;
  readonly top1: number;
  readonly top3: number;
  readonly unanswerable: number;
  readonly abstained: number;
  readonly latenciesMs: readonly number[];
  readonly misses: readonly { readonly id: string; readonly q: string }[];
}

const hits = (sentences: readonly string[] | undefined, accept: readonly string[]): boolean =>
  sentences !== undefined && sentences.some((s) => accept.some((a) => s.includes(a)));

/** @param timingRounds extra timed passes over the set, so p99 describes many calls, not one noisy pass. */
export function evaluate(system: AnswerSystem, questions: readonly EvalQuestion[], timingRounds = 0): QualityReport {
  let top1 = 0, top3 = 0, abstained = 0;
  const latenciesMs: number[] = [];
  const misses: { id: string; q: string }[] = [];
  for (const question of questions) {
    const start = process.hrtime.bigint();
    const answers = system(question.q);
    latenciesMs.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (question.accept.length === 0) {
      if (answers.length === 0) abstained += 1;
      else misses.push(question);
      continue;
    }
    if (hits(answers[0], question.accept)) top1 += 1;
    else misses.push(question);
    if (answers.slice(0, 3).some((a) => hits(a, question.accept))) top3 += 1;
  }
  for (let round = 0; round < timingRounds; round += 1) {
    for (const question of questions) {
      const start = process.hrtime.bigint();
      system(question.q);
      latenciesMs.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const answerable = questions.filter((q) => q.accept.length > 0).length;
  return { answerable, top1, top3, unanswerable: questions.length - answerable, abstained, latenciesMs, misses };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function overallAccuracy(report: QualityReport): number {
  return (report.top1 + report.abstained) / (report.answerable + report.unanswerable);
}
