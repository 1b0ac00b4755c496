// Evaluates marker detection on labelled sets: whole texts (../shared/dev-corpus/README.md:
// `text`, `gold`) and projects of answers (`answers`, `gold` per answer, `project_gold`), as
// `storyboard markers --json` would tag them. Prints per-family precision, recall and F1, the
// micro-averaged figures, and the markers found on ordinary businesses (files named `-biz-`
// or `-neg-` whose gold is all false).
//
//   npm run eval:markers                     every labelled set, grouped (train / dev / other)
//   npm run eval:markers -- DIR              one folder
//   npm run eval:markers -- --test           the test split too, apart (score it once)
//   options: --detector combined|indicators|model|all (default all: the three, then the
//            details of the combination), --model FILE, --content FILE, --no-combine
//            (answers never pool their evidence), --fold K/N (only the K-th of N folds of the
//            real train split: for scripts/cv-markers.mjs), --families (per-family tables for every
//            detector), --verbose (each error), --json
//
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldOption, labelledSets, loadDocuments, splitByFold } from './labelled-sets.mjs';
import { loadEngine } from './load-engine.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const WITH_VALUE = ['--content', '--model', '--detector', '--fold'];
const positional = args.filter((arg, i) => !arg.startsWith('--') && !WITH_VALUE.includes(args[i - 1]));
const detectorArg = option('--detector') ?? 'all';
const FOLD = foldOption(args);
if (positional.length > 1 || !['all', 'combined', 'indicators', 'model'].includes(detectorArg)) {
  process.stderr.write(
    'Utilisation : npm run eval:markers -- [DOSSIER] [--test] [--detector combined|indicators|model|all] [--model FICHIER] [--content FICHIER] [--no-combine] [--families] [--verbose] [--json]\n',
  );
  process.exit(2);
}

const engine = await loadEngine();
const contentFile = option('--content') ?? fileURLToPath(new URL('../content/sequences.yaml', import.meta.url));
const content = engine.parseContent(readFileSync(contentFile, 'utf8'), contentFile);
const modelFile = option('--model') ?? fileURLToPath(new URL('../content/markers-model.json', import.meta.url));
const model = existsSync(modelFile) ? JSON.parse(readFileSync(modelFile, 'utf8')) : undefined;
const families = content.sequences.filter((s) => s.markers.length > 0).map((s) => s.id);

const modes = detectorArg === 'all' ? ['indicators', 'model', 'combined'] : [detectorArg];
if (!model && modes.some((mode) => mode !== 'indicators')) {
  process.stderr.write(`Pas de modèle (${modelFile}) : seuls les indicateurs sont évalués.\n`);
  modes.splice(0, modes.length, 'indicators');
}

/** The detection options of a mode. */
function optionsOf(mode) {
  const combineAnswers = !flag('--no-combine');
  if (mode === 'indicators') return { combineAnswers };
  if (mode === 'model') return { model, only: 'model', combineAnswers };
  return { model, combineAnswers };
}

const sets = positional.length === 1 ? [{ name: positional[0], dir: resolve(positional[0]), group: 'dossier' }] : labelledSets();
const chosen = sets.filter((set) =>
  FOLD ? set.group === 'train' : set.group !== 'test' || flag('--test') || positional.length === 1,
);
const GROUPS = ['train', 'dev', 'other', 'test', 'dossier'];
const GROUP_TITLES = {
  train: 'train (corpus réel)',
  dev: 'dev (corpus réel)',
  other: 'autres jeux étiquetés (prose du projet)',
  test: 'TEST (corpus réel, à ne noter qu’une fois)',
  dossier: 'dossier',
};

