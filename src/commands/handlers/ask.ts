// `ask`: answers a free-text question with the facts that match it, or says the article doesn't say.
import { MESSAGES } from '../../core/messages.js';
import type { Reply } from '../../core/reply.js';
import { validateQuestion } from '../../core/validateQuestion.js';
import { creditOf, factCard, suggestion } from '../cards.js';
import type { CaseContext } from '../caseContext.js';

export function askHandler({ pack, index }: CaseContext, question: string, title: string = MESSAGES.titles.ask): Reply {
  const checked = validateQuestion(question);
  if (!checked.ok) return { kind: 'invalid', message: checked.message };
  const result = index.ask(checked.question);
  if (!result.answered) {
    const message = result.gap === undefined ? `${MESSAGES.notInArticle} ${MESSAGES.notInArticleHint}` : result.gap.says;
    return { kind: 'not-found', message, suggestions: result.suggestions.map(suggestion) };
  }
  return {
    kind: 'answers',
    title,
    cards: result.answers.map((a) => factCard(pack, a.fact, a.score)),
    related: result.related.map(suggestion),
    credit: creditOf(pack),
  };
}
