import { ELISIONS, expandAbbreviation, normaliseWord, SYMBOLS } from './normalise.js';
import { stemKeys } from './stem.js';

/** What a word's form says, whatever its place: computed once per distinct form. */
interface WordInfo {
  lower: string;
  norm: string;
  head: string;
  keys: readonly string[];
}
const words = new Map<string, WordInfo>();
/** A form as typed → the word(s) it is read as (abbreviations give several). */
const forms = new Map<string, readonly WordInfo[]>();
const CACHE_LIMIT = 200_000;

function wordInfo(lower: string): WordInfo {
  let info = words.get(lower);
  if (!info) {
    const norm = normaliseWord(lower);
    info = { lower, norm, head: norm.slice(0, 3), keys: stemKeys(lower) };
    if (words.size >= CACHE_LIMIT) words.clear();
    words.set(lower, info);
  }
  return info;
}

function formInfo(raw: string): readonly WordInfo[] {
  let info = forms.get(raw);
  if (!info) {
    const expansion = raw.length <= 5 ? expandAbbreviation(raw) : undefined;
    info = expansion ? expansion.map(wordInfo) : [wordInfo(inclusiveToPlain(raw.toLowerCase()))];
    if (forms.size >= CACHE_LIMIT) forms.clear();
    forms.set(raw, info);
  }
  return info;
}

/** A word of the analysed text, with where it lies in the original (UTF-16 offsets). */
export interface Token {
  start: number;
  end: number;
  /** Lower-case, accents folded, elisions and abbreviations expanded: "l'" → "le". */
  norm: string;
  /** Lower-case with its accents: negation must tell "ne" from "né". */
  lower: string;
  /** The first three letters of `norm`, where prefix indicators are looked up. */
  head: string;
  /** Folded stems, see stemKeys. */
  keys: readonly string[];
  /** Clauses are cut by commas, colons, brackets: negation does not cross them. */
  clause: number;
}

/** Inclusive-writing endings after a plain dot: "habitant.e.s", "élu.e.s", "acteur.rice.s". */
const DOT_ENDINGS = 'e|es|s|ne|nes|trice|trices|rice|rices|euse|euses|le|les|te|tes|ice|ices';

/**
 * The letters words are made of: the Latin alphabet with every accent and ligature French and its
 * neighbours write (Latin-1, Latin Extended, IPA, modifier letters such as the apostrophe ʼ, the
 * ﬁ ﬂ ligatures), Greek and Cyrillic. \p{L} would take the letters of every script, but its
 * hundreds of ranges cost V8 more to compile than reading a whole project's answers does, on
 * every run of `clap`; a word in another script matches no French indicator anyway.
 */
const LETTER =
  'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u0370-\u0373\u0376\u0377\u037b-\u037d\u037f\u0386\u0388-\u03f5\u03f7-\u03ff\u0400-\u0481\u048a-\u052f\u1e00-\u1eff\ufb00-\ufb06';
/** Digits, with the superscripts and fractions of Latin-1 (« m² », « ½ »). */
const DIGIT = '0-9\u00b2\u00b3\u00b9\u00bc-\u00be';

// Numbers with separators, words (with inclusive writing), apostrophes, € and %, sentence ends,
// clause breaks. No capturing groups: a match is told apart by its first character (see kindOf),
// which spares an array of seven pieces per word. Non-ASCII characters are written as escapes
// here: the build keeps the bundles ASCII, and cannot escape them inside String.raw.
const TOKEN = new RegExp(
  [
    String.raw`\d+(?:[.,]\d+)+`,
    `[${LETTER}${DIGIT}]+(?:(?:[\u00b7\u2022\u2219][${LETTER}]+)+|(?:\\.(?:${DOT_ENDINGS})(?![${LETTER}${DIGIT}]))+)?`,
    "['\u2019\u02bc`]",
    '[€%]',
    String.raw`\n|[.!?\u2026]+`,
    String.raw`[,;:()\[\]\u2013\u2014]|(?<=\s)-(?=\s)`,
  ].join('|'),
  'gu',
);
const NUMBER = /^\d+(?:[.,]\d+)+$/;

