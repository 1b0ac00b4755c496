// Evaluates marker detection on a folder of labelled texts in the dev-corpus format
// (../shared/dev-corpus/README.md): each YAML file has `text`, `gold` (family → true/false)
// and `evidence`. Prints per-family precision, recall and F1, the micro-F1, and how many
// markers were found on the texts whose gold is all false (ordinary businesses).
//
//   npm run eval:markers -- DIR [--content FILE] [--verbose] [--json]
//
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from './load-engine.mjs';
import { parse } from 'yaml';

const { detectMarkers, parseContent } = await loadEngine();

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const contentFile = option('--content') ?? fileURLToPath(new URL('../content/sequences.yaml', import.meta.url));
const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--content');
if (!dir) {
  process.stderr.write('Utilisation : npm run eval:markers -- DOSSIER [--content FICHIER] [--verbose] [--json]\n');
  process.exit(2);
}

const content = parseContent(readFileSync(contentFile, 'utf8'), contentFile);
const families = content.sequences.filter((s) => s.markers.length > 0).map((s) => s.id);
const counts = Object.fromEntries(families.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
const files = readdirSync(resolve(dir))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
let negatives = 0;
let falseOnNegatives = 0;
const details = [];

for (const name of files) {
  const doc = parse(readFileSync(join(resolve(dir), name), 'utf8'));
  if (typeof doc?.text !== 'string' || typeof doc?.gold !== 'object') continue;
  const hits = detectMarkers(doc.text, content);
  const found = new Set(hits.map((hit) => hit.family));
  const allFalse = Object.values(doc.gold).every((value) => value !== true);
  if (allFalse) {
    negatives++;
    falseOnNegatives += found.size;
  }
  const fp = [];
  const fn = [];
  for (const id of families) {
    const gold = doc.gold[id] === true;
    const predicted = found.has(id);
    if (gold && predicted) counts[id].tp++;
    else if (predicted) {
      counts[id].fp++;
      fp.push(id);
    } else if (gold) {
      counts[id].fn++;
      fn.push(id);
    }
  }
  details.push({ file: name, fp, fn, hits });
}

const ratio = (a, b) => (b === 0 ? 0 : a / b);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const rows = families.map((id) => {
  const { tp, fp, fn } = counts[id];
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { family: id, tp, fp, fn, precision, recall, f1: f1(precision, recall) };
});
const total = rows.reduce((sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }), { tp: 0, fp: 0, fn: 0 });
const microP = ratio(total.tp, total.tp + total.fp);
const microR = ratio(total.tp, total.tp + total.fn);
const summary = {
  files: details.length,
  families: rows,
  micro: { ...total, precision: microP, recall: microR, f1: f1(microP, microR) },
  negatives: { files: negatives, markersFound: falseOnNegatives },
};

if (flag('--json')) {
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} else {
  const pct = (x) => x.toFixed(3);
  const lines = [`${details.length} textes dans ${dir}`, '', 'famille                 TP  FP  FN  précision  rappel  F1'];
  for (const row of rows) {
    lines.push(
      `${row.family.padEnd(22)} ${String(row.tp).padStart(3)} ${String(row.fp).padStart(3)} ${String(row.fn).padStart(3)}  ${pct(row.precision).padStart(9)}  ${pct(row.recall).padStart(6)}  ${pct(row.f1)}`,
    );
  }
  lines.push('', `micro  P=${pct(microP)}  R=${pct(microR)}  F1=${pct(summary.micro.f1)}`);
  lines.push(`textes sans aucun marqueur attendu : ${negatives}, marqueurs trouvés dessus : ${falseOnNegatives}`);
  if (flag('--verbose')) {
    lines.push('');
    for (const detail of details) {
      if (detail.fp.length === 0 && detail.fn.length === 0) continue;
      lines.push(`${detail.file}`);
      for (const id of detail.fp) {
        const quotes = detail.hits.filter((hit) => hit.family === id).map((hit) => `« ${hit.evidence} » (${hit.marker})`);
        lines.push(`  en trop   ${id}: ${quotes.join(' ; ')}`);
      }
      for (const id of detail.fn) lines.push(`  manquant  ${id}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
