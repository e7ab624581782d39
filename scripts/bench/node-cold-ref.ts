/** The reference cold start: general-purpose JS NLP (compromise) finding people in the same text. */
import { benchText, measureColdStart } from './cold-measure.js';

void measureColdStart(
  async () => (await import('compromise')).default,
  async (nlp) => ((nlp as (t: string) => { people(): { out(f: string): string[] } })(benchText()).people().out('array')).length,
);
