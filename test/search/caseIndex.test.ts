import { describe, expect, it } from 'vitest';
import { buildCaseIndex, type CaseIndex } from '../../src/search/caseIndex.js';
import { loadCasePack } from '../../src/data/loadCasePack.js';
import { SEARCH_OPTIONS } from '../../src/search/searchOptions.js';
import { TINY_CASE_DIRECTORY, realContext } from '../helpers.js';

const { pack, index } = realContext();
const sentencesOf = (factId: string | undefined): string[] =>
  pack.facts.find((f) => f.id === factId)?.sources.map((s) => pack.sentenceById.get(s.sentence)?.text ?? '') ?? [];

function topFact(question: string): string | undefined {
  const result = index.ask(question);
  return result.answered ? result.answers[0]?.fact.id : undefined;
}

/** The known gap named in the reply, or undefined when the question was answered or no gap matched. */
function gapOf(question: string): string | undefined {
  const result = index.ask(question);
  return result.answered ? undefined : result.gap?.id;
}

/** The "did you mean" facts offered when the question is not answered. */
function suggestionsFor(question: string): string[] {
  const result = index.ask(question);
  return result.answered ? [] : result.suggestions.map((f) => f.id);
}

describe('asking the case index', () => {
  it('answers who sued with the filing sentence', () => {
    expect(topFact('who sued amazon')).toBe('parler-sues-amazon');
    expect(sentencesOf('parler-sues-amazon')).toContain('Parler sues Amazon, claiming it violated antitrust laws');
  });

  it('understands synonyms and abbreviations', () => {
    expect(topFact('tro')).toBe('restraining-order');
    // Two facts quote the reason (the ban's own sentence and Amazon's claim); either answers it.
    expect(sentencesOf(topFact('why did amazon web services kick parler off')).join(' ')).toContain('threats of violence');
    expect(topFact('jan 6 riot')).toBe('capitol-siege');
  });

  it('tolerates typos', () => {
    expect(topFact('tempory restrainig order')).toBe('restraining-order');
    expect(topFact('did facebok suspend trump')).toBe('trump-suspended');
    // A swap is one edit, but fuse.js ranks it below many one-letter changes ("seize"): every candidate is weighed.
    expect(index.analyze('capitol seige')).toContain('=siege');
    // Chat's dropped g ("nothin", "sayin") is spelled out, not "corrected" into a pack word ("within").
    expect(index.analyze('amazon got nothin to say')).toEqual(['=amazon', '=comment']);
  });

  it('says the article does not say, for off-topic and unanswered questions', () => {
    expect(index.ask('whats the weather like today').answered).toBe(false);
    expect(index.ask('asdf qwerty').answered).toBe(false);
  });

  it('names the known gap when a question asks what the article leaves out', () => {
    expect(gapOf('who is the ceo of parler')).toBe('parler-leadership');
  });

  it('offers at most three "did you mean" suggestions on a miss, even for a question of stop words only', () => {
    for (const question of ['what is it', 'whats the weather like today', 'how many people died at the capitol']) {
      const result = index.ask(question);
      expect(result.answered).toBe(false);
      if (!result.answered) {
        expect(result.suggestions.length).toBeGreaterThan(0);
        expect(result.suggestions.length).toBeLessThanOrEqual(SEARCH_OPTIONS.maxSuggestions);
      }
    }
  });

  it('ranks answers best first, at most three, each above the threshold', () => {
    const result = index.ask('what does parler claim against amazon');
    expect(result.answered).toBe(true);
    if (result.answered) {
      expect(result.answers.length).toBeLessThanOrEqual(SEARCH_OPTIONS.maxAnswers);
      const scores = result.answers.map((a) => a.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const score of scores) expect(score).toBeGreaterThanOrEqual(SEARCH_OPTIONS.answerThreshold);
    }
  });

  it('lets an everyday word the article lacks weigh less than a word that is not English at all', () => {
    const score = (question: string) => index.rank(question).find((s) => s.fact.id === 'amazon-reason')?.score ?? 0;
    const plain = score('why did amazon ban parler');
    const withEverydayWord = score('why did amazon ban parler umbrella');
    const withStrangeWord = score('why did amazon ban parler zorblax');
    expect(withEverydayWord).toBeLessThan(plain);
    expect(withStrangeWord).toBeLessThan(withEverydayWord);
    // A question about something the article never mentions still gets "the article doesn't say".
    expect(index.ask('what did zorblax say').answered).toBe(false);
  });

  it('does not answer a question that asks for a detail no fact has (an exact time, a percentage)', () => {
    expect(topFact('when did parler file the lawsuit')).toBe('suit-filed-monday');
    for (const question of ['what time did parler file the lawsuit', 'what percentage of parler users are trump supporters']) {
      const result = index.ask(question);
      expect(result.answered, question).toBe(false);
    }
    expect(suggestionsFor('what time did parler file the lawsuit')).toContain('suit-filed-monday');
  });

  it('answers "what date" only from a fact that has a day, and only when it is about what was asked', () => {
    // The article dates the filing (Monday) but not the siege ("last week"): a date question about the siege is not
    // answered by the one fact that has a day, nor is a date question about something the article never mentions.
    expect(topFact('what date was the lawsuit filed')).toBe('suit-filed-monday');
    for (const question of ['what date did the capitol riot happen', 'on what date did twitter suspend trump', 'what day will biden be sworn in', 'on what date did apple pull parler']) {
      expect(index.ask(question).answered, question).toBe(false);
    }
    expect(suggestionsFor('what date did the capitol riot happen')).toContain('capitol-siege');
  });

  it('answers "how many" only from a fact that gives a number', () => {
    expect(topFact('how many new users is gab getting')).toBe('gab-signups');
    expect(topFact('how long will parler be offline')).toBe('parler-offline');
    expect(topFact('how many days notice did aws owe parler')).toBe('notice-30-days');
    for (const question of ['how many electoral votes did biden get', 'how many tweets did trump send during the riot', 'how many violent posts did amazon flag']) {
      expect(index.ask(question).answered, question).toBe(false);
    }
    expect(index.ask('what was the death toll at the capitol').answered).toBe(false);
    // Nor does it quote any of the posts it speaks of.
    // The ban's own sentence and Amazon's claim both give the reason; either answers it.
    expect(sentencesOf(topFact('why did amazon cut parler off')).join(' ')).toContain('threats of violence');
    expect(index.ask('which specific posts did amazon point to').answered).toBe(false);
    expect(topFact('did anyone die at the capitol')).toBe('capitol-siege');
    // A year is a detail too.
    expect(topFact('who won the 2020 election')).toBe('biden-certified');
    expect(index.ask('who won the 2016 election').answered).toBe(false);
    // "Figure into" is not a number.
    expect(index.analyze('how does apple figure into this')).not.toContain('=quantity');
  });

  it('tells unequal treatment of Twitter (its claim) from Twitter benefiting (the lawsuit quote)', () => {
    for (const question of ['did twitter get the same treatment from amazon', 'so amazon let twitter slide?', 'double standard with twitter']) {
      expect(['claim-anticompetitive', 'twitter-uses-aws'], question).toContain(topFact(question));
    }
    expect(topFact('who benefits from this according to the lawsuit')).toBe('lawsuit-quote');
  });

  it('does not answer what happened in court after the article, even when the question names the TRO', () => {
    expect(topFact('did parler ask for a tro')).toBe('restraining-order');
    for (const question of ['so did they get the TRO or nah', 'did parler get its tro', 'when is the hearing on the TRO scheduled', 'did the court block amazon']) {
      expect(gapOf(question), question).toBe('ruling');
    }
  });

  it('finds the sentence a quoted phrase comes from', () => {
    for (const [phrase, words] of [
      ["effectively close parler's account", "effectively close Parler’s account"],
      ['who said effectively close parlers account', "effectively close Parler’s account"],
      ['reduce competition in the microblogging market', 'reduce competition in the microblogging market'],
      ['little policy of moderation', 'little policy of moderation'],
    ] as const) {
      expect(sentencesOf(topFact(phrase)).some((text) => text.includes(words)), phrase).toBe(true);
    }
  });

  it('reads two words typed without a space as the two words, but never splits a real word or a typo of one', () => {
    expect(index.analyze('trumpsupporters on parler')).toEqual(index.analyze('trump supporters on parler'));
    expect(index.analyze('freespeech platform')).toEqual(index.analyze('free speech platform'));
    expect(index.analyze('timeline')).toEqual(['timelin']);
    expect(index.analyze('targetted')).toEqual(index.analyze('targeted'));
  });

  it('answers from the place in the article a question points at ("the lede", "the 4th bullet", typos and all)', () => {
    const sentence = (id: string): string | undefined => pack.sentenceById.get(id)?.text;
    expect(sentencesOf(topFact('how is parlr described in the lede paragrpah'))).toContain(sentence('p1-1'));
    expect(sentencesOf(topFact('what does the 4th bullet say about inciting violence'))).toContain(sentence('b4-1'));
    expect(sentencesOf(topFact('what does the last paragraph say'))).toContain(sentence('p11-1'));
  });

  it('weighs a capitalised name inside a sentence, or the thing a question counts, fully, even where it is an English word', () => {
    expect(index.ask('Did Mike Pence say anything about Parler or the lawsuit?').answered).toBe(false);
    expect(index.ask('Which team won the 2020 World Series?').answered).toBe(false);
    // So does the thing a question counts: "engineers" is not a word of the pack's, whatever else matches.
    expect(index.ask('how many engineers does parler even have').answered).toBe(false);
    // Names the pack knows are concepts, and stay so.
    expect(topFact('Why did Amazon remove Parler?')).toBe('amazon-reason');
  });

  it('reads one word dictated or typed in two pieces as the word, but keeps two real words apart', () => {
    expect(index.analyze('did a mazon respond to the in sider request')).toEqual(index.analyze('did amazon respond to the insider request'));
    expect(index.analyze('what does a tempo rary restraining order do')).toEqual(index.analyze('what does a temporary restraining order do'));
    expect(index.ask('did a mazon respond to the in sider request for comment')).toMatchObject({ answered: true, answers: [{ fact: { id: 'amazon-no-comment' } }] });
    expect(index.analyze('face book')).not.toEqual(index.analyze('facebook'));
  });

  it('reads what a party said as a statement the article would have to report, not as framing', () => {
    for (const question of ['did twitter say anything about being dragged into the lawsuit', 'what did apple say about parler']) {
      expect(gapOf(question), question).toBe('other-reactions');
    }
    // "What does the article say" stays framing.
    expect(topFact('what does the article say about the restraining order')).toBe('restraining-order');
  });

  it('checks a claim someone made against what the article says', () => {
    expect(topFact('someone in general chat claims the lawsuit was filed on a friday, is that accurate')).toBe('suit-filed-monday');
    expect(topFact('fact check: twitter and facebook banned trump')).toBe('trump-suspended');
    expect(topFact('is it accurate to say parler barely moderates')).toBe('parler-free-speech');
    // Twitter's fact-check labels are still what "fact check" means inside a question.
    expect(topFact('twitter fact check labels on conservatives')).toBe('conservatives-bias');
  });

  it('reads a request for the exact words as a request for the sentence about the rest', () => {
    expect(topFact('i need the part where it says amazon has not acted against twitter')).toBe('claim-anticompetitive');
    expect(topFact('exact wording on why aws cut parler off')).toBe('amazon-reason');
    expect(topFact('quote from the lawsuit')).toBe('lawsuit-quote');
  });

  it('tells throwing Parler out (the ban) from throwing the case out (a ruling the article cannot report)', () => {
    expect(topFact('amazon throw out parler from which service')).toBe('amazon-removed-parler');
    expect(gapOf('did the judge throw out the case')).toBe('ruling');
  });

  it('reads where the answer should come from as framing, not as the subject ("according to the report")', () => {
    expect(index.analyze('which platforms suspended trump, according to the report')).toEqual(index.analyze('which platforms suspended trump'));
    expect(index.analyze('has amazon commented, as far as the piece says')).toEqual(index.analyze('has amazon commented'));
    expect(index.analyze('how is the conservative grievance described in the article')).toEqual(index.analyze('how is the conservative grievance described'));
    // Asking for a summary says how to answer; what follows says what about.
    expect(topFact('can someone summarize the contract claim for me')).toBe('claim-contract');
    expect(topFact('summarize the case')).toBe('parler-sues-amazon');
    // "Boil it down" asks for a summary; its "down" is not the site being down.
    expect(index.analyze('boil it down for me, what is the contract claim')).toEqual(index.analyze('summarize the contract claim'));
  });

  it('reads a question-final "right?" as asking for confirmation, unless it names the political right', () => {
    expect(index.analyze('twitter is on aws too right?')).not.toContain('=right-wing');
    expect(index.analyze('parler sued amazon over the weekend, right?')).not.toContain('=right-wing');
    for (const question of ['is parler popular on the right?', 'is parler far right', 'is this just because parler leans right']) {
      expect(index.analyze(question), question).toContain('=right-wing');
    }
  });

  it('leaves out what a question sets aside ("besides antitrust, what else…")', () => {
    const antitrust = ['parler-sues-amazon', 'claim-anticompetitive'];
    expect(antitrust).toContain(topFact('what is parler accusing amazon of'));
    for (const question of ['besides antitrust, what else is parler accusing amazon of', 'what else is parler accusing amazon of, aside from the antitrust stuff']) {
      expect(antitrust, question).not.toContain(topFact(question));
      expect(topFact(question), question).toBeDefined();
    }
    // Only the thing set aside: the rest of the question still counts.
    expect(index.analyze('did any tech giants besides amazon take action against parler')).toEqual(expect.arrayContaining(['=ban', '=parler']));
  });

  it('gives the same answer to the same question every time, whatever was asked in between', () => {
    // Scoring reuses its scratch arrays from question to question: nothing may carry over.
    const questions = ['is twitter on aws', 'who sued amazon', 'amzon parlr restrainin order', 'what did zuckerberg say', 'why'];
    const fresh = buildCaseIndex(pack);
    const first = questions.map((q) => JSON.stringify(fresh.ask(q)));
    for (let round = 0; round < 3; round += 1) {
      expect([...questions].reverse().map((q) => JSON.stringify(index.ask(q))).reverse()).toEqual(first);
    }
  });

  it('works on any valid case pack, not only this one', () => {
    const tiny = buildCaseIndex(loadCasePack(TINY_CASE_DIRECTORY));
    const result = tiny.ask('does acme want its money back');
    expect(result.answered && result.answers[0]?.fact.id).toBe('refund');
    expect(tiny.ask('how much did the widgets cost').answered).toBe(false);
  });
});

