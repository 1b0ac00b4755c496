/**
 * Word-level normalisation of French as people really type it: with or without accents,
 * with typographic or straight apostrophes, with abbreviations from association life.
 */

/** Folds a lower-case word to plain ASCII letters, so that "benevole" meets "bénévole". */
export function foldAccents(word: string): string {
  // Most French words are plain ASCII, which has nothing to fold.
  if (isAscii(word)) return word;
  return word
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Lower-cases and folds a word: the form that indicators and text are compared in. */
export function normaliseWord(word: string): string {
  return foldAccents(word.toLowerCase());
}

/**
 * Elided words (l', d', qu'…) stand for their full form, so that an indicator written
 * "prix d'achat" and a text typed "prix d’achat" or "prix de l'achat" meet.
 */
export const ELISIONS: ReadonlyMap<string, string> = new Map([
  ['l', 'le'],
  ['d', 'de'],
  ['qu', 'que'],
  ['n', 'ne'],
  ['s', 'se'],
  ['j', 'je'],
  ['c', 'ce'],
  ['m', 'me'],
  ['t', 'te'],
  ['jusqu', 'jusque'],
  ['lorsqu', 'lorsque'],
  ['puisqu', 'puisque'],
]);

/**
 * Abbreviations of association life, read as the words they stand for. Upper-case ones are
 * matched as typed only: "CA" is a board, "ca" is usually "ça".
 */
const ABBREVIATIONS_EXACT: ReadonlyMap<string, string[]> = new Map([
  ['CA', ['conseil', 'de', 'administration']],
  ['AG', ['assemblee', 'generale']],
  ['AGO', ['assemblee', 'generale']],
  ['AGE', ['assemblee', 'generale']],
  ['ESS', ['economie', 'sociale', 'et', 'solidaire']],
  ['COPIL', ['comite', 'de', 'pilotage']],
  ['QPV', ['quartier', 'prioritaire']],
]);

/** Lower-case abbreviations that are unambiguous in any case. */
const ABBREVIATIONS_ANY_CASE: ReadonlyMap<string, string[]> = new Map([
  ['asso', ['association']],
  ['assos', ['associations']],
  ['ag', ['assemblee', 'generale']],
  ['coop', ['cooperative']],
  ['coops', ['cooperateurs']],
  ['copil', ['comite', 'de', 'pilotage']],
  ['benevs', ['benevoles']],
  ['bénévs', ['benevoles']],
]);

/** The words an abbreviation stands for, or undefined when `word` is not one. */
export function expandAbbreviation(word: string): string[] | undefined {
  return ABBREVIATIONS_EXACT.get(word) ?? ABBREVIATIONS_ANY_CASE.get(word.toLowerCase());
}

/** Symbols that carry meaning in a project text: money and shares. */
export const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['€', 'euros'],
  ['%', 'pourcent'],
]);

/** French number words, so that "neuf partenaires" counts like "9 partenaires". */
const NUMBER_WORDS = new Set([
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
  'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante',
  'soixante', 'cent', 'cents', 'mille', 'dizaine', 'dizaines', 'douzaine', 'quinzaine',
  'vingtaine', 'trentaine', 'quarantaine', 'cinquantaine', 'centaine', 'centaines',
]);

/** Whether a normalised token is a number, in digits or in words (two or more). */
export function isNumberWord(norm: string): boolean {
  const first = norm.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || NUMBER_WORDS.has(norm);
}
