import type { Token } from './tokenise.js';

/**
 * A learned scorer per family of markers (content/markers-model.json, written by
 * `npm run train:markers`): a logistic regression over the stems of a text, pairs of stems
 * that follow each other, the families the indicators found and, in a project, the séquence
 * of the question answered. Weights are in thousandths, pruned to the ones that matter. The file
 * is laid out as detection reads it, so that loading it is parsing it: nothing to build when a
 * command starts.
 */
export interface MarkerModel {
  format: 2;
  /** What it was trained on and how (for people: detection does not read these). */
  trainedOn?: string[];
  calibratedOn?: string[] | string;
  settings?: Record<string, unknown>;
  /** The families scored: the columns of the weights, in this order. */
  families: string[];
  /** Each family's intercept, in thousandths. */
  bias: number[];
  /** Each family's probability from which the model finds it: in a whole text, in one answer. */
  thresholds: { text: number[]; answer: number[] };
  /**
   * Whether a text (or a whole project) tells of a social or collective project, from its words
   * alone: lifts the business filter from a real project whose words the filter's lists miss.
   * Its column comes after the families'.
   */
  project?: { bias: number; rescue: number };
  /** Feature → its non-zero weights: column, weight in thousandths, column, weight… */
  weights: Record<string, number[]>;
}

/**
 * Features are named so that a stem can never be taken for another kind: a stem alone, two
 * stems joined by a space, `#i:FAMILY` when the indicators found FAMILY in the same text (or
 * answer), `#q:SEQUENCE` for the séquence of the question answered.
 */
export const indicatorFeature = (family: string) => `#i:${family}`;
export const questionFeature = (sequence: string) => `#q:${sequence}`;

/**
 * Words that say nothing of a family and would only pad pairs: "repris l'idée" and "repris
 * cette idée" should give the same pair. Negations and prepositions of purpose stay.
 */
const STOPWORDS = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'a', 'au', 'aux', 'et', 'ou', 'en', 'y', 'ce', 'cet', 'cette', 'ces',
  'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'qui', 'que',
  'dont', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'se', 'me', 'te', 'lui', 'est', 'sont', 'etait',
  'ete', 'etre', 'avons', 'avez', 'ont', 'ai', 'as', 'avait', 'c', 'd', 'l', 'j', 'n', 's', 'qu', 'm', 't',
]);

/** The stem a word is counted under: that of its folded form, the same typed with accents or not. */
function stemOf(token: Token): string | undefined {
  if (STOPWORDS.has(token.norm)) return undefined;
  const first = token.norm.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return '#';
  return token.keys[token.keys.length - 1];
}

/**
 * Reads a text sentence by sentence and gives, for each word feature met (a stem, or a pair of
 * stems that follow each other in a clause), the token where it ends. Shared by the training's
 * feature extraction and by detection, so that both see exactly the same features.
 */
export function forEachWordFeature(tokens: readonly Token[], visit: (stem: string, previous: string | undefined, at: number) => void): void {
  let previous: string | undefined;
  let clause = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.clause !== clause) {
      previous = undefined;
      clause = token.clause;
    }
    const stem = stemOf(token);
    if (stem === undefined) continue;
    visit(stem, previous, i);
    previous = stem;
  }
}

/** How much one word feature weighs in a text of `distinct` distinct stems: long texts are not louder. */
export function wordScale(distinct: number): number {
  return 1 / Math.sqrt(Math.max(1, distinct));
}

/** The model ready for scoring: its parts as numbers. */
export interface CompiledModel {
  families: string[];
  /** The column of the project reading, or -1. */
  projectColumn: number;
  columns: number;
  projectBias: number;
  rescue: number;
  bias: Float64Array;
  thresholds: { text: Float64Array; answer: Float64Array };
  weights: Readonly<Record<string, number[]>>;
  /** The stems that begin a weighted pair: the pair's name is built only after one of them. */
  pairStarts: Set<string>;
}

const compiledModels = new WeakMap<MarkerModel, CompiledModel>();

/** Compiles a model once per object (it is immutable once read). */
export function compileModel(model: MarkerModel): CompiledModel {
  const known = compiledModels.get(model);
  if (known) return known;
  const compiled: CompiledModel = {
    families: model.families,
    projectColumn: model.project ? model.families.length : -1,
    columns: model.families.length + (model.project ? 1 : 0),
    projectBias: (model.project?.bias ?? 0) / 1000,
    rescue: model.project?.rescue ?? 2,
    bias: Float64Array.from(model.bias, (bias) => bias / 1000),
    thresholds: { text: Float64Array.from(model.thresholds.text), answer: Float64Array.from(model.thresholds.answer) },
    weights: model.weights,
    pairStarts: new Set(),
  };
  for (const name in model.weights) {
    const space = name.indexOf(' ');
    if (space > 0) compiled.pairStarts.add(name.slice(0, space));
  }
  compiledModels.set(model, compiled);
  return compiled;
}

/**
 * A feature's weights, if the model has any. Only arrays count: a stem such as "constructor"
 * must not find what every object inherits.
 */
function weightsOf(model: CompiledModel, name: string): number[] | undefined {
  const entry = model.weights[name];
  return Array.isArray(entry) ? entry : undefined;
}

/** The clause of a text that weighs most for a family: where its evidence is shown. */
export interface BestClause {
  score: number;
  start: number;
  end: number;
}

/**
 * Sums a text's word features sentence by sentence, as the scan reads it: each feature counts
 * once for the text, and each clause keeps its own sum for every family, so that the clause
 * that contributes most is known without a second pass.
 */
