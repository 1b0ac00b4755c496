import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectMarkers } from '../../../src/sequences/markers/index.js';
import { content } from './helpers.js';

/** ../shared/dev-corpus beside the repository, as on every machine and in CI. */
const CORPUS = fileURLToPath(new URL('../../../../shared/dev-corpus/', import.meta.url));

interface Labelled {
  file: string;
  text: string;
  gold: Record<string, boolean>;
}

function load(): Labelled[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const doc = parse(readFileSync(`${CORPUS}${file}`, 'utf8')) as { text: string; gold: Record<string, boolean> };
      return { file, text: doc.text, gold: doc.gold };
    });
}

describe.skipIf(!existsSync(CORPUS))('the labelled development corpus', () => {
  const texts = existsSync(CORPUS) ? load() : [];

  it('has the 36 texts and six all-false controls it documents', () => {
    expect(texts).toHaveLength(36);
    expect(texts.filter((text) => text.file.includes('-neg-'))).toHaveLength(6);
  });

  it('is tagged with a micro-F1 of at least 0.90', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { text, gold } of texts) {
      const found = new Set(detectMarkers(text, content).map((hit) => hit.family));
      for (const [family, expected] of Object.entries(gold)) {
        if (expected && found.has(family)) tp++;
        else if (found.has(family)) fp++;
        else if (expected) fn++;
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds no marker at all in the ordinary businesses', () => {
    for (const { file, text } of texts.filter((candidate) => candidate.file.includes('-neg-'))) {
      expect(detectMarkers(text, content), file).toEqual([]);
    }
  });

  it('points every hit at the words that triggered it', () => {
    for (const { text } of texts) {
      for (const hit of detectMarkers(text, content)) {
        expect(hit.evidence).toBe(text.slice(hit.start, hit.end));
        expect(hit.evidence.trim().length).toBeGreaterThan(0);
      }
    }
  });
});
