import { isNumberWord } from './normalise.js';
import type { Atom, Element, Pattern } from './pattern.js';
import type { Token } from './tokenise.js';

/** Where a pattern matched in a sentence: the indexes of the tokens it used. */
export interface PatternMatch {
  pattern: number;
  tokens: number[];
}

/**
 * Where patterns may start: by a word's stem keys, its normalised form, its first three letters
 * (for prefixes) or its being a number.
 */
class Starts {
  readonly byKey = new Map<string, number[]>();
  readonly byNorm = new Map<string, number[]>();
  readonly byPrefix = new Map<string, { prefix: string; pattern: number }[]>();
  readonly numbers: number[] = [];

  addAtom(atom: Atom, id: number): void {
    if (atom.type === 'stem') for (const key of atom.keys) addTo(this.byKey, key, id);
    else if (atom.type === 'exact') addTo(this.byNorm, atom.norm, id);
    else if (atom.type === 'number') this.numbers.push(id);
    else this.addPrefix(atom.prefix, id);
  }

  addPrefix(prefix: string, id: number): void {
    addTo(this.byPrefix, prefix.slice(0, 3), { prefix, pattern: id });
  }

  /** Hands `add` every pattern that `token` may start. */
  collect(token: Token, add: (id: number) => void): void {
    for (let i = 0; i < token.keys.length; i++) addEach(this.byKey.get(token.keys[i] as string), add);
    addEach(this.byNorm.get(token.norm), add);
    const prefixed = this.byPrefix.get(token.head);
    if (prefixed) {
      for (let i = 0; i < prefixed.length; i++) {
        const entry = prefixed[i] as { prefix: string; pattern: number };
        if (token.norm.startsWith(entry.prefix)) add(entry.pattern);
      }
    }
    if (isNumberWord(token.norm)) addEach(this.numbers, add);
  }
}

function addEach(list: readonly number[] | undefined, add: (id: number) => void): void {
  if (list !== undefined) for (let i = 0; i < list.length; i++) add(list[i] as number);
}

/** The patterns a word form may start: the first `sure` of them start with that very word. */
interface FormStarts {
  ids: number[];
  sure: number;
}

/**
 * All the patterns of a content, indexed by what their first word can be, so that each word
 * of the text only tries the few patterns that may start there. A pattern found by one of the
 * words its first element lists has that element matched already: only the rest is tried. The
 * loops are plain indexed loops: a command reads one short project, so this code mostly runs
 * cold, in V8's interpreter, where iterators and short-lived arrays cost the most.
 */
export class PatternIndex {
  /** By the words that make a first element alone: the element matches that word. */
  private readonly byWord = new Starts();
  /** By the first word of a first element's phrases: the phrase must still be checked. */
  private readonly byPhrase = new Starts();
  /** Each pattern's elements made fast, the first time a word may start it. */
  private readonly compiled: (FastElement[] | undefined)[];
  private readonly seen: Int32Array;
  private stamp = 0;
  /** The patterns a word form may start, remembered per form: text repeats its words. */
  private readonly starts = new Map<string, FormStarts>();

  constructor(readonly patterns: readonly Pattern[]) {
    this.seen = new Int32Array(patterns.length).fill(-1);
    this.compiled = new Array(patterns.length);
    for (let id = 0; id < patterns.length; id++) {
      const first = (patterns[id] as Pattern).elements[0];
      if (!first) continue;
      for (let i = 0; i < first.stems.length; i++) addTo(this.byWord.byKey, first.stems[i] as string, id);
      for (let i = 0; i < first.words.length; i++) addTo(this.byWord.byNorm, first.words[i] as string, id);
      for (let i = 0; i < first.prefixes.length; i++) this.byWord.addPrefix(first.prefixes[i] as string, id);
      if (first.number) this.byWord.numbers.push(id);
      for (let i = 0; i < first.phrases.length; i++) {
        const atom = (first.phrases[i] as Atom[])[0];
        if (atom) this.byPhrase.addAtom(atom, id);
      }
    }
  }

  /** Every match in one sentence, at most one per pattern and starting word. */
  matchSentence(tokens: readonly Token[]): PatternMatch[] {
    const found: PatternMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const { ids, sure } = this.startsOf(tokens[i] as Token);
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        const used = matchFrom(tokens, i, this.compiled[id] ?? this.compile(id), k < sure);
        if (used) found.push({ pattern: id, tokens: used });
      }
    }
    return found;
  }

  private compile(id: number): FastElement[] {
    const source = (this.patterns[id] as Pattern).elements;
    const elements: FastElement[] = [];
    for (let i = 0; i < source.length; i++) elements.push(fast(source[i] as Element));
    this.compiled[id] = elements;
    return elements;
  }

  private startsOf(token: Token): FormStarts {
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
    // The sure ones first: a pattern that both lists the word and starts a phrase with it is sure.
    this.byWord.collect(token, add);
    const sure = ids.length;
    this.byPhrase.collect(token, add);
    const starts = { ids, sure };
    if (this.starts.size >= 200_000) this.starts.clear();
    this.starts.set(cacheKey, starts);
    return starts;
  }
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function atomMatches(atom: Atom, token: Token): boolean {
  switch (atom.type) {
    case 'stem':
      for (let i = 0; i < token.keys.length; i++) if (atom.keys.includes(token.keys[i] as string)) return true;
      return false;
    case 'prefix':
      return token.norm.startsWith(atom.prefix);
    case 'exact':
      return token.norm === atom.norm;
    case 'number':
      return isNumberWord(token.norm);
  }
}