export class ModelReader {
  private readonly seen = new Set<number[]>();
  private readonly stems = new Set<string>();
  /** The sum of the weights of the features present, per column, before scaling. */
  readonly sums: Float64Array;
  readonly best: BestClause[];
  private readonly clauseSums: Float64Array;

  constructor(readonly model: CompiledModel) {
    this.sums = new Float64Array(model.columns);
    this.clauseSums = new Float64Array(model.columns);
    this.best = Array.from({ length: model.columns }, () => ({ score: 0, start: 0, end: 0 }));
  }

  /** How many distinct stems the text has had so far. */
  get distinct(): number {
    return this.stems.size;
  }

  readSentence(tokens: readonly Token[]): void {
    let clause = -1;
    let previous: string | undefined;
    // The loop of forEachWordFeature, written out: this runs on every word of every text.
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.clause !== clause) {
        if (clause >= 0) this.closeClause(tokens, clause);
        clause = token.clause;
        previous = undefined;
      }
      const stem = stemOf(token);
      if (stem === undefined) continue;
      this.stems.add(stem);
      const single = weightsOf(this.model, stem);
      if (single !== undefined) this.add(single);
      if (previous !== undefined && this.model.pairStarts.has(previous)) {
        const pair = weightsOf(this.model, `${previous} ${stem}`);
        if (pair !== undefined) this.add(pair);
      }
      previous = stem;
    }
    if (clause >= 0) this.closeClause(tokens, clause);
  }

  private add(entry: readonly number[]): void {
    const first = !this.seen.has(entry as number[]);
    if (first) this.seen.add(entry as number[]);
    for (let k = 0; k + 1 < entry.length; k += 2) {
      const column = entry[k] as number;
      const w = (entry[k + 1] as number) / 1000;
      this.clauseSums[column] = (this.clauseSums[column] as number) + w;
      if (first) this.sums[column] = (this.sums[column] as number) + w;
    }
  }

  /** Ends a clause: the best one so far for a family keeps its span, all its words (« Des gens… »). */
  private closeClause(tokens: readonly Token[], clause: number): void {
    let span: { start: number; end: number } | undefined;
    for (let f = 0; f < this.clauseSums.length; f++) {
      const score = this.clauseSums[f] as number;
      const best = this.best[f] as BestClause;
      if (score > best.score) {
        span ??= clauseSpan(tokens, clause);
        best.score = score;
        best.start = span.start;
        best.end = span.end;
      }
      this.clauseSums[f] = 0;
    }
  }

  /** Whether the words read so far tell of a social project firmly enough to lift the business filter. */
  liftsBusinessFilter(): boolean {
    const column = this.model.projectColumn;
    if (column < 0) return false;
    const logit = this.model.projectBias + (this.sums[column] as number) * wordScale(this.distinct);
    return 1 / (1 + Math.exp(-logit)) >= this.model.rescue;
  }

  /**
   * The probability of each family, given the families the indicators found in the same text
   * and the séquence of the question answered (none for a whole text). `words` is the part of
   * each family's score that the text's own words make: the question alone never makes a family.
   */
  probabilities(indicatorFamilies: ReadonlySet<string>, sequence: string | undefined): { probability: Float64Array; words: Float64Array } {
    const count = this.model.families.length;
    const scale = wordScale(this.distinct);
    const logits = new Float64Array(count);
    const words = new Float64Array(count);
    for (let f = 0; f < count; f++) {
      words[f] = (this.sums[f] as number) * scale;
      logits[f] = (this.model.bias[f] as number) + (words[f] as number);
    }
    const addOther = (name: string) => {
      const entry = weightsOf(this.model, name);
      if (entry === undefined) return;
      for (let k = 0; k + 1 < entry.length; k += 2) {
        const column = entry[k] as number;
        if (column < count) logits[column] = (logits[column] as number) + (entry[k + 1] as number) / 1000;
      }
    };
    for (const family of indicatorFamilies) addOther(indicatorFeature(family));
    if (sequence !== undefined) addOther(questionFeature(sequence));
    const probability = new Float64Array(count);
    for (let f = 0; f < count; f++) probability[f] = 1 / (1 + Math.exp(-(logits[f] as number)));
    return { probability, words };
  }
}

function clauseSpan(tokens: readonly Token[], clause: number): { start: number; end: number } {
  let start = -1;
  let end = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.clause !== clause) continue;
    if (start < 0) start = token.start;
    end = token.end;
  }
  return { start, end };
}

/**
 * The features of a text as the training sees them: each word feature with its scaled value,
 * each family the indicators found, the question's séquence. Detection computes the same sums
 * without naming them (ModelReader).
 */
export function namedFeatures(
  sentences: readonly (readonly Token[])[],
  indicatorFamilies: Iterable<string>,
  sequence: string | undefined,
): Map<string, number> {
  const names = new Set<string>();
  const stems = new Set<string>();
  for (const tokens of sentences) {
    forEachWordFeature(tokens, (stem, previous) => {
      stems.add(stem);
      names.add(stem);
      if (previous !== undefined) names.add(`${previous} ${stem}`);
    });
  }
  const scale = wordScale(stems.size);
  const features = new Map<string, number>();
  for (const name of names) features.set(name, scale);
  for (const family of indicatorFamilies) features.set(indicatorFeature(family), 1);
  if (sequence !== undefined) features.set(questionFeature(sequence), 1);
  return features;
}
