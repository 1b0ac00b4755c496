import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseContent } from '../../../src/sequences/index.js';
import { detectMarkers, familiesFound } from '../../../src/sequences/markers/index.js';

const CONTENT = fileURLToPath(new URL('../../../content/sequences.yaml', import.meta.url));

/** The shipped storyboard, whose indicators the tests exercise. */
export const content = parseContent(readFileSync(CONTENT, 'utf8'), CONTENT);

/** The families found in a text, in content order. */
export function families(text: string): string[] {
  return familiesFound(detectMarkers(text, content), content);
}
