import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CasePackError, type DataProblem, MAX_PROBLEMS_SHOWN } from '../../src/data/dataProblem.js';
import { loadCasePack } from '../../src/data/loadCasePack.js';
import { TINY_CASE_DIRECTORY } from '../helpers.js';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, unknown> & { [key: string]: any };

/** A copy of the tiny case with `change` applied to one of its JSON files (or raw text for non-JSON edits). */
function brokenCopy(file: string, change: (json: Json) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebot-pack-'));
  copies.push(dir);
  cpSync(TINY_CASE_DIRECTORY, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
  change(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
  return dir;
}

/** A copy of the tiny case with a model.json of its facts (one weight), `change` applied. */
function copyWithModel(change: (model: Json) => void): string {
  const dir = brokenCopy('case.json', () => {});
  const model: Json = {
    about: 'test',
    trainedOn: { questions: 0, phrasings: 0, fingerprint: '0'.repeat(64) },
    facts: ['acme-sues', 'faulty-widgets', 'refund'],
    bias: [0, 0, 0, 0],
    weights: { 'w:refund': [2, 1.5] },
  };
  change(model);
  writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
  return dir;
}

function problemsOf(dir: string): DataProblem[] {
  try {
    loadCasePack(dir);
  } catch (error) {
    if (error instanceof CasePackError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the pack to be rejected');
}

describe('loading a case pack', () => {
  it('loads the project pack: every content sentence cited, excluded ones never served', () => {
    const pack = loadCasePack();
    expect(pack.facts.length).toBeGreaterThan(10);
    expect(pack.sentences.map((s) => s.text)).not.toContain('Visit the Business Insider home page for more stories.');
    expect(pack.sentences.map((s) => s.text)).not.toContain('Source');
    const cited = new Set(pack.facts.flatMap((f) => f.sources.map((s) => s.sentence)));
    expect(pack.sentences.filter((s) => !cited.has(s.id))).toEqual([]);
  });

  it('loads the project pack’s question model, trained on its facts', () => {
    const pack = loadCasePack();
    expect(pack.model?.facts).toEqual(pack.facts.map((f) => f.id));
  });

  it('loads a model.json that fits the facts', () => {
    expect(loadCasePack(copyWithModel(() => {})).model?.weights).toEqual({ 'w:refund': [2, 1.5] });
  });

  it('loads the tiny fixture case', () => {
    const pack = loadCasePack(TINY_CASE_DIRECTORY);
    expect(pack.facts.map((f) => f.id)).toEqual(['acme-sues', 'faulty-widgets', 'refund']);
    expect(pack.sentences.map((s) => s.id)).toEqual(['h-1', 'b1-1', 'b1-2', 'p1-1', 'p2-1', 'p2-2']);
  });
});

describe('rejecting a broken case pack', () => {
  it('names a missing file', () => {
    const dir = brokenCopy('gaps.json', () => {});
    rmSync(join(dir, 'gaps.json'));
    expect(problemsOf(dir)).toEqual([{ file: 'gaps.json', entry: '(file)', field: '(file)', message: 'file is missing' }]);
  });

  it('names a file that is not JSON', () => {
    const dir = brokenCopy('facts.json', () => {});
    writeFileSync(join(dir, 'facts.json'), '{ "facts": [ ');
    const [problem] = problemsOf(dir);
    expect(problem).toMatchObject({ file: 'facts.json', entry: '(file)' });
    expect(problem?.message).toMatch(/^is not valid JSON/u);
  });

  it('names the entry and field of a schema violation', () => {
    const dir = brokenCopy('facts.json', (j) => { j.facts[1].topic = 'gossip'; });
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: 'facts.json', entry: 'facts[1] "faulty-widgets"', field: 'topic' })]);
  });

  it('names a misspelt field', () => {
    const dir = brokenCopy('facts.json', (j) => { j.facts[0].phrasing = j.facts[0].phrasings; delete j.facts[0].phrasings; });
    const fields = problemsOf(dir).map((p) => `${p.entry} ${p.field}`);
    expect(fields).toEqual(expect.arrayContaining(['facts[0] "acme-sues" phrasings', 'facts[0] "acme-sues" (entry)']));
  });

  it('names a quote that is not verbatim in its sentence', () => {
    const dir = brokenCopy('facts.json', (j) => { j.facts[2].sources[0].quote = 'Acme wants its money back.'; });
    expect(problemsOf(dir)).toEqual([
      { file: 'facts.json', entry: 'facts[2] "refund"', field: 'sources[0].quote', message: 'is not verbatim in sentence p2-2: "Acme wants a refund."' },
    ]);
  });

  it('names a dangling sentence id, and the excluded sentences count as dangling', () => {
    const dir = brokenCopy('timeline.json', (j) => { j.events[0].sources[0].sentence = 'b2-1'; });
    expect(problemsOf(dir)).toEqual([
      { file: 'timeline.json', entry: 'events[0] "widgets-sold"', field: 'sources[0].sentence', message: '"b2-1" is not a content sentence of the article' },
    ]);
  });

  it('names a repeated id', () => {
    const dir = brokenCopy('facts.json', (j) => { j.facts[2].id = 'acme-sues'; });
    expect(problemsOf(dir)).toContainEqual({ file: 'facts.json', entry: 'facts[2] "acme-sues"', field: 'id', message: 'repeats the id of facts[0]' });
  });

  it('names a content sentence that no fact cites', () => {
    const dir = brokenCopy('facts.json', (j) => { j.facts.pop(); });
    expect(problemsOf(dir)).toEqual([
      { file: 'facts.json', entry: '(all facts)', field: 'sources', message: 'no fact cites sentence p2-2: "Acme wants a refund."' },
    ]);
  });

  it('names a timeline out of order', () => {
    const dir = brokenCopy('timeline.json', (j) => {
      j.events[0].date = { on: '2024-03-05', derived: 'test' };
    });
    expect(problemsOf(dir)).toEqual([
      { file: 'timeline.json', entry: 'events[1] "suit-filed"', field: 'date', message: '2024-03-01 is earlier than events[0] (2024-03-05), which comes before it' },
    ]);
  });

  it('names a phrasing claimed by two entries, and a lexicon term in two groups', () => {
    const facts = brokenCopy('facts.json', (j) => { j.facts[2].phrasings.push('Broken widgets'); });
    expect(problemsOf(facts)).toEqual([expect.objectContaining({ entry: 'facts[2] "refund"', field: 'phrasings[3]' })]);
    const lexicon = brokenCopy('lexicon.json', (j) => { j.groups[1].terms.push('sued'); });
    expect(problemsOf(lexicon)).toEqual([expect.objectContaining({ file: 'lexicon.json', entry: 'groups[1]', field: 'terms[3]' })]);
    // The search matches plurals alike, so a singular in one group and its plural in another collide too.
    const plural = brokenCopy('lexicon.json', (j) => { j.groups[1].terms.push('lawsuits'); });
    expect(problemsOf(plural)).toEqual([
      { file: 'lexicon.json', entry: 'groups[1]', field: 'terms[3]', message: '"lawsuits" matches like "lawsuit" of groups[0]' },
    ]);
  });

  it('names a detail, framing or answer-kind concept that no lexicon group means', () => {
    const dir = brokenCopy('lexicon.json', (j) => {
      j.details = ['exact-tme'];
      j.framing = ['summry'];
      j.answerKinds = ['sue', 'wehn'];
    });
    expect(problemsOf(dir)).toEqual([
      { file: 'lexicon.json', entry: 'details', field: 'details[0]', message: '"exact-tme" is not a concept any group means' },
      { file: 'lexicon.json', entry: 'framing', field: 'framing[0]', message: '"summry" is not a concept any group means' },
      { file: 'lexicon.json', entry: 'answerKinds', field: 'answerKinds[1]', message: '"wehn" is not a concept any group means' },
    ]);
  });

  it('names an excluded sentence that is not in the article and a headline that differs', () => {
    const dir = brokenCopy('case.json', (j) => {
      j.excludedSentences[0].text = 'No such sentence.';
      j.source.headline = 'Another headline';
    });
    expect(problemsOf(dir).map((p) => `${p.file} ${p.entry} ${p.field}`)).toEqual([
      'case.json excludedSentences[0] text',
      'case.json source headline',
      // The un-excluded link sentence is now content, and nothing cites it.
      'facts.json (all facts) sources',
    ]);
  });

  it('names what in model.json does not fit the facts: an unknown fact, a missing one, a bias too short, a class that does not exist', () => {
    const dir = copyWithModel((m) => {
      m.facts = ['acme-sues', 'refund', 'acme-lies'];
      m.bias = [0, 0, 0];
      m.weights = { 'w:refund': [2, 1.5, 7, 0.2], 'w:odd': [1, 0.5, 2] };
    });
    expect(problemsOf(dir)).toEqual([
      { file: 'model.json', entry: 'facts', field: 'facts[2]', message: '"acme-lies" is not a fact in facts.json; run `npm run train` after editing facts.json' },
      { file: 'model.json', entry: 'facts', field: '(entry)', message: 'lacks facts[1] "faulty-widgets" of facts.json; run `npm run train` after editing facts.json' },
      { file: 'model.json', entry: 'bias', field: '(entry)', message: 'has 3 numbers; it needs one per fact and one for "the article doesn\'t say" (4)' },
      { file: 'model.json', entry: 'weights["w:refund"]', field: '[2]', message: 'class 7 does not exist (classes are 0 to 3)' },
      { file: 'model.json', entry: 'weights["w:odd"]', field: '(entry)', message: 'must alternate class and weight, so its length must be even' },
    ]);
  });

  it('names a model.json field of the wrong shape', () => {
    const dir = copyWithModel((m) => { m.trainedOn.fingerprint = 'abc'; });
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: 'model.json', field: 'trainedOn.fingerprint' })]);
  });

  it('loads a pack without model.json, and skips a broken one when asked to (npm run train must run then)', () => {
    expect(loadCasePack(TINY_CASE_DIRECTORY).model).toBeUndefined();
    const dir = copyWithModel((m) => { m.facts = ['nope']; });
    expect(loadCasePack(dir, { model: false }).model).toBeUndefined();
    expect(() => loadCasePack(dir)).toThrow(CasePackError);
  });

  it('spells out the first hundred problems and counts the rest', () => {
    const dir = copyWithModel((m) => { m.weights = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`f${i}`, [9, 1]])); });
    const error = (() => {
      try {
        loadCasePack(dir);
      } catch (caught) {
        return caught as CasePackError;
      }
      throw new Error('expected the pack to be rejected');
    })();
    expect(error.problems).toHaveLength(150);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(1 + MAX_PROBLEMS_SHOWN + 1);
    expect(lines.at(-1)).toBe('  … and 50 more of the same kinds (CasePackError.problems has them all)');
  });

  it('reports every problem at once, in one error message', () => {
    const dir = brokenCopy('facts.json', (j) => {
      j.facts[0].sources[0].quote = 'not there';
      j.facts[1].id = 'Not A Slug';
    });
    writeFileSync(join(dir, 'gaps.json'), 'nope');
    try {
      loadCasePack(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CasePackError);
      const message = (error as CasePackError).message;
      expect(message).toContain('has 2 problems');
      expect(message).toContain('gaps.json › (file) › (file): is not valid JSON');
      expect(message).toContain('facts.json › facts[1] "Not A Slug" › id: must be a kebab-case slug');
    }
  });
});
