import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectMarkers } from '../../../src/sequences/markers/index.js';
import { content, loadLabelled, microF1 } from './helpers.js';

/**
 * 16 texts written blind, before the indicators were read, imitating real public French texts on
 * topics the other sets lack (a cooperative health centre, a women's entrepreneurship association,
 * a café des enfants, a foncière solidaire, a bistrot saved by villagers, a building-materials
 * reuse platform, an inclusive sport club, a 1-euro hairdresser, a community radio, a bike workshop
 * in a prison, a municipal health insurance scheme). Untuned, the engine scored a micro-F1 of 0.712
 * (P 0.933, R 0.575) on them, with no false marker on the businesses (an organic shop chain, a
 * multiplex cinema, a coliving company, an outdoor brand "engagée pour la planète", a family
 * campsite "ancré dans son territoire"). `-biz-` files are ordinary businesses with no marker.
 */
const SET = fileURLToPath(new URL('../../fixtures/markers-blind-5/', import.meta.url));

const texts = loadLabelled(SET);

describe('the fifth blind evaluation set', () => {
  it('has 16 texts, 5 of them ordinary businesses, with evidence quoted from each text', () => {
    expect(texts).toHaveLength(16);
    const businesses = texts.filter((text) => text.file.includes('-biz-'));
    expect(businesses).toHaveLength(5);
    for (const business of businesses) expect(Object.values(business.gold).some(Boolean), business.file).toBe(false);
    for (const { file, text, gold, evidence } of texts) {
      expect(Object.keys(gold), file).toHaveLength(11);
      for (const [family, quotes] of Object.entries(evidence)) {
        expect(gold[family], `${file} ${family}`).toBe(true);
        for (const quote of [quotes].flat()) expect(text, `${file} ${family}`).toContain(quote);
      }
    }
  });

  it('is tagged with a micro-F1 of at least 0.88', () => {
    expect(microF1(texts)).toBeGreaterThanOrEqual(0.88);
  });

  it('finds at most one false marker in all its ordinary businesses', () => {
    const found = texts
      .filter((text) => text.file.includes('-biz-'))
      .flatMap(({ file, text }) => [...new Set(detectMarkers(text, content).map((hit) => `${file}: ${hit.family}`))]);
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(1);
  });
});
