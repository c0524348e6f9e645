// `npm run train`: fits the question model on the holdouts in QUESTION_SETS and the pack's phrasings, and writes
// data/cases/parler-v-amazon/model.json. Rerun it after editing the pack or adding a question set: a test fails
// while model.json is not what this would write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CASE_DIRECTORY, loadCasePack } from '../src/data/loadCasePack.js';
import type { ModelFile } from '../src/data/schemas.js';
import { buildCaseIndex } from '../src/search/caseIndex.js';
import { trainQuestionModel } from '../src/search/trainQuestionModel.js';
import { fingerprintOf, phrasingExamples, questionExamples, trainingQuestionSets } from './trainingSet.js';

// Without model.json: training must work when the model is stale or broken, which is when it is needed.
const pack = loadCasePack(DEFAULT_CASE_DIRECTORY, { model: false });
const index = buildCaseIndex(pack);
const sets = trainingQuestionSets();
const questions = questionExamples(pack, index, sets.flatMap((s) => s.questions));
const phrasings = phrasingExamples(pack, index);
const examples = [...questions, ...phrasings];
const model: ModelFile = {
  about: 'Written by `npm run train` (bench/train.ts); do not edit by hand. See src/search/questionModel.ts.',
  trainedOn: { questions: questions.length, phrasings: phrasings.length, fingerprint: fingerprintOf(pack, examples) },
  facts: pack.facts.map((f) => f.id),
  ...trainQuestionModel(examples, pack.facts.length + 1),
};
const file = join(pack.directory, 'model.json');
// One feature a line, so a retrained model's diff shows which features changed.
const { weights, ...head } = model;
const headLines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
const weightLines = Object.entries(weights).map(([feature, pairs]) => `    ${JSON.stringify(feature)}: ${JSON.stringify(pairs)}`);
writeFileSync(file, ['{', ...headLines, '  "weights": {', weightLines.join(',\n'), '  }', '}', ''].join('\n'));
console.log(`${file}: ${sets.length} question sets (${questions.length} questions) and ${phrasings.length} phrasings; ${Object.keys(model.weights).length} features kept`);