type Kind = 'number' | 'word' | 'apostrophe' | 'symbol' | 'end' | 'clause';

/**
 * Which alternative of TOKEN matched. A word that looks like a number with separators cannot
 * be one: the number alternative comes first and would have matched the same characters.
 */
function kindOf(raw: string): Kind {
  switch (raw.charCodeAt(0)) {
    case 0x27: // '
    case 0x2019: // ’
    case 0x60: // `
      // ʼ (U+02BC) is a letter for Unicode: the word alternative, first, always takes it.
      return 'apostrophe';
    case 0x20ac: // €
    case 0x25: // %
      return 'symbol';
    case 0x0a: // line feed
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x2026: // …
      return 'end';
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x28: // (
    case 0x29: // )
    case 0x5b: // [
    case 0x5d: // ]
    case 0x2013: // –
    case 0x2014: // —
    case 0x2d: // -
      return 'clause';
    default:
      return NUMBER.test(raw) ? 'number' : 'word';
  }
}

/** A sentence too long to be one (a pasted table, a text without stops) is cut here. */
const MAX_SENTENCE_TOKENS = 400;

/**
 * Reads the text sentence by sentence and hands each one's tokens to `visit`. Working one
 * sentence at a time keeps memory flat and cost linear, whatever the size of the text.
 */
export function forEachSentence(text: string, visit: (tokens: Token[]) => void): void {
  let tokens: Token[] = [];
  let clause = 0;
  const flush = () => {
    if (tokens.length > 0) visit(tokens);
    tokens = [];
    clause = 0;
  };
  const push = (start: number, end: number, info: WordInfo) => {
    tokens.push({ start, end, norm: info.norm, lower: info.lower, head: info.head, keys: info.keys, clause });
    if (tokens.length >= MAX_SENTENCE_TOKENS) flush();
  };

  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const start = match.index;
    const raw = match[0];
    const end = start + raw.length;
    const kind = kindOf(raw);
    if (kind === 'word') {
      const next = text.charCodeAt(end);
      if (next === 0x27 || next === 0x2019 || next === 0x2bc || next === 0x60) {
        const full = ELISIONS.get(raw.toLowerCase());
        if (full) {
          push(start, end + 1, wordInfo(full));
          continue;
        }
      }
      const infos = formInfo(raw);
      for (let i = 0; i < infos.length; i++) push(start, end, infos[i] as WordInfo);
    } else if (kind === 'number') {
      push(start, end, wordInfo(raw));
    } else if (kind === 'symbol') {
      push(start, end, wordInfo(SYMBOLS.get(raw) ?? raw));
    } else if (kind === 'end') {
      if (raw === '\n' && continuesSentence(text, end)) continue;
      flush();
    } else if (kind === 'clause') {
      if (!isDecimalComma(text, start)) clause++;
    }
  }
  flush();
}

/** All the tokens of a text, for tests and small inputs. */
export function tokenise(text: string): Token[] {
  const all: Token[] = [];
  // One by one: a sentence of a million words spread into push() would overflow the stack.
  forEachSentence(text, (tokens) => {
    for (const token of tokens) all.push(token);
  });
  return all;
}

/**
 * "habitant·e·s" is read "habitants", "accordeur·euse·s" "accordeurs", "chacun·e" "chacun":
 * the first piece, plural when the last piece is.
 */
function inclusiveToPlain(lower: string): string {
  if (!/[·•∙.]/.test(lower)) return lower;
  const pieces = lower.split(/[·•∙.]/);
  if (pieces.length === 1) return lower;
  const head = pieces[0] ?? lower;
  const last = pieces[pieces.length - 1] ?? '';
  return last.endsWith('s') && !head.endsWith('s') ? `${head}s` : head;
}

/**
 * A hard-wrapped line ("… de chaque\nvillage, qui …") goes on with a lower-case word: the line
 * break is then a mere space. A blank line, a bullet, a heading followed by a capital still end
 * the sentence.
 */
function continuesSentence(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const next = text.codePointAt(i);
  if (next === undefined) return false;
  return /\p{Ll}/u.test(String.fromCodePoint(next));
}

function isDecimalComma(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  return before >= 48 && before <= 57 && after >= 48 && after <= 57;
}
