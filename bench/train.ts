// `npm run train`: fits the question model on the holdouts in QUESTION_SETS and the pack's phrasings, and writes
// data/cases/parler-v-amazon/model.json. Rerun it after editing the pack or adding a question set: a test fails
// while model.json is not what this would write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CASE_DIRECTORY, loadCasePack } from '../src/data/loadCasePack.js';
import { buildCaseIndex } from '../src/search/caseIndex.js';
import { trainingQuestionSets, trainModelFile } from './trainingSet.js';

// Without model.json: training must work when the model is stale or broken, which is when it is needed.
const pack = loadCasePack(DEFAULT_CASE_DIRECTORY, { model: false });
const sets = trainingQuestionSets();
const model = trainModelFile(
  pack,
  buildCaseIndex(pack),
  sets.flatMap((s) => s.questions),
  'Written by `npm run train` (bench/train.ts); do not edit by hand. See src/search/questionModel.ts.',
);
const file = join(pack.directory, 'model.json');
// One feature a line, so a retrained model's diff shows which features changed.
const { weights, ...head } = model;
const headLines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
const weightLines = Object.entries(weights).map(([feature, pairs]) => `    ${JSON.stringify(feature)}: ${JSON.stringify(pairs)}`);
writeFileSync(file, ['{', ...headLines, '  "weights": {', weightLines.join(',\n'), '  }', '}', ''].join('\n'));
console.log(`${file}: ${sets.length} question sets (${model.trainedOn.questions} questions) and ${model.trainedOn.phrasings} phrasings; ${Object.keys(model.weights).length} features kept`);
