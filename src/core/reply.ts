// The transport-neutral reply every handler returns; the Discord renderer and the CLI only format it.

export interface QuotedSentence {
  /** The sentence id in the article, e.g. "p3-2". */
  readonly id: string;
  /** The sentence exactly as the article has it. */
  readonly text: string;
}

/** A fact offered as a follow-up ("did you mean", related questions, autocomplete). */
export interface Suggestion {
  readonly factId: string;
  readonly question: string;
}

export interface AnswerCard {
  readonly factId: string;
  readonly question: string;
  readonly answer: string;
  readonly sentences: readonly QuotedSentence[];
  /** Search score 0–1 for answers to a question; absent for facts listed by topic. */
  readonly score?: number;
}

/**
 * Each card's sentences split in two, for showing the cards one after another: those to quote, and those an earlier
 * card already quotes, which are only named. A message then quotes every sentence once.
 */
export function quotedOnce(cards: readonly AnswerCard[]): { readonly card: AnswerCard; readonly quote: QuotedSentence[]; readonly above: QuotedSentence[] }[] {
  const quoted = new Set<string>();
  return cards.map((card) => {
    const above = card.sentences.filter((s) => quoted.has(s.id));
    const quote = card.sentences.filter((s) => !quoted.has(s.id));
    for (const s of quote) quoted.add(s.id);
    return { card, quote, above };
  });
}

export interface Credit {
  readonly publisher: string;
  readonly headline: string;
  /** ISO date, e.g. "2021-01-11". */
  readonly published: string;
  readonly publishedNote: string;
  readonly language: string;
}

export interface TimelineEntry {
  readonly id: string;
  readonly when: string;
  /** A date the article pins down, with how it was derived; absent when it does not. */
  readonly date?: { readonly label: string; readonly derived: string };
  readonly event: string;
  readonly sentences: readonly QuotedSentence[];
}

export type Reply =
  | { readonly kind: 'answers'; readonly title: string; readonly cards: readonly AnswerCard[]; readonly related: readonly Suggestion[]; readonly credit: Credit }
  | { readonly kind: 'not-found'; readonly message: string; readonly suggestions: readonly Suggestion[] }
  | { readonly kind: 'timeline'; readonly title: string; readonly events: readonly TimelineEntry[]; readonly credit: Credit }
  | { readonly kind: 'source'; readonly title: string; readonly lines: readonly string[]; readonly credit: Credit }
  | { readonly kind: 'help'; readonly title: string; readonly entries: readonly { readonly usage: string; readonly description: string }[] }
  | { readonly kind: 'invalid'; readonly message: string };
