import { describe, expect, it } from 'vitest';
import type { CompiledMarker } from '../../../src/sequences/markers/indicators.js';
import { applyMarkerRules, looksLikeOrdinaryBusiness } from '../../../src/sequences/markers/rules.js';
import type { RawHit } from '../../../src/sequences/markers/scan.js';

const marker: CompiledMarker = {
  family: 'gouvernance-partagee',
  marker: 'decision-collegiale',
  label: 'Prise de décision collégiale',
  kinds: undefined,
  negation: 'cancels',
  plans: 'ignore',
  hasRequires: false,
};
const hit = (source: string, start: number, end: number): RawHit & { source: string } => ({ marker: 0, kind: undefined, alone: false, start, end, source });

describe('applyMarkerRules', () => {
  it('reports overlapping evidence of one answer once, even when another answer has a hit in between', () => {
    const kept = applyMarkerRules([marker], [hit('a', 10, 30), hit('b', 11, 12), hit('a', 12, 40)]);
    expect(kept.map(({ source, start, end }) => `${source}:${start}-${end}`).sort()).toEqual(['a:12-40', 'b:11-12']);
  });
});

describe('looksLikeOrdinaryBusiness', () => {
  it('reads a long text that never names a social or collective project as a business', () => {
    expect(looksLikeOrdinaryBusiness(0, 0, 120)).toBe(true);
    expect(looksLikeOrdinaryBusiness(1, 0, 120)).toBe(false);
  });

  it('does not judge a short text by what it leaves out', () => {
    expect(looksLikeOrdinaryBusiness(0, 0, 20)).toBe(false);
  });

  it('weighs business signals against social ones', () => {
    expect(looksLikeOrdinaryBusiness(1, 3, 120)).toBe(true);
    expect(looksLikeOrdinaryBusiness(2, 3, 120)).toBe(false);
  });
});
