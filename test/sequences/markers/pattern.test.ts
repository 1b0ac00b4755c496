import { describe, expect, it } from 'vitest';
import { PatternIndex } from '../../../src/sequences/markers/match.js';
import { type Pattern, parsePattern } from '../../../src/sequences/markers/pattern.js';
import { forEachSentence } from '../../../src/sequences/markers/tokenise.js';

function parse(source: string): Pattern {
  const pattern = parsePattern(source);
  if ('error' in pattern) throw new Error(pattern.error);
  return pattern;
}

/** The text each match of `source` covers in `text`. */
function matches(source: string, text: string): string[] {
  const index = new PatternIndex([parse(source)]);
  const found: string[] = [];
  forEachSentence(text, (tokens) => {
    for (const match of index.matchSentence(tokens)) {
      found.push(text.slice(tokens[match.tokens[0] as number]?.start, tokens[match.tokens.at(-1) as number]?.end));
    }
  });
  return found;
}

describe('indicator syntax', () => {
  it('matches words through their stem, whatever the inflection or the accents', () => {
    expect(matches('subvention', 'deux subventions reçues')).toEqual(['subventions']);
    expect(matches('bénévoles', 'un benevole')).toEqual(['benevole']);
    expect(matches('précarité', 'en situation de precarite')).toEqual(['precarite']);
  });

  it('matches a beginning with *, an exact word with =, a number with #', () => {
    expect(matches('coopérat*', 'une coopérative')).toEqual(['coopérative']);
    expect(matches('=don', 'on donne un don')).toEqual(['don']);
    expect(matches('# partenaires', 'neuf partenaires et 12 partenaires, un partenaire')).toEqual(['neuf partenaires', '12 partenaires']);
  });

  it('allows one word between two words by default, more with … or ~N, never across sentences', () => {
    expect(matches('prix libre', 'un prix vraiment libre')).toEqual(['prix vraiment libre']);
    expect(matches('prix libre', 'un prix qui reste libre')).toEqual([]);
    expect(matches('prix … libre', 'un prix qui reste libre')).toEqual(['prix qui reste libre']);
    expect(matches('mairie ~2 prête', 'la mairie nous la prête')).toEqual(['mairie nous la prête']);
    expect(matches('mairie … prête', 'la mairie. Elle prête')).toEqual([]);
  });

  it('reads alternatives of one word with |, of several words in brackets, optional words with ?', () => {
    expect(matches('(conseil départemental|mairie) finance', 'le conseil départemental finance')).toHaveLength(1);
    expect(matches('(conseil départemental|mairie) finance', 'la mairie finance')).toHaveLength(1);
    expect(matches('vente|revente', 'la revente')).toEqual(['revente']);
    expect(matches('vendu à très? bas prix', 'vendu à bas prix')).toEqual(['vendu à bas prix']);
    expect(matches('vendu à très? bas prix', 'vendu à très bas prix')).toEqual(['vendu à très bas prix']);
  });

  it('explains what is wrong with an indicator, in French', () => {
    expect(parsePattern('ab*')).toEqual({ error: expect.stringContaining('au moins 3 lettres') });
    expect(parsePattern('prix …')).toEqual({ error: expect.stringContaining('écart') });
    expect(parsePattern('(a|b')).toEqual({ error: expect.stringContaining('pas fermée') });
    expect(parsePattern('vente||prix')).toEqual({ error: expect.stringContaining('alternative vide') });
    expect(parsePattern('mot? prix')).toEqual({ error: expect.stringContaining('facultatif') });
  });
});
