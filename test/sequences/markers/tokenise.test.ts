import { describe, expect, it } from 'vitest';
import { foldAccents, normaliseWord } from '../../../src/sequences/markers/normalise.js';
import { forEachSentence, tokenise } from '../../../src/sequences/markers/tokenise.js';

const norms = (text: string) => tokenise(text).map((token) => token.norm);

describe('normalisation', () => {
  it('folds accents and ligatures so that typed-without-accents text meets accented indicators', () => {
    expect(foldAccents('bénévole œuvre')).toBe('benevole oeuvre');
    expect(normaliseWord('ÉCONOMIE')).toBe('economie');
  });

  it('reads elisions with straight or curly apostrophes as their full word', () => {
    expect(norms("l'association d’insertion qu'on aime")).toEqual(['le', 'association', 'de', 'insertion', 'que', 'on', 'aime']);
  });

  it('reads inclusive writing as the plain word, plural when it is', () => {
    expect(norms('les habitant·e·s et les élu.e.s, chacun·e, accordeur·euse·s')).toEqual([
      'les', 'habitants', 'et', 'les', 'elus', 'chacun', 'accordeurs',
    ]);
  });

  it('expands the abbreviations of association life, upper-case ones only as typed', () => {
    expect(norms('CA élu en AG, une asso de l’ESS')).toEqual([
      'conseil', 'de', 'administration', 'elu', 'en', 'assemblee', 'generale', 'une', 'association', 'de', 'le',
      'economie', 'sociale', 'et', 'solidaire',
    ]);
    expect(norms('ca marche')).toEqual(['ca', 'marche']);
  });

  it('splits hyphenated words and keeps decimal numbers whole', () => {
    expect(norms('tiers-lieu à 0,35 €')).toEqual(['tiers', 'lieu', 'a', '0,35', 'euros']);
  });
});

describe('tokenisation', () => {
  it('gives UTF-16 offsets into the original text, emoji and accents included', () => {
    const text = '🎉 Les bénévoles d’ici — 10 € !';
    for (const token of tokenise(text)) {
      const slice = text.slice(token.start, token.end).toLowerCase();
      expect(slice.startsWith(token.lower.slice(0, 1)) || token.lower === 'euros' || token.lower === 'de').toBe(true);
    }
    const benevoles = tokenise(text).find((token) => token.norm === 'benevoles');
    expect(text.slice(benevoles?.start, benevoles?.end)).toBe('bénévoles');
  });

  it('reads words of every Latin letter French and its neighbours write, Greek and Cyrillic ones too', () => {
    expect(norms('Œuvre, Ångström, Łódź, Nguyễn, ﬁn, m² et ½ part')).toEqual([
      'oeuvre', 'angstrom', 'łodz', 'nguyen', 'ﬁn', 'm²', 'et', '½', 'part',
    ]);
    expect(tokenise('aujourdʼhui').map((token) => token.lower)).toEqual(['aujourdʼhui']);
    expect(norms('Αθήνα и Москва')).toEqual(['αθηνα', 'и', 'москва']);
    // Other scripts match no French indicator: their words are left out, and offsets hold.
    const text = '日本 la mairie';
    expect(tokenise(text).map((token) => text.slice(token.start, token.end))).toEqual(['la', 'mairie']);
  });

  it('cuts clauses at commas and colons, but not inside numbers', () => {
    const clauses = tokenise('pas de local, mais une salle : 1,5 €').map((token) => token.clause);
    expect(clauses).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
  });
});

describe('sentences and line breaks', () => {
  const sentences = (text: string) => {
    const out: string[] = [];
    forEachSentence(text, (tokens) => out.push(tokens.map((token) => token.norm).join(' ')));
    return out;
  };

  it('reads a hard-wrapped line that goes on with a lower-case word as one sentence', () => {
    expect(sentences('la secrétaire de mairie de chaque\n  village connaît tout le monde.')).toEqual([
      'la secretaire de mairie de chaque village connait tout le monde',
    ]);
  });

  it('still ends a sentence at a line break before a capital, a bullet or a blank line', () => {
    expect(sentences('Le Bus numérique\nPrendre rendez-vous\n- constat\n\nla suite')).toEqual([
      'le bus numerique',
      'prendre rendez vous',
      'constat',
      'la suite',
    ]);
  });
});
