// Every user-facing sentence casebot says, in one place.
import { QUESTION_MAX_LENGTH } from './limits.js';

export const MESSAGES = Object.freeze({
  emptyQuestion: 'Please type a question, for example: who sued Amazon?',
  noWordsInQuestion: 'That question has no words I can search for. Try asking in words, for example: why did Amazon ban Parler?',
  questionTooLong: (length: number) =>
    `That question is ${length} characters long; please keep it to ${QUESTION_MAX_LENGTH} or fewer.`,
  notInArticle: "The article doesn't say.",
  notInArticleHint: 'I only answer from the article, and it does not cover that.',
  unknownSubcommand: (name: string) => `There is no "${name}" command. Try "help" to see what I can answer.`,
  badArguments: (details: string) => `That command's options are not right: ${details}`,
  titles: Object.freeze({
    ask: 'Answer from the article',
    'who-sued': 'Who sued whom',
    claims: "What Parler claims",
    amazon: "Amazon's side",
    relief: 'What Parler asks the court for',
    context: 'The background',
    quote: 'Quotes',
    timeline: 'Timeline of events',
    source: 'Where this comes from',
    help: 'What you can ask',
  }),
  derivedDate: (label: string) => `${label} (derived)`,
  staleButton: 'That button no longer works (the bot was updated). Try the command again.',
  didYouMean: 'Did you mean:',
  nothingToShow: 'There is nothing to show for that.',
  slowDown: 'You are asking faster than I answer questions; please wait a few seconds and try again.',
  apology: 'Sorry, something went wrong on my side while answering. It has been logged; please try again.',
  moreInTopic: (shown: number, total: number) => `Showing ${shown} of ${total}; ask about the rest with /case ask.`,
  timelinePage: (page: number, pages: number) => `page ${page} of ${pages}`,
  /** A card's sentences that an earlier card of the same reply already quotes. */
  quotedAbove: (ids: string, count: number, alsoQuotesOwn: boolean) => {
    const noun = count === 1 ? 'sentence' : 'sentences';
    return `${alsoQuotesOwn ? `Also ${noun}` : `${noun[0]?.toUpperCase()}${noun.slice(1)}`} ${ids}, quoted above.`;
  },
  previous: 'Previous',
  next: 'Next',
});
