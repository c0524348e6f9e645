// Turns text into search terms: tokens, spelled-out short forms, lexicon concepts ("=sue"), stop words dropped,
// the rest Porter-stemmed. Questions and the case data go through the same steps, so they meet on equal terms.
import { stemmer } from 'stemmer';
import type { LexiconGroup } from '../data/schemas.js';

/** Concepts are prefixed so that they can never collide with a stemmed word. */
export const CONCEPT_PREFIX = '=';

// How people type in chat, spelled out before anything else looks at the words.
// A Map, not an object literal: a typed word such as "constructor" must not reach Object.prototype.
const SHORT_FORMS: ReadonlyMap<string, string> = new Map(Object.entries({
  cant: 'cannot', wont: 'will not', dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not',
  arent: 'are not', wasnt: 'was not', werent: 'were not', hasnt: 'has not', havent: 'have not',
  couldnt: 'could not', shouldnt: 'should not', wouldnt: 'would not', aint: 'is not',
  whyd: 'why did', whats: 'what is', wats: 'what is', whos: 'who is', wheres: 'where is', hows: 'how is',
  whens: 'when is', thats: 'that is', theres: 'there is', im: 'i am', ive: 'i have', youre: 'you are',
  theyre: 'they are', teh: 'the', wat: 'what', wut: 'what', wht: 'what', y: 'why', u: 'you', ur: 'your',
  r: 'are', abt: 'about', bc: 'because', cuz: 'because', coz: 'because', cos: 'because', tho: 'though',
  thru: 'through', ppl: 'people', alot: 'a lot', pls: 'please', plz: 'please', rn: 'right now',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', kinda: 'kind of', sorta: 'sort of', dunno: 'do not know',
  govt: 'government', w: 'with', b4: 'before', nd: 'and', n: 'and', doin: 'doing', enuf: 'enough', nuff: 'enough',
  gud: 'good', tryna: 'trying to', ngl: 'not going to lie', fr: 'for real', tbh: 'to be honest', idk: 'i do not know',
  imo: 'in my opinion', smh: 'shaking my head', iirc: 'if i remember correctly', afaik: 'as far as i know',
  evn: 'even', hav: 'have', smth: 'something', sth: 'something', bout: 'about', prolly: 'probably', probs: 'probably',
  thx: 'thanks', ty: 'thank you', yall: 'you all', dat: 'that', dis: 'this', wit: 'with', tht: 'that', becuz: 'because',
  bcuz: 'because', cud: 'could', shud: 'should', wud: 'would', ppls: 'people', lmk: 'let me know',
}));

// Words and chat filler that carry no meaning for matching. Question words that do (who, why, where) stay;
// "how", "when", "how many" and friends are lexicon concepts.
const STOP_WORDS = new Set(
  (
    'a an the and or but nor so if then than that this these those there here it its itself is are was were be been ' +
    'being am do does did doing done have has had having of to in on at by for from with about into onto over under ' +
    'up out off as per via i me my mine we us our you your yours he him his she her hers they them their theirs what ' +
    'which whom whose how can could should would will shall may might must not no yes any some all each every both ' +
    'other another such own same very too also just really actually basically literally only even still again ever ' +
    'now then please thanks thank hey hi hello yo ok okay lol lmao bro dude guys man bot casebot someone anyone ' +
    'somebody anybody everyone chat heard hear know knows tell told say says said saying think thinks thought ' +
    'guess mean means wonder wondering question questions true real get gets got getting go going goes went ' +
    'make makes made thing things stuff kind sort lot lots way much many more most less well wait tho though ' +
    'because since while during after before until again against anything something nothing everything supposed ' +
    'suppose supposedly allegedly apparently one ones keep keeps kept opinion honest lie remember ' +
    'shaking head far like yet nah yeah yep nope ya next id exactly okay huh lmao lmfao rofl bet whole everybody ' +
    'folks people guys saw seen questioning once mess whatever anyway anyways btw omg wtf probably'
  ).split(' '),
);
// "right" alone means the political right; these phrases do not.
const FILLER_PHRASES = [
  /\bright (?:now|away|here|there)\b/gu,
  /\ball right\b/gu,
  /\bis (?:it|that) right\b/gu,
  // "What's the deal with X" asks about X; "deal" is not a contract here.
  /\bwhat(?:s| is) the deal with\b/gu,
  // A tag question: "…, right?", "or something right?".
  /(?:,|\bsomething|\byeah|\bthat)\s+right\b/gu,
];

// Mentions, channels, custom emoji, timestamps, command links and URLs carry no words to search for: their
// ids would otherwise become search terms that dilute the real question.
const DISCORD_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::\w)?>|<\/[^<>]+:\d+>|@(?:everyone|here)\b|https?:\/\/\S+/gu;

/**
 * Lowercase word and number tokens, chat short forms spelled out; possessives, apostrophes, accents, invisible
 * characters, thousands separators, Discord markup and filler phrases removed.
 */
