import { describe, expect, it } from 'vitest';
import { type CompiledMarker, compileDetector } from '../../../src/sequences/markers/indicators.js';
import { applyMarkerRules, looksLikeOrdinaryBusiness } from '../../../src/sequences/markers/rules.js';
import { type RawHit, scanText } from '../../../src/sequences/markers/scan.js';
import { content } from './helpers.js';

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

describe('the signs of a business and of a social project, as the shipped content writes them', () => {
  const signs = (text: string) => {
    const { social, commercial } = scanText(text, compileDetector(content));
    return { social, commercial };
  };

  it('reads « une grande enseigne » and « des enseignes » as shops, « j’enseigne » as a verb', () => {
    expect(signs('Une grande enseigne de prêt-à-porter s’installe en ville.').commercial).toBeGreaterThan(0);
    expect(signs('Les enseignes du centre commercial ferment le dimanche.').commercial).toBeGreaterThan(0);
    expect(signs('J’enseigne la couture le samedi matin.').commercial).toBe(0);
  });

  it('reads « détenu par » as an owner, « les détenus » as prisoners', () => {
    expect(signs('La clinique voisine est détenue par des fonds de pension.')).toEqual({ social: 0, commercial: 1 });
    expect(signs('Les détenus de la maison d’arrêt suivent l’atelier.').social).toBe(1);
  });

  it('reads childminders who set up together as a private childcare business', () => {
    expect(signs('Trois assistantes maternelles ouvrent une MAM : douze enfants gardés par des nounous.').commercial).toBe(3);
  });

  it('reads an owner who lets out the place as a business', () => {
    expect(signs('J’en suis propriétaire depuis 2016 : ce sont des ateliers que je loue à des artisans.').commercial).toBe(2);
    expect(signs('La commune est propriétaire du bâtiment, que nous louons pour un euro.').commercial).toBe(0);
  });
});