describe('asking with a question model (the tiny case, with hand-made weights)', () => {
  const tiny = loadCasePack(TINY_CASE_DIRECTORY);
  /** The tiny case's index with a model holding just `weights` (classes: acme-sues, faulty-widgets, refund, doesn't say). */
  const withModel = (weights: Record<string, number[]>): CaseIndex =>
    buildCaseIndex({
      ...tiny,
      model: { about: 'test', trainedOn: { questions: 0, phrasings: 0, fingerprint: '0'.repeat(64) }, facts: tiny.facts.map((f) => f.id), bias: [0, 0, 0, 0], weights },
    });
  const top = (index: CaseIndex, question: string): string | undefined => {
    const result = index.ask(question);
    return result.answered ? result.answers[0]?.fact.id : undefined;
  };

  it('answers with the fact the model is sure of, among those the terms found', () => {
    expect(top(buildCaseIndex(tiny), 'who is acme suing')).toBe('acme-sues');
    expect(top(withModel({ 'w:suing': [2, 6] }), 'who is acme suing')).toBe('refund');
  });

  it('never answers with a fact that shares nothing with the question, however sure the model is', () => {
    expect(top(withModel({ 'w:money': [0, 8] }), 'does acme want its money back')).toBe('refund');
  });

  it('says the article doesn’t say when the model is sure of it, though the terms found an answer', () => {
    expect(top(withModel({ 'w:money': [3, 8] }), 'does acme want its money back')).toBeUndefined();
  });

  it('answers what the terms alone found too weak when the model is sure', () => {
    expect(top(buildCaseIndex(tiny), 'how much did the widgets cost')).toBeUndefined();
    expect(top(withModel({ 'w:cost': [1, 8] }), 'how much did the widgets cost')).toBe('faulty-widgets');
  });

  it('leaves a question that points at a place in the article to the terms', () => {
    const question = 'what does the last paragraph say';
    expect(withModel({ 'w:last': [3, 8], 'w:paragraph': [0, 8] }).ask(question)).toEqual(buildCaseIndex(tiny).ask(question));
  });
});
