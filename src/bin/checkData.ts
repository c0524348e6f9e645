// Entry point of `npm run check-data [directory]`: validates a case pack and prints every problem. Exit 0 valid, 1 not.
import { CasePackError } from '../data/dataProblem.js';
import { loadCasePack } from '../data/loadCasePack.js';

try {
  const pack = loadCasePack(process.argv[2]);
  console.log(
    `${pack.directory}: valid — ${pack.sentences.length} content sentences, all cited; ` +
      `${pack.facts.length} facts, ${pack.gaps.length} known gaps, ${pack.timeline.length} timeline events, ${pack.lexicon.length} lexicon groups.`,
  );
} catch (error) {
  if (!(error instanceof CasePackError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
