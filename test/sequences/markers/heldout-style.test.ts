import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectMarkers } from '../../../src/sequences/markers/index.js';
import { content, loadLabelled, microF1 } from './helpers.js';

/**
 * 24 texts written the way real public texts are (local press, association pages, funders'
 * project sheets, business sites), not the way the dev corpus is: a check that the indicators
 * describe concepts rather than the dev corpus's phrasings. `-biz-` files are ordinary
 * businesses with tempting words and no marker.
 */
const SET = fileURLToPath(new URL('../../fixtures/markers-heldout-style/', import.meta.url));

const texts = loadLabelled(SET);

describe('the held-out-style evaluation set', () => {
  it('has 24 texts, 7 of them ordinary businesses, with evidence quoted from each text', () => {
    expect(texts).toHaveLength(24);
    const businesses = texts.filter((text) => text.file.includes('-biz-'));
    expect(businesses).toHaveLength(7);
    for (const business of businesses) expect(Object.values(business.gold).some(Boolean), business.file).toBe(false);
    for (const { file, text, gold, evidence } of texts) {
      expect(Object.keys(gold), file).toHaveLength(11);
      for (const [family, quotes] of Object.entries(evidence)) {
        expect(gold[family], `${file} ${family}`).toBe(true);
        for (const quote of [quotes].flat()) expect(text, `${file} ${family}`).toContain(quote);
      }
    }
  });

  it('is tagged with a micro-F1 of at least 0.93', () => {
    expect(microF1(texts)).toBeGreaterThanOrEqual(0.93);
  });

  it('finds at most one false marker in all its ordinary businesses', () => {
    const found = texts
      .filter((text) => text.file.includes('-biz-'))
      .flatMap(({ file, text }) => [...new Set(detectMarkers(text, content).map((hit) => `${file}: ${hit.family}`))]);
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(1);
  });
});
