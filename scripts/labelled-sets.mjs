// The labelled sets of the repository, and what each is for: the evaluation reads them all
// (grouped), the training learns from `train` and `other` and calibrates on `dev`. A set named
// …-test is read by the evaluation only when asked (--test), and never by the training.
//
// Two formats, told apart file by file:
// - a whole text (../shared/dev-corpus/README.md): `text`, `gold` (family → true/false);
// - a project of answers (test/fixtures/real/README.md): `answers` (question id → text),
//   `gold` (question id → list of families, judged on that answer alone) and `project_gold`
//   (family → true/false, the whole project read as one).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @typedef {{ name: string, dir: string, group: 'train' | 'dev' | 'other' | 'test' }} LabelledSet */

/** @returns {LabelledSet[]} every labelled set on this machine, in a fixed order */
export function labelledSets() {
  const sets = [];
  const fixtures = join(root, 'test/fixtures');
  for (const name of readdirSync(fixtures).sort()) {
    if (name.startsWith('markers-')) sets.push({ name, dir: join(fixtures, name), group: 'other' });
  }
  const devCorpus = join(root, '../shared/dev-corpus');
  if (existsSync(devCorpus)) sets.push({ name: 'dev-corpus', dir: devCorpus, group: 'other' });
  const real = join(fixtures, 'real');
  if (existsSync(real)) {
    for (const name of readdirSync(real).sort()) {
      const group = /-train$/.test(name) ? 'train' : /-dev$/.test(name) ? 'dev' : /-test$/.test(name) ? 'test' : undefined;
      if (group) sets.push({ name: `real/${name}`, dir: join(real, name), group });
    }
  }
  return sets;
}

/**
 * The labelled documents of a folder, by file name: `{ file, kind: 'text', text, gold }` or
 * `{ file, kind: 'project', answers, gold, projectGold }`, each with `business`. Other YAML
 * files are skipped.
 */
export function loadDocuments(dir) {
  const documents = [];
  for (const file of readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort()) {
    const doc = parse(readFileSync(join(dir, file), 'utf8'));
    if (typeof doc?.text === 'string' && typeof doc?.gold === 'object' && doc.gold !== null) {
      documents.push({ file, kind: 'text', text: doc.text, gold: doc.gold, business: isBusiness(file, doc.gold) });
    } else if (typeof doc?.answers === 'object' && doc.answers !== null && typeof doc?.gold === 'object' && doc.gold !== null) {
      const answers = {};
      for (const [question, answer] of Object.entries(doc.answers)) {
        const text = typeof answer === 'string' ? answer : answer?.text;
        if (typeof text === 'string') answers[question] = text;
      }
      documents.push({ file, kind: 'project', answers, gold: doc.gold, projectGold: doc.project_gold ?? {}, business: isBusiness(file, doc.project_gold) });
    }
  }
  return documents;
}

/**
 * An ordinary business, where no marker may ever be found: a file the corpus names as one
 * (`-biz-`, `-neg-` for a negative control) whose gold is all false. A social initiative whose
 * text happens to show no marker is not one: a marker found there is an ordinary error.
 */
function isBusiness(file, gold) {
  return /-(biz|neg)-/.test(file) && !Object.values(gold ?? {}).some((value) => value === true);
}

/**
 * Cross-validation over the real train split: `--fold K/N` (1 ≤ K ≤ N) names the K-th of N
 * folds. A train document's fold is its rank in its folder (sorted by file name) modulo N, so
 * that every fold holds texts and projects, businesses or not, and reruns draw the same folds.
 * @returns {{ index: number, count: number } | undefined}
 */
export function foldOption(args) {
  const at = args.indexOf('--fold');
  if (at < 0) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(args[at + 1] ?? '');
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 2 || index < 1 || index > count) {
    process.stderr.write('--fold attend K/N, par exemple 2/5.\n');
    process.exit(2);
  }
  return { index: index - 1, count };
}

/** The documents of a set, split by a fold: `held` (in the fold, train sets only) and `kept`. */
export function splitByFold(set, fold) {
  const documents = loadDocuments(set.dir);
  if (!fold || set.group !== 'train') return { held: [], kept: documents };
  const inFold = (_, i) => i % fold.count === fold.index;
  return { held: documents.filter(inFold), kept: documents.filter((doc, i) => !inFold(doc, i)) };
}