const emptyCounts = () => Object.fromEntries(families.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
const newScore = () => ({ units: 0, counts: emptyCounts(), businesses: 0, businessMarkers: 0, errors: [] });

/** Adds one unit (a text, an answer, a project) to a score. */
function score(target, name, gold, found, isBusiness, hits) {
  target.units++;
  if (isBusiness) {
    target.businesses++;
    target.businessMarkers += found.size;
  }
  const fp = [];
  const fn = [];
  for (const id of families) {
    const expected = gold.has(id);
    const predicted = found.has(id);
    if (expected && predicted) target.counts[id].tp++;
    else if (predicted) {
      target.counts[id].fp++;
      fp.push(id);
    } else if (expected) {
      target.counts[id].fn++;
      fn.push(id);
    }
  }
  if (fp.length > 0 || fn.length > 0) target.errors.push({ name, fp, fn, hits });
}

const trueFamilies = (map) => new Set(Object.entries(map ?? {}).filter(([, value]) => value === true).map(([id]) => id));

function evaluate(mode, setsOfGroup) {
  const result = { texts: newScore(), answers: newScore(), projects: newScore() };
  const options = optionsOf(mode);
  for (const set of setsOfGroup) {
    for (const doc of FOLD ? splitByFold(set, FOLD).held : loadDocuments(set.dir)) {
      const where = `${set.name}/${doc.file}`;
      if (doc.kind === 'text') {
        const hits = engine.detectMarkers(doc.text, content, options);
        const gold = trueFamilies(doc.gold);
        score(result.texts, where, gold, new Set(hits.map((hit) => hit.family)), doc.business, hits);
        continue;
      }
      const hits = engine.detectMarkersInAnswers(doc.answers, content, options);
      const projectGold = trueFamilies(doc.projectGold);
      const { business } = doc;
      for (const question of Object.keys(doc.answers)) {
        const own = hits.filter((hit) => hit.question === question);
        const gold = new Set(Array.isArray(doc.gold[question]) ? doc.gold[question] : []);
        score(result.answers, `${where} ${question}`, gold, new Set(own.map((hit) => hit.family)), business, own);
      }
      score(result.projects, where, projectGold, new Set(hits.map((hit) => hit.family)), business, hits);
    }
  }
  return result;
}

const ratio = (a, b) => (b === 0 ? 0 : a / b);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function summarise(target) {
  const rows = families.map((id) => {
    const { tp, fp, fn } = target.counts[id];
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return { family: id, tp, fp, fn, precision, recall, f1: f1(precision, recall) };
  });
  const total = rows.reduce((sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }), { tp: 0, fp: 0, fn: 0 });
  const precision = ratio(total.tp, total.tp + total.fp);
  const recall = ratio(total.tp, total.tp + total.fn);
  return {
    units: target.units,
    families: rows,
    micro: { ...total, precision, recall, f1: f1(precision, recall) },
    businesses: { units: target.businesses, markersFound: target.businessMarkers },
  };
}

const results = {};
for (const group of GROUPS) {
  const setsOfGroup = chosen.filter((set) => set.group === group);
  if (setsOfGroup.length === 0) continue;
  results[group] = { sets: setsOfGroup.map((set) => set.name), modes: {} };
  for (const mode of modes) {
    const raw = evaluate(mode, setsOfGroup);
    results[group].modes[mode] = {
      texts: summarise(raw.texts),
      answers: summarise(raw.answers),
      projects: summarise(raw.projects),
      errors: { texts: raw.texts.errors, answers: raw.answers.errors, projects: raw.projects.errors },
    };
  }
}

if (flag('--json')) {
  const forJson = structuredClone(results);
  for (const group of Object.values(forJson)) for (const mode of Object.values(group.modes)) delete mode.errors;
  process.stdout.write(`${JSON.stringify(forJson, null, 2)}\n`);
  process.exit(0);
}

const pct = (x) => x.toFixed(3);
const SCOPES = [
  ['texts', 'textes entiers', 'textes'],
  ['answers', 'projets, par réponse', 'réponses'],
  ['projects', 'projets, familles du projet entier', 'projets'],
];
const MODE_NAMES = { indicators: 'indicateurs seuls', model: 'modèle seul', combined: 'combinaison' };
const lines = [];
if (model) lines.push(`modèle : ${modelFile}`);
for (const [group, { sets: names, modes: byMode }] of Object.entries(results)) {
  lines.push('', `== ${GROUP_TITLES[group]} : ${names.join(', ')}`);
  for (const [scope, title, unit] of SCOPES) {
    const any = Object.values(byMode)[0][scope];
    if (any.units === 0) continue;
    lines.push('', `-- ${title} (${any.units} ${unit}, dont ${any.businesses.units} d’entreprises ordinaires)`);
    for (const mode of modes) {
      const { micro, businesses } = byMode[mode][scope];
      lines.push(
        `${MODE_NAMES[mode].padEnd(18)} micro P=${pct(micro.precision)}  R=${pct(micro.recall)}  F1=${pct(micro.f1)}   marqueurs sur les entreprises : ${businesses.markersFound}`,
      );
    }
    const detailed = flag('--families') ? modes : [modes[modes.length - 1]];
    for (const mode of detailed) {
      lines.push('', `   ${MODE_NAMES[mode]} — famille          TP  FP  FN  précision  rappel  F1`);
      for (const row of byMode[mode][scope].families) {
        lines.push(
          `   ${row.family.padEnd(34)} ${String(row.tp).padStart(3)} ${String(row.fp).padStart(3)} ${String(row.fn).padStart(3)}  ${pct(row.precision).padStart(9)}  ${pct(row.recall).padStart(6)}  ${pct(row.f1)}`,
        );
      }
    }
    if (flag('--verbose')) {
      const mode = modes[modes.length - 1];
      lines.push('', `   erreurs (${MODE_NAMES[mode]}) :`);
      for (const error of byMode[mode].errors[scope]) {
        lines.push(`   ${error.name}`);
        for (const id of error.fp) {
          const quotes = error.hits.filter((hit) => hit.family === id).map((hit) => `« ${hit.evidence} » (${hit.marker})`);
          lines.push(`     en trop   ${id}: ${quotes.join(' ; ')}`);
        }
        for (const id of error.fn) lines.push(`     manquant  ${id}`);
      }
    }
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
