// Start-up steps the entry points share: read .env, parse config, load the case pack; any failure exits 1
// with a message naming the variable or the file, entry and field.
import dotenv from 'dotenv';
import type { z } from 'zod';
import { type CaseContext, loadCaseContext } from '../commands/caseContext.js';
import { parseConfig } from '../config.js';
import { CasePackError } from '../data/dataProblem.js';

export function configOrExit<S extends z.ZodType>(schema: S): z.infer<S> {
  // Variables already set in the environment win over .env (dotenv's default), so tests and CI can override.
  dotenv.config({ quiet: true });
  const parsed = parseConfig(schema, process.env);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(1);
  }
  return parsed.config;
}

export function contextOrExit(): CaseContext {
  try {
    return loadCaseContext();
  } catch (error) {
    if (!(error instanceof CasePackError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
