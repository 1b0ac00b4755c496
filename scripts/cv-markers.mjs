// Cross-validation of marker detection over the real train split (run by the same Node): for each of N folds, trains
// the model without the fold's documents (calibrated on dev as usual), then scores the fold
// with it; prints the pooled counts per scope and family. Dev alone is small (a handful of
// positives per family): this says whether a change generalises to writing it was not fitted
// on. The indicators are the same in every fold: if they were written from train's misses,
// their share of these figures is not held out.
//
//   node scripts/cv-markers.mjs [--folds 5] [--json] [-- TRAINING OPTIONS]
//   (what follows `--` goes to scripts/train-markers.mjs, e.g. `-- --calibrate-on-dev`)
//
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const all = process.argv.slice(2);
const split = all.indexOf('--');
const args = split >= 0 ? all.slice(0, split) : all;
const trainingOptions = split >= 0 ? all.slice(split + 1) : [];
const at = args.indexOf('--folds');
const FOLDS = at >= 0 ? Number(args[at + 1]) : 5;
const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = join(root, '.tmp', `cv-${process.pid}`);
mkdirSync(tmp, { recursive: true });

const MODES = ['indicators', 'model', 'combined'];
const SCOPES = ['texts', 'answers', 'projects'];
/** mode → scope → family → { tp, fp, fn }, and the markers found on businesses. */
const pooled = {};
try {
  for (let k = 1; k <= FOLDS; k++) {
    const model = join(tmp, `fold-${k}.json`);
    const fold = `${k}/${FOLDS}`;
    execFileSync(process.execPath, ['scripts/train-markers.mjs', '--fold', fold, '--out', model, ...trainingOptions], { cwd: root, stdio: 'ignore' });
    const out = execFileSync(process.execPath, ['scripts/eval-markers.mjs', '--fold', fold, '--model', model, '--json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const byMode = JSON.parse(out).train.modes;
    for (const mode of MODES) {
      for (const scope of SCOPES) {
        const summary = byMode[mode][scope];
        pooled[mode] ??= {};
        pooled[mode][scope] ??= { units: 0, businessMarkers: 0, families: {} };
        const target = pooled[mode][scope];
        target.units += summary.units;
        target.businessMarkers += summary.businesses.markersFound;
        for (const row of summary.families) {
          target.families[row.family] ??= { tp: 0, fp: 0, fn: 0 };
          for (const key of ['tp', 'fp', 'fn']) target.families[row.family][key] += row[key];
        }
      }
    }
    process.stderr.write(`pli ${fold} fait\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const ratio = (a, b) => (b === 0 ? 0 : a / b);
const scoreOf = ({ tp, fp, fn }) => {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};
const result = {};
for (const mode of MODES) {
  result[mode] = {};
  for (const scope of SCOPES) {
    const { units, businessMarkers, families } = pooled[mode][scope];
    const total = Object.values(families).reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
    result[mode][scope] = {
      units,
      businessMarkers,
      micro: scoreOf(total),
      families: Object.fromEntries(Object.entries(families).map(([family, c]) => [family, scoreOf(c)])),
    };
  }
}
if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const f = (x) => x.toFixed(3);
  const lines = [`validation croisée, ${FOLDS} plis du train réel (modèle appris sans le pli, indicateurs inchangés)`];
  for (const scope of SCOPES) {
    lines.push('', `-- ${scope}`);
    for (const mode of MODES) {
      const { units, businessMarkers, micro } = result[mode][scope];
      lines.push(`${mode.padEnd(11)} ${units} unités  P=${f(micro.precision)} R=${f(micro.recall)} F1=${f(micro.f1)}  marqueurs sur les entreprises : ${businessMarkers}`);
    }
    lines.push('   combined — famille                TP  FP  FN  rappel  F1');
    for (const [family, s] of Object.entries(result.combined[scope].families)) {
      lines.push(`   ${family.padEnd(32)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${f(s.recall)}  ${f(s.f1)}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
