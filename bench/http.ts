// `npm run bench:http`: load on the HTTP endpoint over loopback with autocannon (signed `/case ask` requests),
// and, in the same run, Ed25519 verification alone: node:crypto (what casebot uses) against tweetnacl.
import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import nacl from 'tweetnacl';
import { publicKeyFromHex, verifyInteractionSignature } from '../src/adapters/http/verifySignature.js';
import { readQuestionSet } from './questionSet.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = 3917;
const TARGET = { rps: 3000, p99Ms: 20 };
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const der = publicKey.export({ format: 'der', type: 'spki' });
const publicKeyHex = der.subarray(der.length - 32).toString('hex');

function signedAsk(question: string, timestamp: string): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({
    id: '1200000000000000001', application_id: '1200000000000000002', type: 2, token: 'bench', version: 1,
    data: { id: '1200000000000000003', name: 'case', type: 1, options: [{ name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] }] },
  });
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return { body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } };
}

async function startServer(cacheSize: number): Promise<() => void> {
  const child = spawn('node', ['dist/bin/startHttp.js'], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_PUBLIC_KEY: publicKeyHex, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ANSWER_CACHE_SIZE: String(cacheSize) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/healthz`)).ok) return () => child.kill('SIGTERM');
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error('the endpoint did not come up');
}

function verificationsPerSecond(verify: () => boolean, iterations = 5000): number {
  for (let i = 0; i < 200; i += 1) verify();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) if (!verify()) throw new Error('verification failed');
  return iterations / (Number(process.hrtime.bigint() - start) / 1e9);
}

// Always build first: a dist/ left from older sources would be measured instead of today's code.
await new Promise((resolve, reject) => spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).on('exit', (c) => (c === 0 ? resolve(null) : reject(new Error('build failed')))));
const questions = readQuestionSet(fileURLToPath(new URL('../test/fixtures/dev-questions.jsonl', import.meta.url))).map((q) => q.q);
const timestamp = String(Math.floor(Date.now() / 1000));
const requests = questions.map((q) => ({ method: 'POST' as const, path: '/interactions', ...signedAsk(q, timestamp) }));

// Twice: with the answer memo (the default; the questions repeat, as popular ones do in a server) and without
// it (every request searched and rendered anew), so both costs are visible side by side.
for (const [label, cacheSize] of [['answer memo on (default)', 1000], ['answer memo off (ANSWER_CACHE_SIZE=0)', 0]] as const) {
  const stop = await startServer(cacheSize);
  try {
    const result = await autocannon({ url: `http://127.0.0.1:${PORT}`, connections: 20, duration: DURATION_S, requests });
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(`\nHTTP endpoint, ${label}: signed /case ask over loopback (${DURATION_S} s, 20 connections, ${questions.length} distinct questions)`);
    console.log(`  requests/s  ${result.requests.average.toFixed(0)}   latency p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors ${errors}`);
    const met = result.requests.average >= TARGET.rps && result.latency.p99 < TARGET.p99Ms && errors === 0;
    console.log(`  target (≥ ${TARGET.rps} req/s, p99 < ${TARGET.p99Ms} ms, 0 errors): ${met ? 'met' : 'NOT met'}`);
  } finally {
    stop();
  }
  await new Promise((r) => setTimeout(r, 500));
}

const sample = signedAsk('who sued amazon', timestamp);
const message = Buffer.from(timestamp + sample.body);
const signature = Buffer.from(sample.headers['x-signature-ed25519'] ?? '', 'hex');
const key = publicKeyFromHex(publicKeyHex);
const naclKey = Buffer.from(publicKeyHex, 'hex');
const body = Buffer.from(sample.body);
const nodeRate = verificationsPerSecond(() => verifyInteractionSignature(key, signature.toString('hex'), timestamp, body));
const naclRate = verificationsPerSecond(() => nacl.sign.detached.verify(message, signature, naclKey), 1000);
console.log('\nEd25519 verification alone (one core):');
console.log(`  node:crypto (casebot)  ${nodeRate.toFixed(0).padStart(7)} verifications/s`);
console.log(`  tweetnacl              ${naclRate.toFixed(0).padStart(7)} verifications/s   (${(nodeRate / naclRate).toFixed(1)}× slower than node:crypto)`);
