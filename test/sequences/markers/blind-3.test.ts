import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectMarkers } from '../../../src/sequences/markers/index.js';
import { content } from './helpers.js';

/**
 * 20 texts written blind, before the indicators were read, in styles the other sets lack
 * (regional daily press, a municipal bulletin, a funder's winner list, a founder's LinkedIn
 * post, a crowdfunding page, an activity report, a radio interview, an award citation).
 * Untuned, the engine scored a micro-F1 of 0.638 on them, with 8 false markers on the
 * businesses. `-biz-` files are ordinary businesses with tempting words and no marker.
 */
const SET = fileURLToPath(new URL('../../fixtures/markers-blind-3/', import.meta.url));

interface Labelled {
  file: string;
  text: string;
  gold: Record<string, boolean>;
  evidence: Record<string, string | string[]>;
}

const texts: Labelled[] = readdirSync(SET)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const doc = parse(readFileSync(`${SET}${file}`, 'utf8')) as Omit<Labelled, 'file'>;
    return { file, text: doc.text, gold: doc.gold, evidence: doc.evidence };
  });

describe('the third blind evaluation set', () => {
  it('has 20 texts, 6 of them ordinary businesses, with evidence quoted from each text', () => {
    expect(texts).toHaveLength(20);
    const businesses = texts.filter((text) => text.file.includes('-biz-'));
    expect(businesses).toHaveLength(6);
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
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.88);
  });

  it('finds at most one false marker in all its ordinary businesses', () => {
    const found = texts
      .filter((text) => text.file.includes('-biz-'))
      .flatMap(({ file, text }) => [...new Set(detectMarkers(text, content).map((hit) => `${file}: ${hit.family}`))]);
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(1);
  });
});
