import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCliArguments, toAnswerJson } from '../../src/adapters/cli.js';
import { renderText } from '../../src/adapters/renderText.js';
import { dispatch } from '../../src/commands/dispatch.js';
import { realContext } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

interface Run { stdout: string; stderr: string; code: number }

function runCli(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(TSX, ['src/bin/ask.ts', ...args], { cwd: ROOT, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1 });
    });
    child.stdin?.end(input ?? '');
  });
}

describe('parsing the command line', () => {
  it('reads words as a question, and subcommand names as subcommands', () => {
    expect(parseCliArguments(['who', 'sued', 'amazon'])).toMatchObject({ ok: true, request: { mode: 'one', question: 'who sued amazon' } });
    expect(parseCliArguments(['timeline'])).toMatchObject({ ok: true, request: { mode: 'one', invocation: { subcommand: 'timeline', options: {} } } });
    expect(parseCliArguments(['quote', 'restraining', 'order'])).toMatchObject({ ok: true, request: { invocation: { subcommand: 'quote', options: { search: 'restraining order' } } } });
    expect(parseCliArguments(['--json', '--batch'])).toEqual({ ok: true, request: { mode: 'batch', json: true } });
  });

  it('refuses what it cannot use', () => {
    expect(parseCliArguments([]).ok).toBe(false);
    expect(parseCliArguments(['--frobnicate']).ok).toBe(false);
    expect(parseCliArguments(['--batch', 'who sued']).ok).toBe(false);
    expect(parseCliArguments(['timeline', 'extra']).ok).toBe(false);
  });
});

describe('the JSON answer shape', () => {
  it('is exactly query, answered, answers (factId, answer, sentences, score) and suggestions', () => {
    const context = realContext();
    const json = toAnswerJson('who sued amazon', dispatch(context, { subcommand: 'ask', options: { question: 'who sued amazon' } }));
    expect(Object.keys(json)).toEqual(['query', 'answered', 'answers', 'suggestions']);
    expect(json.answered).toBe(true);
    expect(Object.keys(json.answers[0] ?? {})).toEqual(['factId', 'answer', 'sentences', 'score']);
    expect(Object.keys(json.answers[0]?.sentences[0] ?? {})).toEqual(['id', 'text']);
    const miss = toAnswerJson('weather', dispatch(context, { subcommand: 'ask', options: { question: 'what is the weather today' } }));
    expect(miss).toMatchObject({ answered: false, answers: [] });
    expect(miss.suggestions.length).toBeGreaterThan(0);
  });

  it('quotes each sentence once in a topic listing, naming it in later cards; --json keeps every card whole', () => {
    const reply = dispatch(realContext(), { subcommand: 'claims', options: {} });
    const text = renderText(reply);
    expect(text.split('[b2-1] “').length - 1).toBe(1);
    expect(text).toContain('Sentences [b2-1], [p3-1], [p5-1], quoted above.');
    const json = toAnswerJson('claims', reply);
    expect(json.answers.filter((a) => a.sentences.some((s) => s.id === 'b2-1' && s.text.startsWith('Amazon claims that Parler'))).length).toBeGreaterThan(1);
  });

  it('renders text with the answer, the quoted sentence id and the credit', () => {
    const text = renderText(dispatch(realContext(), { subcommand: 'ask', options: { question: 'tro' } }));
    expect(text).toContain('[p6-1] “The lawsuit seeks a temporary restraining order');
    expect(text).toContain('Source: Business Insider');
  });
});

describe('running npm run ask', () => {
  it('answers a question with the sentence and credit, exit 0', async () => {
    const run = await runCli(['who sued amazon']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[h-1] “Parler sues Amazon, claiming it violated antitrust laws”');
  });

  it('--json prints one parseable object; an unanswered question still exits 0', async () => {
    const run = await runCli(['--json', 'who is the weatherman']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ query: 'who is the weatherman', answered: false, answers: [] });
  });

  it('--json --batch answers every stdin line in order, one object per line', async () => {
    const run = await runCli(['--json', '--batch'], 'who sued amazon\n\ntro\nwhat is the weather\n');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: string; answered: boolean });
    expect(lines.map((l) => [l.query, l.answered])).toEqual([['who sued amazon', true], ['', false], ['tro', true], ['what is the weather', false]]);
  });

  it('prints a subcommand reply', async () => {
    const run = await runCli(['timeline']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('on Monday — 11 January 2021 (derived)');
  });

  it('exits 2 with usage on a usage error or an empty question', async () => {
    for (const args of [[], ['--nope'], ['   ']]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Usage:');
    }
  });
});
