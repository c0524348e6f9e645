// What every handler needs: the validated case pack and its search index, built once at start.
import { type CasePack, loadCasePack } from '../data/loadCasePack.js';
import { buildCaseIndex, type CaseIndex } from '../search/caseIndex.js';

export interface CaseContext {
  readonly pack: CasePack;
  readonly index: CaseIndex;
}

export function createCaseContext(pack: CasePack): CaseContext {
  return { pack, index: buildCaseIndex(pack) };
}

/** Loads the case pack (throwing CasePackError on any problem) and builds its index. */
export function loadCaseContext(directory?: string): CaseContext {
  return createCaseContext(loadCasePack(directory));
}