export function tokenize(text: string): string[] {
  let s = text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/\p{Cf}+/gu, '').toLowerCase();
  s = s.replace(/[’‘`´]/gu, "'").replace(/(\p{L})'s\b/gu, '$1').replace(/s'(?=\s|$)/gu, 's').replace(/(\p{L})'(\p{L})/gu, '$1$2');
  s = s.replace(/(\d),(?=\d{3}\b)/gu, '$1').replace(/\b(\d+)k\b/gu, '$1000').replace(/#\s?1\b/gu, ' number one ');
  s = s.replace(DISCORD_MARKUP, ' ');
  // Filler phrases are matched after short forms are spelled out, so "rn" and "the deal w" are caught too.
  s = expandShortForms(s.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  for (const filler of FILLER_PHRASES) s = s.replace(filler, ' ');
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Spells out chat short forms ("cant" → "cannot", "teh" → "the"). */
export function expandShortForms(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => SHORT_FORMS.get(token)?.split(' ') ?? [token]);
}

export function stem(token: string): string {
  return /^\p{N}+$/u.test(token) ? token : stemmer(token);
}

/**
 * A conservative plural/third-person strip ("labels" → "label", "companies" → "company"), used to key the lexicon.
 * Not the Porter stem: that merges words the lexicon must keep apart ("account"/"accountable", "tos"/"to").
 */
export function baseForm(token: string): string {
  if (token.length <= 3 || /(?:ss|us|is)$/u.test(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (/(?:s|x|z|ch|sh)es$/u.test(token)) return token.slice(0, -2);
  return token.endsWith('s') ? token.slice(0, -1) : token;
}

export interface CompiledLexicon {
  /** Base forms of a term's tokens joined by spaces → the concepts the term means. */
  readonly terms: ReadonlyMap<string, readonly string[]>;
  readonly longestTerm: number;
}

/** The key a lexicon term is matched by: its tokens' base forms. Two terms with one key collide. */
export function lexiconKey(term: string): string {
  return expandShortForms(tokenize(term)).map(baseForm).join(' ');
}

export function compileLexicon(groups: readonly LexiconGroup[]): CompiledLexicon {
  const terms = new Map<string, readonly string[]>();
  let longestTerm = 1;
  for (const group of groups) {
    const concepts = group.means.map((m) => CONCEPT_PREFIX + m);
    for (const term of group.terms) {
      const key = lexiconKey(term);
      if (key === '') continue;
      terms.set(key, concepts);
      longestTerm = Math.max(longestTerm, key.split(' ').length);
    }
  }
  return { terms, longestTerm };
}

export interface TermSpan {
  readonly term: string;
  /** The tokens [start, end) the term came from. */
  readonly start: number;
  readonly end: number;
}

// Words a phrasal verb may wrap around ("cut them off", "set all this off", "can't I open"): a lexicon phrase
// that does not match word for word is tried again with these skipped.
const SKIPPABLE = new Set('i me you him her it us them this that these those all the a an my your his its our their'.split(' '));

function lexiconMatch(bases: readonly string[], tokens: readonly string[], i: number, lexicon: CompiledLexicon): { concepts: readonly string[]; end: number } | undefined {
  for (let length = Math.min(lexicon.longestTerm, bases.length - i); length >= 1; length -= 1) {
    // A lone stop word never stands for a concept, whatever the lexicon lists.
    if (length === 1 && STOP_WORDS.has(tokens[i]!)) break;
    const concepts = lexicon.terms.get(bases.slice(i, i + length).join(' '));
    if (concepts !== undefined) return { concepts, end: i + length };
  }
  // Gapped: the first word, then the following words that are not skippable, longest first.
  const picked = [i];
  for (let j = i + 1; j < tokens.length && picked.length < lexicon.longestTerm; j += 1) {
    if (!SKIPPABLE.has(tokens[j]!)) picked.push(j);
  }
  for (let length = picked.length; length >= 2; length -= 1) {
    const indexes = picked.slice(0, length);
    const concepts = lexicon.terms.get(indexes.map((j) => bases[j]).join(' '));
    if (concepts !== undefined) return { concepts, end: indexes[length - 1]! + 1 };
  }
  return undefined;
}

/** Maps tokens to terms: the longest lexicon phrase wins at each position, stop words drop out, the rest is stemmed. */
export function analyzeTokenSpans(tokens: readonly string[], lexicon: CompiledLexicon): TermSpan[] {
  const bases = tokens.map(baseForm);
  const out: TermSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = lexiconMatch(bases, tokens, i, lexicon);
    if (match !== undefined) {
      for (const term of match.concepts) out.push({ term, start: i, end: match.end });
      i = match.end;
      continue;
    }
    if (!STOP_WORDS.has(tokens[i]!)) out.push({ term: stem(tokens[i]!), start: i, end: i + 1 });
    i += 1;
  }
  return out;
}

export function analyzeTokens(tokens: readonly string[], lexicon: CompiledLexicon): string[] {
  return analyzeTokenSpans(tokens, lexicon).map((span) => span.term);
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

export function isShortForm(token: string): boolean {
  return SHORT_FORMS.has(token);
}