/**
 * An element made fast: its one-word alternatives in sets (a few in a plain list, which costs
 * less to build than a set saves), its beginnings by first letters.
 */
interface FastElement {
  keys: Words;
  norms: Words;
  prefixes: ReadonlyMap<string, string[]>;
  number: boolean;
  multi: readonly Atom[][];
  optional: boolean;
  gapBefore: number;
}

type Words = ReadonlySet<string> | readonly string[];
const NO_PREFIXES: ReadonlyMap<string, string[]> = new Map();

function words(list: readonly string[]): Words {
  return list.length > 8 ? new Set(list) : list;
}

function contains(words: Words, word: string): boolean {
  return Array.isArray(words) ? words.includes(word) : (words as ReadonlySet<string>).has(word);
}

function fast(element: Element): FastElement {
  let prefixes = NO_PREFIXES;
  if (element.prefixes.length > 0) {
    const byHead = new Map<string, string[]>();
    for (let i = 0; i < element.prefixes.length; i++) {
      const prefix = element.prefixes[i] as string;
      addTo(byHead, prefix.slice(0, 3), prefix);
    }
    prefixes = byHead;
  }
  return {
    keys: words(element.stems),
    norms: words(element.words),
    prefixes,
    number: element.number,
    multi: element.phrases,
    optional: element.optional,
    gapBefore: element.gapBefore,
  };
}

function singleMatches(element: FastElement, token: Token): boolean {
  const keys = token.keys;
  for (let i = 0; i < keys.length; i++) if (contains(element.keys, keys[i] as string)) return true;
  if (contains(element.norms, token.norm)) return true;
  const prefixes = element.prefixes.get(token.head);
  if (prefixes) for (let i = 0; i < prefixes.length; i++) if (token.norm.startsWith(prefixes[i] as string)) return true;
  return element.number && isNumberWord(token.norm);
}

/** The index of the last token an element uses when it starts at `at`, or -1. */
function elementAt(tokens: readonly Token[], at: number, element: FastElement): number {
  const token = tokens[at];
  if (!token) return -1;
  if (singleMatches(element, token)) return at;
  for (let m = 0; m < element.multi.length; m++) {
    const atoms = element.multi[m] as Atom[];
    if (at + atoms.length > tokens.length) continue;
    let k = 0;
    while (k < atoms.length && atomMatches(atoms[k] as Atom, tokens[at + k] as Token)) k++;
    if (k === atoms.length) return at + atoms.length - 1;
  }
  return -1;
}

/**
 * The tokens of the attempt under way, `attempt.size` of them: most attempts fail, and need no
 * array of their own (nor one that grows anew each time).
 */
const attempt = { tokens: [] as number[], size: 0 };

/**
 * Matches the elements from token `start`, trying the nearest positions first so that the
 * evidence is the shortest span that shows the indicator; `sure` when the first element is
 * known to match the word at `start` alone. Returns the tokens used.
 */
function matchFrom(tokens: readonly Token[], start: number, elements: readonly FastElement[], sure: boolean): number[] | undefined {
  // A first element that lists the word matches it alone, as elementAt would find first.
  const end = sure ? start : elementAt(tokens, start, elements[0] as FastElement);
  if (end < 0) return undefined;
  attempt.size = 0;
  pushRange(start, end);
  return matchRest(tokens, end, elements, 1, 0) ? attempt.tokens.slice(0, attempt.size) : undefined;
}

/** Matches elements[index…] after token `last`, adding the tokens they use to the attempt. */
function matchRest(tokens: readonly Token[], last: number, elements: readonly FastElement[], index: number, carried: number): boolean {
  const element = elements[index];
  if (!element) return true;
  const gap = element.gapBefore + carried;
  const limit = Math.min(tokens.length - 1, last + 1 + gap);
  for (let at = last + 1; at <= limit; at++) {
    const end = elementAt(tokens, at, element);
    if (end < 0) continue;
    const mark = attempt.size;
    pushRange(at, end);
    if (matchRest(tokens, end, elements, index + 1, 0)) return true;
    attempt.size = mark;
  }
  if (element.optional) return matchRest(tokens, last, elements, index + 1, gap + 1);
  return false;
}

function pushRange(from: number, to: number): void {
  for (let i = from; i <= to; i++) attempt.tokens[attempt.size++] = i;
}
