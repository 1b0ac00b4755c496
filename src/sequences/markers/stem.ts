import snowball from 'snowball-stemmers';
import { foldAccents } from './normalise.js';

const french = snowball.newStemmer('french');

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
  const a = foldAccents(french.stem(lower));
  const b = french.stem(folded);
  const keys = a === b ? [a] : [a, b];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, keys);
  return keys;
}
