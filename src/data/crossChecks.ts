// The cross-checks a case pack must pass beyond its schemas: unique ids, verbatim quotes of existing sentences,
// every content sentence cited, a timeline in date order, no phrasing or lexicon term claimed twice, a model of these facts.
import { lexiconKey } from '../search/analyzeText.js';
import { type DataProblem, entryName } from './dataProblem.js';
import type { Fact, Gap, LexiconGroup, ModelFile, Source, TimelineEvent } from './schemas.js';
import type { ArticleSentence } from './segmentArticle.js';

export function checkUniqueIds(file: string, list: string, items: readonly { id: string }[], problems: DataProblem[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else problems.push({ file, entry: entryName(list, index, items), field: 'id', message: `repeats the id of ${list}[${first}]` });
  });
}

export function checkSources(
  file: string,
  list: string,
  items: readonly { id: string; sources: readonly Source[] }[],
  sentenceById: ReadonlyMap<string, ArticleSentence>,
  problems: DataProblem[],
): void {
  items.forEach((item, index) => {
    item.sources.forEach((source, s) => {
      const sentence = sentenceById.get(source.sentence);
      const entry = entryName(list, index, items);
      if (sentence === undefined) {
        problems.push({ file, entry, field: `sources[${s}].sentence`, message: `"${source.sentence}" is not a content sentence of the article` });
      } else if (!sentence.text.includes(source.quote)) {
        problems.push({ file, entry, field: `sources[${s}].quote`, message: `is not verbatim in sentence ${sentence.id}: "${sentence.text}"` });
      }
    });
  });
}

function startOf(event: TimelineEvent): string | undefined {
  if (event.date === undefined) return undefined;
  return 'on' in event.date ? event.date.on : event.date.from;
}

export function checkTimelineOrder(events: readonly TimelineEvent[], problems: DataProblem[]): void {
  let latest: { start: string; index: number } | undefined;
  events.forEach((event, index) => {
    const entry = entryName('events', index, events);
    if (event.date !== undefined && 'from' in event.date && event.date.from > event.date.to) {
      problems.push({ file: 'timeline.json', entry, field: 'date', message: `starts (${event.date.from}) after it ends (${event.date.to})` });
    }
    const start = startOf(event);
    if (start === undefined) return;
    if (latest !== undefined && start < latest.start) {
      problems.push({ file: 'timeline.json', entry, field: 'date', message: `${start} is earlier than events[${latest.index}] (${latest.start}), which comes before it` });
    }
    latest = { start, index };
  });
}

export function checkCoverage(sentences: readonly ArticleSentence[], facts: readonly Fact[], problems: DataProblem[]): void {
  const cited = new Set(facts.flatMap((fact) => fact.sources.map((source) => source.sentence)));
  for (const sentence of sentences) {
    if (!cited.has(sentence.id)) {
      problems.push({ file: 'facts.json', entry: '(all facts)', field: 'sources', message: `no fact cites sentence ${sentence.id}: "${sentence.text}"` });
    }
  }
}

export function checkPhrasings(facts: readonly Fact[], gaps: readonly Gap[], problems: DataProblem[]): void {
  const owner = new Map<string, string>();
  const check = (file: string, list: string, items: readonly { id: string; phrasings: readonly string[] }[]): void => {
    items.forEach((item, index) => {
      item.phrasings.forEach((phrasing, p) => {
        const key = phrasing.toLowerCase();
        const first = owner.get(key);
        if (first === undefined) owner.set(key, item.id);
        else if (first !== item.id) {
          problems.push({ file, entry: entryName(list, index, items), field: `phrasings[${p}]`, message: `"${phrasing}" is also a phrasing of "${first}"` });
        }
      });
    });
  };
  check('facts.json', 'facts', facts);
  check('gaps.json', 'gaps', gaps);
}

/**
 * Lexicon terms are compared as the search matches them (lowercase, plurals stripped), so "complaint" and
 * "complaints" collide. Every concept the lists name (details, framing, answer kinds) must be one that some group means.
 */
export function checkLexicon(
  groups: readonly LexiconGroup[],
  lists: Readonly<Record<'details' | 'framing' | 'answerKinds', readonly string[]>>,
  problems: DataProblem[],
): void {
  const concepts = new Set(groups.flatMap((group) => group.means));
  for (const [list, names] of Object.entries(lists)) {
    names.forEach((name, index) => {
      if (!concepts.has(name)) problems.push({ file: 'lexicon.json', entry: list, field: `${list}[${index}]`, message: `"${name}" is not a concept any group means` });
    });
  }
  const owner = new Map<string, { group: number; term: string }>();
  groups.forEach((group, index) => {
    group.terms.forEach((term, t) => {
      const key = lexiconKey(term);
      const first = owner.get(key);
      if (key === '') problems.push({ file: 'lexicon.json', entry: `groups[${index}]`, field: `terms[${t}]`, message: `"${term}" has no letters or digits to match` });
      else if (first === undefined) owner.set(key, { group: index, term });
      else if (first.group !== index) problems.push({ file: 'lexicon.json', entry: `groups[${index}]`, field: `terms[${t}]`, message: `"${term}" matches like "${first.term}" of groups[${first.group}]` });
    });
  });
}

/**
 * The question model must speak of the facts there are: each of its facts exists, each fact is one of its classes
 * (a fact added since training would never be predicted), and every weight names a class it has.
 */
export function checkModel(model: ModelFile, facts: readonly Fact[], problems: DataProblem[]): void {
  const file = 'model.json';
  const retrain = 'run `npm run train` after editing facts.json';
  const known = new Set(facts.map((fact) => fact.id));
  const seen = new Set<string>();
  model.facts.forEach((id, index) => {
    if (!known.has(id)) problems.push({ file, entry: 'facts', field: `facts[${index}]`, message: `"${id}" is not a fact in facts.json; ${retrain}` });
    if (seen.has(id)) problems.push({ file, entry: 'facts', field: `facts[${index}]`, message: `"${id}" is listed twice` });
    seen.add(id);
  });
  facts.forEach((fact, index) => {
    if (!seen.has(fact.id)) problems.push({ file, entry: 'facts', field: '(entry)', message: `lacks facts[${index}] "${fact.id}" of facts.json; ${retrain}` });
  });
  const classes = model.facts.length + 1;
  if (model.bias.length !== classes) {
    problems.push({ file, entry: 'bias', field: '(entry)', message: `has ${model.bias.length} numbers; it needs one per fact and one for "the article doesn't say" (${classes})` });
  }
  for (const [feature, list] of Object.entries(model.weights)) {
    const entry = `weights["${feature}"]`;
    if (list.length % 2 !== 0) problems.push({ file, entry, field: '(entry)', message: 'must alternate class and weight, so its length must be even' });
    for (let i = 0; i < list.length; i += 2) {
      const index = list[i]!;
      if (!Number.isInteger(index) || index < 0 || index >= classes) {
        problems.push({ file, entry, field: `[${i}]`, message: `class ${index} does not exist (classes are 0 to ${classes - 1})` });
      }
    }
  }
}
