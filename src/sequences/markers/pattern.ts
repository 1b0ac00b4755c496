import { normaliseWord } from './normalise.js';
import { tokenise } from './tokenise.js';

/** One word of an indicator, and how a word of the text may match it. */
export type Atom =
  | { type: 'stem'; keys: readonly string[] }
  | { type: 'prefix'; prefix: string }
  | { type: 'exact'; norm: string }
  | { type: 'number' };

/**
 * A place in an indicator: one of several alternatives, each a short run of words. One-word
 * alternatives, by far the most, are grouped by how a word is compared, so that the matcher
 * looks a word up once instead of trying fifty alternatives (and the build's pre-read copy
 * stays small to load).
 */
export interface Element {
  /** One-word alternatives compared by stem: their folded stems (see stemKeys). */
  stems: string[];
  /** One-word alternatives written `=mot`: the words, normalised. */
  words: string[];
  /** One-word alternatives written `mot*`: the beginnings, normalised. */
  prefixes: string[];
  /** Whether `#`, any number, is one of the alternatives. */
  number: boolean;
  /** Alternatives of several words, in the order written. */
  phrases: Atom[][];
  optional: boolean;
  /** How many words of the text may come between the previous element and this one. */
  gapBefore: number;
}

export interface Pattern {
  source: string;
  elements: Element[];
}

/** Words that may stand between two words of an indicator by default ("prix vraiment libre"). */
export const DEFAULT_GAP = 1;
/** The gap written "…": a short clause ("la commune nous prête gratuitement la salle"). */
export const WIDE_GAP = 6;
const MIN_PREFIX = 3;

/**
 * Reads an indicator written by a facilitator (syntax in content/README-indicateurs.md):
 * words matched through their stem, `mot*` for a beginning, `=mot` for an exact word, `#`
 * for a number, `a|b` for one-word alternatives, `(a b|c)` for alternatives of several
 * words, `?` after a word or group to make it optional, `…` or `~N` for a wider gap.
 * Returns a French message instead of the pattern when it cannot be read.
 */
export function parsePattern(source: string): Pattern | { error: string } {
  const known = parsed.get(source);
  if (known) return known;
  const result = readPattern(source);
  parsed.set(source, result);
  return result;
}

/**
 * Reading a pattern stems its words, the costly part of compiling a content: each source is
 * read once (validation and detection share it). The build reads the shipped content's
 * patterns ahead (see compileDetector in indicators.ts).
 */
const parsed = new Map<string, Pattern | { error: string }>();

function readPattern(source: string): Pattern | { error: string } {
  const pieces = splitPieces(source.trim());
  if ('error' in pieces) return { error: `${pieces.error} dans « ${source} »` };
  const elements: Element[] = [];
  let gap = DEFAULT_GAP;
  let pendingGap = false;
  for (const raw of pieces) {
    if (raw === '…' || raw === '...') {
      gap = WIDE_GAP;
      pendingGap = true;
      continue;
    }
    const explicit = /^~(\d{1,2})$/.exec(raw);
    if (explicit) {
      gap = Number(explicit[1]);
      pendingGap = true;
      continue;
    }
    const optional = raw.length > 1 && raw.endsWith('?');
    let body = optional ? raw.slice(0, -1) : raw;
    if (body.startsWith('(')) body = body.slice(1, -1);
    const element: Element = { stems: [], words: [], prefixes: [], number: false, phrases: [], optional, gapBefore: elements.length === 0 ? 0 : gap };
    for (const alternative of body.split('|')) {
      const atoms = parseAlternative(alternative.trim());
      if ('error' in atoms) return { error: `${atoms.error} dans « ${source} »` };
      addAlternative(element, atoms);
    }
    elements.push(element);
    gap = DEFAULT_GAP;
    pendingGap = false;
  }
  if (elements.length === 0) return { error: `l'indicateur « ${source} » ne contient aucun mot` };
  if (pendingGap) return { error: `l'indicateur « ${source} » ne doit pas finir par un écart (… ou ~N)` };
  if (elements[0]?.optional) {
    return { error: `le premier mot de l'indicateur « ${source} » ne peut pas être facultatif (?)` };
  }
  if (matchingCost(elements) > MAX_MATCHING_COST) {
    return {
      error: `l'indicateur « ${source} » combine trop de mots facultatifs (?) et d'écarts (…, ~N) : le chercher dans un texte pourrait prendre des minutes. Retirez des « ? » ou réduisez les écarts`,
    };
  }
  return { source, elements };
}

