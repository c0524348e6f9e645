// Entry point of `npm run ask`: answers from the terminal, no Discord needed. Exit 0 answered or not, 2 usage, 1 bad data.
import { createInterface } from 'node:readline';
import { USAGE, answerQuestion, parseCliArguments } from '../adapters/cli.js';
import { renderText } from '../adapters/renderText.js';
import { dispatch } from '../commands/dispatch.js';
import { contextOrExit } from './startup.js';

async function main(): Promise<number> {
  const parsed = parseCliArguments(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n\n${USAGE}\n`);
    return 2;
  }
  const { request } = parsed;
  if (request.mode === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const context = contextOrExit();
  if (request.mode === 'batch') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const { reply, json } = answerQuestion(context, line);
      if (reply.kind === 'invalid') process.stderr.write(`line "${line.slice(0, 60)}": ${reply.message}\n`);
      process.stdout.write(request.json ? `${JSON.stringify(json)}\n` : `${renderText(reply)}\n\n`);
    }
    return 0;
  }
  const { reply, json } = request.question === undefined
    ? { reply: dispatch(context, request.invocation), json: undefined }
    : answerQuestion(context, request.question);
  if (reply.kind === 'invalid') {
    process.stderr.write(`${reply.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (!request.json) process.stdout.write(`${renderText(reply)}\n`);
  else process.stdout.write(`${JSON.stringify(json ?? reply)}\n`);
  return 0;
}

process.exitCode = await main();
