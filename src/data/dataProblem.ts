// A problem found in a case pack, located by file, entry and field, and the error that carries all of them.
import type { z } from 'zod';

export interface DataProblem {
  readonly file: string;
  /** The entry the problem is in, e.g. `facts[3] "claim-contract"`, or `(file)` for the file as a whole. */
  readonly entry: string;
  /** The field inside the entry, e.g. `sources[0].quote`, or `(entry)` for the entry as a whole. */
  readonly field: string;
  readonly message: string;
}

export class CasePackError extends Error {
  constructor(
    readonly directory: string,
    readonly problems: readonly DataProblem[],
  ) {
    super(formatProblems(directory, problems));
    this.name = 'CasePackError';
  }
}

/** At most this many problems are spelled out: a file of the wrong shape (a model.json from another version) has thousands. */
export const MAX_PROBLEMS_SHOWN = 100;

export function formatProblems(directory: string, problems: readonly DataProblem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  const lines = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  - ${p.file} › ${p.entry} › ${p.field}: ${p.message}`);
  const rest = problems.length - lines.length;
  if (rest > 0) lines.push(`  … and ${rest} more of the same kinds (CasePackError.problems has them all)`);
  return [`The case pack in ${directory} has ${problems.length} ${noun}:`, ...lines].join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc === '' ? String(key) : `${acc}.${String(key)}`;
  }, '');
}

/** Names an entry of a top-level array by index and, when it has one, by its id. */
export function entryName(list: string, index: number, raw: unknown): string {
  const item: unknown = Array.isArray(raw) ? raw[index] : undefined;
  const id = isRecord(item) ? item.id : undefined;
  return typeof id === 'string' ? `${list}[${index}] "${id}"` : `${list}[${index}]`;
}

/** Turns zod issues into problems: `facts.3.sources.0.quote` becomes entry `facts[3] "id"`, field `sources[0].quote`. */
export function problemsFromZod(file: string, raw: unknown, error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => {
    const [list, index, ...rest] = issue.path;
    if (typeof list === 'string' && typeof index === 'number') {
      const listValue = isRecord(raw) ? raw[list] : undefined;
      return {
        file,
        entry: entryName(list, index, listValue),
        field: rest.length > 0 ? formatPath(rest) : '(entry)',
        message: issue.message,
      };
    }
    return { file, entry: '(file)', field: issue.path.length > 0 ? formatPath(issue.path) : '(file)', message: issue.message };
  });
}
