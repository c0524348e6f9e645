import { describe, expect, it } from 'vitest';
import { analyzeTokens, baseForm, compileLexicon, expandShortForms, tokenize } from '../../src/search/analyzeText.js';

const lexicon = compileLexicon([
  { means: ['sue'], terms: ['sue', 'lawsuit', 'take to court'] },
  { means: ['ban'], terms: ['ban', 'banned', 'cut off', 'kicked off'] },
  { means: ['amazon', 'hosting'], terms: ['aws', 'amazon web services'] },
  { means: ['account-x'], terms: ['accountable'] },
  { means: ['right-wing'], terms: ['right', 'right wingers'] },
  { means: ['growth'], terms: ['took off', 'take off'] },
  { means: ['removed'], terms: ['took * off', 'take * off'] },
]);
const analyze = (text: string): string[] => analyzeTokens(expandShortForms(tokenize(text)), lexicon);

describe('tokenizing what people type', () => {
  it('lowercases, drops possessives and apostrophes, and splits on punctuation', () => {
    expect(tokenize("Parler's AWS-account: why'd they CAN'T?")).toEqual(['parler', 'aws', 'account', 'why', 'did', 'they', 'cannot']);
    expect(tokenize('Amazon’s decision')).toEqual(['amazon', 'decision']);
    expect(tokenize("why'd")).toEqual(['why', 'did']);
  });

  it('removes zero-width characters and accents, and reads "10,000" and "10k" as one number', () => {
    expect(tokenize('par\u200bler caf\u00e9 10,000 10k')).toEqual(['parler', 'cafe', '10000', '10000']);
  });

  it('ignores mentions, channels, custom emoji, timestamps and links, so they cannot dilute a question', () => {
    expect(tokenize('who sued <@123> <@!45> <@&678> <#9> <:pog:111> <t:1610000000:R> </case ask:222> @everyone @here https://x.com/a?b=c')).toEqual(['who', 'sued']);
    expect(tokenize(':eyes: did amazon :chart_with_downwards_trend: drop parler :+1:')).toEqual(['did', 'amazon', 'drop', 'parler']);
    expect(tokenize("itll be back, youve seen it")).toEqual(['it', 'will', 'be', 'back', 'you', 'have', 'seen', 'it']);
  });

  it('drops filler phrases even when typed as short forms ("rn" is "right now", not the political right)', () => {
    expect(tokenize('is parler down rn')).toEqual(['is', 'parler', 'down']);
    expect(tokenize('whats the deal w gab')).toEqual(['gab']);
  });

  it('spells out chat short forms', () => {
    expect(expandShortForms(tokenize('whyd u cant teh'))).toEqual(['why', 'did', 'you', 'cannot', 'the']);
  });

  it('never reaches Object.prototype for words like "constructor"', () => {
    expect(expandShortForms(['constructor', '__proto__', 'toString'])).toEqual(['constructor', '__proto__', 'toString']);
  });
});

describe('mapping words to lexicon concepts', () => {
  it('maps single words and the longest phrase to concepts', () => {
    expect(analyze('who will take them to court')).toEqual(['who', '=sue']);
    expect(analyze('amazon web services ban')).toEqual(['=amazon', '=hosting', '=ban']);
  });

  it('matches a phrase split by a name, and still reads the name ("shut Parler down", "took Amazon to court")', () => {
    expect(analyze('they cut parler off')).toEqual(['=ban', 'parler']);
    expect(analyze('who will take amazon to court')).toEqual(['who', '=sue', 'amazon']);
  });

  it('matches a phrasal verb around a pronoun or "all this"', () => {
    expect(analyze('they cut them off')).toEqual(['=ban']);
    expect(analyze('kicked all this off')).toEqual(['=ban']);
  });

  it('reads a term written "took * off" only around other words, where it wins over the plain "took off"', () => {
    expect(analyze('parler took off')).toEqual(['parler', '=growth']);
    expect(analyze('amazon took parler off')).toEqual(['amazon', '=removed', 'parler']);
    expect(analyze('amazon took it off')).toEqual(['amazon', '=removed']);
    expect(lexicon.wrapped.get('take off')).toEqual(['=removed']);
    expect(lexicon.terms.get('take off')).toEqual(['=growth']);
  });

  it('drops stop words and stems the rest', () => {
    expect(analyze('what is the lawsuits status')).toEqual(['=sue', 'statu']);
  });

  it('keys the lexicon by base forms, not Porter stems, so "account" is not "accountable"', () => {
    expect(baseForm('labels')).toBe('label');
    expect(baseForm('companies')).toBe('company');
    expect(baseForm('aws')).toBe('aws');
    expect(analyze('account')).toEqual(['account']);
    expect(analyze('accountable')).toEqual(['=account-x']);
  });

  it('reads "right now" as filler, not the political right', () => {
    expect(analyze('right wingers right now')).toEqual(['=right-wing']);
  });
});
