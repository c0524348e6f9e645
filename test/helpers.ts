// Shared test helpers: the real case pack, loaded once, and the tiny hand-made fixture case.
import { fileURLToPath } from 'node:url';
import { createCaseContext, type CaseContext } from '../src/commands/caseContext.js';
import { loadCasePack } from '../src/data/loadCasePack.js';

export const TINY_CASE_DIRECTORY = fileURLToPath(new URL('./fixtures/tiny-case', import.meta.url));

let real: CaseContext | undefined;

/** The project's own case pack and index, built once per test file. */
export function realContext(): CaseContext {
  real ??= createCaseContext(loadCasePack());
  return real;
}
