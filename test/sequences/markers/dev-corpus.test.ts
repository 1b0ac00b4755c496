import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectMarkers } from '../../../src/sequences/markers/index.js';
import { content, loadLabelled, microF1, shipped } from './helpers.js';

/** ../shared/dev-corpus beside the repository, as on every machine and in CI. */
const CORPUS = fileURLToPath(new URL('../../../../shared/dev-corpus/', import.meta.url));

const load = () => loadLabelled(CORPUS);

describe.skipIf(!existsSync(CORPUS))('the labelled development corpus', () => {
  const texts = existsSync(CORPUS) ? load() : [];

  it('has the 36 texts and six all-false controls it documents', () => {
    expect(texts).toHaveLength(36);
    expect(texts.filter((text) => text.file.includes('-neg-'))).toHaveLength(6);
  });

  it('is tagged with a micro-F1 of at least 0.90', () => {
    expect(microF1(texts)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds no marker at all in the ordinary businesses', () => {
    for (const { file, text } of texts.filter((candidate) => candidate.file.includes('-neg-'))) {
      expect(detectMarkers(text, content, shipped), file).toEqual([]);
    }
  });

  it('points every hit at the words that triggered it', () => {
    for (const { text } of texts) {
      for (const hit of detectMarkers(text, content, shipped)) {
        expect(hit.evidence).toBe(text.slice(hit.start, hit.end));
        expect(hit.evidence.trim().length).toBeGreaterThan(0);
      }
    }
  });
});
