import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectMarkers } from '../../../src/sequences/markers/index.js';
import { content, loadLabelled, microF1, shipped } from './helpers.js';

/**
 * The labelled sets written in this repository beside ../shared/dev-corpus, each in styles and
 * on projects the others lack (press, association pages, funders' sheets, bulletins, reports,
 * crowdfunding pages…), each with ordinary businesses (`-biz-` files) that use tempting words
 * and have no marker. Each was scored once before any tuning on it (`blind`), then the
 * indicators were generalised: the thresholds below guard what was reached since. Calibrated
 * on real writing (test/fixtures/real/), the model adds less to our own prose: blind-10 went
 * from 0.98 to 0.94, blind-11 from 0.92 to 0.885. Letting it add a family to a whole text when
 * right a third of the time or more (real texts: CV 0.771 -> 0.778, dev 0.689 -> 0.701) costs
 * our prose a few false additions: blind-7 0.94 -> 0.92, blind-10 0.94 -> 0.92, blind-11
 * 0.885 -> 0.835, blind-3 0.88 -> 0.875.
 */
const SETS = [
  { folder: 'markers-heldout-style', texts: 24, businesses: 7, blind: 0.728, threshold: 0.93 },
  { folder: 'markers-blind-3', texts: 20, businesses: 6, blind: 0.638, threshold: 0.87 },
  { folder: 'markers-blind-4', texts: 20, businesses: 6, blind: 0.734, threshold: 0.9 },
  { folder: 'markers-blind-5', texts: 16, businesses: 5, blind: 0.712, threshold: 0.88 },
  { folder: 'markers-blind-6', texts: 14, businesses: 4, blind: 0.742, threshold: 0.88 },
  { folder: 'markers-blind-7', texts: 12, businesses: 3, blind: 0.706, threshold: 0.92 },
  { folder: 'markers-blind-8', texts: 12, businesses: 3, blind: 0.8, threshold: 0.86 },
  { folder: 'markers-blind-9', texts: 12, businesses: 3, blind: 0.711, threshold: 0.85 },
  { folder: 'markers-blind-10', texts: 12, businesses: 3, blind: 0.847, threshold: 0.92 },
  { folder: 'markers-blind-11', texts: 12, businesses: 3, blind: 0.821, threshold: 0.83 },
];

describe.each(SETS)('the labelled set $folder (blind micro-F1 $blind)', ({ folder, texts: count, businesses: bizCount, threshold }) => {
  const texts = loadLabelled(fileURLToPath(new URL(`../../fixtures/${folder}/`, import.meta.url)));
  const businesses = texts.filter((text) => text.file.includes('-biz-'));

  it(`has ${count} texts, ${bizCount} of them ordinary businesses, with evidence quoted from each text`, () => {
    expect(texts).toHaveLength(count);
    expect(businesses).toHaveLength(bizCount);
    for (const business of businesses) expect(Object.values(business.gold).some(Boolean), business.file).toBe(false);
    for (const { file, text, gold, evidence } of texts) {
      expect(Object.keys(gold), file).toHaveLength(11);
      for (const [family, quotes] of Object.entries(evidence)) {
        expect(gold[family], `${file} ${family}`).toBe(true);
        for (const quote of [quotes].flat()) expect(text, `${file} ${family}`).toContain(quote);
      }
    }
  });

  it(`is tagged with a micro-F1 of at least ${threshold}`, () => {
    expect(microF1(texts)).toBeGreaterThanOrEqual(threshold);
  });

  it('finds at most one false marker in all its ordinary businesses', () => {
    const found = businesses.flatMap(({ file, text }) => [...new Set(detectMarkers(text, content, shipped).map((hit) => `${file}: ${hit.family}`))]);
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(1);
  });
});
