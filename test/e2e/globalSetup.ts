// Builds dist/ once per `vitest run`, so the e2e tests start the bot exactly as `npm start` does.
// A failed build is handed to the e2e files to report, so the unit suites still run and say their piece.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    distBuild: { readonly ok: boolean; readonly output: string };
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default async function buildDist(project: TestProject): Promise<void> {
  try {
    // Always rebuilt, never reused: a dist/ older than src/ would test yesterday's bot. tsc takes ~3 s.
    await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: ROOT });
    project.provide('distBuild', { ok: true, output: '' });
  } catch (error) {
    const output = error instanceof Error && 'stdout' in error && 'stderr' in error ? `${String(error.stdout)}${String(error.stderr)}` : String(error);
    project.provide('distBuild', { ok: false, output });
  }
}
