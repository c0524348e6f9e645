// Entry point of `npm run check-data [directory]`: validates a case pack and prints every problem. Exit 0 valid, 1 not.
import { CasePackError } from '../data/dataProblem.js';
import { loadCasePack } from '../data/loadCasePack.js';

try {
  const pack = loadCasePack(process.argv[2]);
  console.log(
    `${pack.directory}: valid — ${pack.sentences.length} content sentences, all cited; ` +
      `${pack.facts.length} facts, ${pack.gaps.length} known gaps, ${pack.timeline.length} timeline events, ${pack.lexicon.length} lexicon groups; ` +
      (pack.model === undefined
        ? 'no question model (model.json): the search uses its terms alone.'
        : `a question model of ${Object.keys(pack.model.weights).length} features, trained on ${pack.model.trainedOn.questions} questions.`),
  );
} catch (error) {
  if (!(error instanceof CasePackError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