/**
 * The ways one start of a match may be tried, at most: each element may be found at any of the
 * gap's places, and an optional one also skipped. The shipped indicators stay far below.
 */
const MAX_MATCHING_COST = 50_000;

function matchingCost(elements: readonly Element[]): number {
  let cost = 1;
  for (const element of elements) {
    cost *= (element.gapBefore + 1) * (element.optional ? 2 : 1);
    if (cost > MAX_MATCHING_COST) break;
  }
  return cost;
}

function addAlternative(element: Element, atoms: Atom[]): void {
  const atom = atoms[0];
  if (atoms.length !== 1 || !atom) element.phrases.push(atoms);
  else if (atom.type === 'stem') element.stems.push(...atom.keys);
  else if (atom.type === 'exact') element.words.push(atom.norm);
  else if (atom.type === 'prefix') element.prefixes.push(atom.prefix);
  else element.number = true;
}

/** Splits on spaces, keeping each bracketed group (which may hold spaces) in one piece. */
function splitPieces(source: string): string[] | { error: string } {
  const pieces: string[] = [];
  let current = '';
  let depth = 0;
  for (const char of source) {
    if (char === '(') {
      if (depth > 0) return { error: 'les parenthèses ne peuvent pas être imbriquées' };
      if (current !== '') return { error: `une parenthèse doit commencer un mot (« ${current}( »)` };
      depth = 1;
    } else if (char === ')') {
      if (depth === 0) return { error: 'une parenthèse fermante est en trop' };
      depth = 0;
    } else if (/\s/.test(char) && depth === 0) {
      if (current !== '') pieces.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  if (depth > 0) return { error: 'une parenthèse ouvrante n\'est pas fermée' };
  if (current !== '') pieces.push(current);
  for (const piece of pieces) {
    if (piece.startsWith('(') && !/\)\??$/.test(piece)) return { error: `rien ne doit suivre la parenthèse dans « ${piece} »` };
  }
  return pieces;
}

/** One alternative: one or more words, each with its own modifier (`=`, `*`, `#`). */
function parseAlternative(text: string): Atom[] | { error: string } {
  if (text === '') return { error: 'une alternative vide (| en trop)' };
  const atoms: Atom[] = [];
  for (const word of text.split(/\s+/)) {
    const parsed = parseWord(word);
    if ('error' in parsed) return parsed;
    atoms.push(...parsed);
  }
  return atoms;
}

function parseWord(text: string): Atom[] | { error: string } {
  if (text === '#') return [{ type: 'number' }];
  if (/[()[\]{}\\^$+|~]/.test(text)) return { error: `le caractère spécial de « ${text} » n'est pas reconnu` };
  if (text.endsWith('*')) {
    const prefix = normaliseWord(text.slice(0, -1));
    if (!/^[a-z0-9]+$/.test(prefix) || prefix.length < MIN_PREFIX) {
      return { error: `« ${text} » : un début de mot (*) doit avoir au moins ${MIN_PREFIX} lettres, sans espace ni apostrophe` };
    }
    return [{ type: 'prefix', prefix }];
  }
  if (text.startsWith('=')) {
    const words = tokenise(text.slice(1));
    if (words.length === 0) return { error: `« ${text} » : aucun mot après =` };
    return words.map((token) => ({ type: 'exact', norm: token.norm }));
  }
  const words = tokenise(text);
  if (words.length === 0) return { error: `« ${text} » ne contient aucun mot` };
  return words.map((token) => ({ type: 'stem', keys: token.keys }));
}
