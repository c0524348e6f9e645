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
