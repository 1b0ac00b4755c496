import { readFileSync } from 'node:fs';
import type { MarkerModel } from '../sequences/markers/index.js';
import { packageFile } from './package-files.js';

/** The learned scorer, written by `npm run train:markers` and shipped beside the content. */
const MODEL_PATH = packageFile('content/markers-model.json');

let loaded: MarkerModel | undefined | null = null;

/**
 * The shipped marker model, read once. Without it (a damaged or removed file), detection falls
 * back on the indicators alone rather than failing: the person's markers are still shown.
 */
export function loadMarkerModel(): MarkerModel | undefined {
  if (loaded !== null) return loaded;
  try {
    const model = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as MarkerModel;
    loaded = model?.format === 2 && Array.isArray(model.families) && typeof model.weights === 'object' && model.weights !== null ? model : undefined;
  } catch {
    loaded = undefined;
  }
  return loaded;
}
