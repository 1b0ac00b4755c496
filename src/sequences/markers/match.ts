import { isNumberWord } from './normalise.js';
import type { Atom, Element, Pattern } from './pattern.js';
import type { Token } from './tokenise.js';

/** Where a pattern matched in a sentence: the indexes of the tokens it used. */
export interface PatternMatch {
  pattern: number;
  tokens: number[];
}

/**
 * All the patterns of a content, indexed by what their first word can be, so that each word
 * of the text only tries the few patterns that may start there.
 */
export class PatternIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly byNorm = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, { prefix: string; pattern: number }[]>();
  private readonly numberFirst: number[] = [];
  private readonly seen: Int32Array;
  private stamp = 0;
  /** The patterns a word form may start, remembered per form: text repeats its words. */
  private readonly starts = new Map<string, readonly number[]>();

  constructor(readonly patterns: readonly Pattern[]) {
    this.seen = new Int32Array(patterns.length).fill(-1);
    patterns.forEach((pattern, id) => {
      for (const alternative of pattern.elements[0]?.alternatives ?? []) {
        const atom = alternative[0];
        if (atom) this.indexAtom(atom, id);
      }
    });
  }

  private indexAtom(atom: Atom, id: number): void {
    const add = <K>(map: Map<K, number[]>, key: K) => {
      const list = map.get(key);
      if (list) list.push(id);
      else map.set(key, [id]);
    };
    if (atom.type === 'stem') for (const key of atom.keys) add(this.byKey, key);
    else if (atom.type === 'exact') add(this.byNorm, atom.norm);
    else if (atom.type === 'number') this.numberFirst.push(id);
    else {
      const head = atom.prefix.slice(0, 3);
      const list = this.byPrefix.get(head) ?? [];
      list.push({ prefix: atom.prefix, pattern: id });
      this.byPrefix.set(head, list);
    }
  }

  /** Every match in one sentence, at most one per pattern and starting word. */
  matchSentence(tokens: readonly Token[]): PatternMatch[] {
    const found: PatternMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      for (const id of this.startsOf(token)) {
        const used = matchFrom(tokens, i, (this.patterns[id] as Pattern).elements);
        if (used) found.push({ pattern: id, tokens: used });
      }
    }
    return found;
  }

  private startsOf(token: Token): readonly number[] {
    const cacheKey = token.lower;
    const known = this.starts.get(cacheKey);
    if (known) return known;
    this.stamp++;
    const ids: number[] = [];
    const add = (id: number) => {
      if (this.seen[id] === this.stamp) return;
      this.seen[id] = this.stamp;
      ids.push(id);
    };
    for (const key of token.keys) for (const id of this.byKey.get(key) ?? []) add(id);
    for (const id of this.byNorm.get(token.norm) ?? []) add(id);
    for (const entry of this.byPrefix.get(token.head) ?? []) {
      if (token.norm.startsWith(entry.prefix)) add(entry.pattern);
    }
    if (isNumberWord(token.norm)) for (const id of this.numberFirst) add(id);
    if (this.starts.size >= 200_000) this.starts.clear();
    this.starts.set(cacheKey, ids);
    return ids;
  }
}

function atomMatches(atom: Atom, token: Token): boolean {
  switch (atom.type) {
    case 'stem':
      return token.keys.some((key) => atom.keys.includes(key));
    case 'prefix':
      return token.norm.startsWith(atom.prefix);
    case 'exact':
      return token.norm === atom.norm;
    case 'number':
      return isNumberWord(token.norm);
  }
}

/**
 * An element made fast: its one-word alternatives folded into sets, so that an element
 * with fifty alternatives costs a few lookups per word, not fifty comparisons.
 */
interface FastElement {
  keys: Set<string>;
  norms: Set<string>;
  prefixes: Map<string, string[]>;
  number: boolean;
  multi: Atom[][];
  optional: boolean;
  gapBefore: number;
}

const fastCache = new WeakMap<readonly Element[], FastElement[]>();

function fast(elements: readonly Element[]): FastElement[] {
  const known = fastCache.get(elements);
  if (known) return known;
  const compiled = elements.map((element) => {
    const result: FastElement = {
      keys: new Set(),
      norms: new Set(),
      prefixes: new Map(),
      number: false,
      multi: [],
      optional: element.optional,
      gapBefore: element.gapBefore,
    };
    for (const atoms of element.alternatives) {
      const atom = atoms[0];
      if (atoms.length !== 1 || !atom) {
        result.multi.push(atoms);
      } else if (atom.type === 'stem') {
        for (const key of atom.keys) result.keys.add(key);
      } else if (atom.type === 'exact') {
        result.norms.add(atom.norm);
      } else if (atom.type === 'number') {
        result.number = true;
      } else {
        const head = atom.prefix.slice(0, 3);
        const list = result.prefixes.get(head) ?? [];
        list.push(atom.prefix);
        result.prefixes.set(head, list);
      }
    }
    return result;
  });
  fastCache.set(elements, compiled);
  return compiled;
}

function singleMatches(element: FastElement, token: Token): boolean {
  for (const key of token.keys) if (element.keys.has(key)) return true;
  if (element.norms.has(token.norm)) return true;
  const prefixes = element.prefixes.get(token.head);
  if (prefixes) for (const prefix of prefixes) if (token.norm.startsWith(prefix)) return true;
  return element.number && isNumberWord(token.norm);
}

/** The index of the last token an element uses when it starts at `at`, or -1. */
function elementAt(tokens: readonly Token[], at: number, element: FastElement): number {
  const token = tokens[at];
  if (!token) return -1;
  if (singleMatches(element, token)) return at;
  for (const atoms of element.multi) {
    if (at + atoms.length > tokens.length) continue;
    let k = 0;
    while (k < atoms.length && atomMatches(atoms[k] as Atom, tokens[at + k] as Token)) k++;
    if (k === atoms.length) return at + atoms.length - 1;
  }
  return -1;
}

/**
 * Matches the elements from token `start`, trying the nearest positions first so that the
 * evidence is the shortest span that shows the indicator.
 */
function matchFrom(tokens: readonly Token[], start: number, elements: readonly Element[]): number[] | undefined {
  const compiled = fast(elements);
  const first = compiled[0] as FastElement;
  const end = elementAt(tokens, start, first);
  if (end < 0) return undefined;
  const used = range(start, end);
  const rest = matchRest(tokens, end, compiled, 1, 0);
  return rest ? used.concat(rest) : undefined;
}

function matchRest(
  tokens: readonly Token[],
  last: number,
  elements: readonly FastElement[],
  index: number,
  carried: number,
): number[] | undefined {
  const element = elements[index];
  if (!element) return [];
  const gap = element.gapBefore + carried;
  const limit = Math.min(tokens.length - 1, last + 1 + gap);
  for (let at = last + 1; at <= limit; at++) {
    const end = elementAt(tokens, at, element);
    if (end < 0) continue;
    const rest = matchRest(tokens, end, elements, index + 1, 0);
    if (rest) return range(at, end).concat(rest);
  }
  if (element.optional) return matchRest(tokens, last, elements, index + 1, gap + 1);
  return undefined;
}

function range(from: number, to: number): number[] {
  const list: number[] = [];
  for (let i = from; i <= to; i++) list.push(i);
  return list;
}
