import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr.js';
import { foldAccents } from './normalise.js';

// The French Snowball algorithm as generated for nlp.js: the same stems as the reference
// implementation, several times faster than the other packaged port, and stemming is most
// of what reading a text costs.
const french = new StemmerFr();

function stem(word: string): string {
  french.setCurrent(word);
  french.innerStem();
  return french.getCurrent();
}

/** A text has few distinct words: remembering their stems makes large texts cheap. */
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 200_000;

/**
 * The stems a lower-case word may be compared by. The French Snowball stemmer reads
 * accents ("activité" → "activ", "activite" → "activit"), so a word gets the stem of its
 * accented form and the stem of its folded form: a text typed without accents still meets
 * an indicator written with them. Stems are folded so that comparisons ignore accents.
 */
export function stemKeys(lower: string): readonly string[] {
  const known = cache.get(lower);
  if (known) return known;
  const folded = foldAccents(lower);
  const a = foldAccents(stem(lower));
  const b = folded === lower ? a : stem(folded);
  const keys = a === b ? [a] : [a, b];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, keys);
  return keys;
}
