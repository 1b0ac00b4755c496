import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseContent } from '../../../src/sequences/index.js';
import { type DetectOptions, detectMarkers, familiesFound, type MarkerModel } from '../../../src/sequences/markers/index.js';

const CONTENT = fileURLToPath(new URL('../../../content/sequences.yaml', import.meta.url));
const MODEL = fileURLToPath(new URL('../../../content/markers-model.json', import.meta.url));

/** The shipped storyboard, whose indicators the tests exercise. */
export const content = parseContent(readFileSync(CONTENT, 'utf8'), CONTENT);

/** The shipped learned scorer, as `markers` and `clap` use it. */
export const model = JSON.parse(readFileSync(MODEL, 'utf8')) as MarkerModel;
export const shipped: DetectOptions = { model };

/** The families found in a text, in content order. */
export function families(text: string): string[] {
  return familiesFound(detectMarkers(text, content), content);
}

/** A text labelled by hand in the dev-corpus format (../shared/dev-corpus/README.md). */
export interface Labelled {
  file: string;
  text: string;
  gold: Record<string, boolean>;
  evidence: Record<string, string | string[]>;
}

/** Every labelled text of a folder, by file name. */
export function loadLabelled(folder: string): Labelled[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const doc = parse(readFileSync(join(folder, file), 'utf8')) as Omit<Labelled, 'file'>;
      return { file, text: doc.text, gold: doc.gold, evidence: doc.evidence ?? {} };
    });
}

/** The micro-averaged F1 of the families found against the labels, as shipped (indicators and model). */
export function microF1(texts: readonly Labelled[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { text, gold } of texts) {
    const found = new Set(detectMarkers(text, content, shipped).map((hit) => hit.family));
    for (const [family, expected] of Object.entries(gold)) {
      if (expected && found.has(family)) tp++;
      else if (found.has(family)) fp++;
      else if (expected) fn++;
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return (2 * precision * recall) / (precision + recall);
}
