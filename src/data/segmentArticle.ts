// Splits the verbatim article into sentences with stable, position-based ids.
// Ids name the block and the sentence in it: `h-1` headline, `b3-2` bullet 3 sentence 2, `p8-1` body paragraph 8.

export type BlockKind = 'headline' | 'bullet' | 'paragraph';

export interface ArticleSentence {
  readonly id: string;
  readonly text: string;
  readonly block: BlockKind;
  /** Which bullet or body paragraph it is in, counted from 1 (the headline is 1). */
  readonly position: number;
}

const BULLET = /^\s*•\s*/u;

// Abbreviations whose period does not end a sentence. Node's Intl.Segmenter splits "the U.S. Capitol"
// after "U.S.", which is why the article is not segmented with it.
const ABBREVIATIONS = new Set(['u.s.', 'u.k.', 'e.g.', 'i.e.', 'mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'jan.', 'feb.', 'st.', 'inc.', 'corp.', 'vs.', 'no.']);

const OPENING_QUOTES = new Set(['“', '"']);
const CLOSING_QUOTES = new Set(['”']);

/** Splits one block (a line of the article) into sentences, never inside a “double-quoted” passage. */
export function splitSentences(block: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let quoteDepth = 0;
  for (let i = 0; i < block.length; i += 1) {
    const ch = block[i]!;
    if (CLOSING_QUOTES.has(ch) || (ch === '"' && quoteDepth > 0)) {
      quoteDepth = Math.max(0, quoteDepth - 1);
      // A quotation that ends its sentence (“… did nothing.” Acme wants…) ends it after the closing mark.
      if (quoteDepth > 0 || !'.!?'.includes(block[i - 1] ?? '')) continue;
    } else if (OPENING_QUOTES.has(ch)) {
      quoteDepth += 1;
      continue;
    } else if (quoteDepth > 0 || !'.!?'.includes(ch)) {
      continue;
    }
    const rest = block.slice(i + 1);
    const next = /^["”’)]*\s+(?=\S)/u.exec(rest);
    if (next === null) continue;
    const following = rest.slice(next[0].length);
    if (!/^[\p{Lu}\p{N}“"‘]/u.test(following)) continue;
    const lastWord = (/\S+$/u.exec(block.slice(start, i + 1))?.[0] ?? '').toLowerCase();
    if (ABBREVIATIONS.has(lastWord)) continue;
    const end = i + 1 + next[0].trimEnd().length;
    sentences.push(block.slice(start, end).trim());
    start = end;
  }
  const tail = block.slice(start).trim();
  if (tail !== '') sentences.push(tail);
  return sentences;
}

/** Every sentence of the article in reading order: the headline, the bullets, then the body paragraphs. */
export function segmentArticle(article: string): ArticleSentence[] {
  const lines = article.split(/\r?\n/u).filter((line) => line.trim() !== '');
  const result: ArticleSentence[] = [];
  let bullets = 0;
  let paragraphs = 0;
  lines.forEach((line, index) => {
    let block: BlockKind;
    let position = 1;
    let prefix: string;
    if (index === 0) {
      block = 'headline';
      prefix = 'h';
    } else if (BULLET.test(line)) {
      position = bullets += 1;
      block = 'bullet';
      prefix = `b${bullets}`;
    } else {
      position = paragraphs += 1;
      block = 'paragraph';
      prefix = `p${paragraphs}`;
    }
    splitSentences(line.replace(BULLET, '')).forEach((text, n) => {
      result.push({ id: `${prefix}-${n + 1}`, text, block, position });
    });
  });
  return result;
}
