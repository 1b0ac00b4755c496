// Measures marker detection throughput on synthetic French text of 1, 4 and 16 MB, to show
// that cost grows linearly with the size of the text, and reports peak memory.
//
//   npm run bench:markers [-- --runs 5] [--no-model]
//
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadEngine } from './load-engine.mjs';

const { detectMarkers, parseContent } = await loadEngine();

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
const SIZES_MB = [1, 4, 16];

const contentFile = new URL('../content/sequences.yaml', import.meta.url);
const content = parseContent(readFileSync(contentFile, 'utf8'), fileURLToPath(contentFile));
// As the CLI detects: the indicators and the learned model (--no-model: the indicators alone).
const model = process.argv.includes('--no-model') ? undefined : JSON.parse(readFileSync(new URL('../content/markers-model.json', import.meta.url), 'utf8'));
const options = { model };

// Sentences in the voice of project holders, journalists and shop owners, with and without
// accents, negations and inclusive writing, so that every stage of the engine works.
const SENTENCES = [
  "Depuis la fermeture du dernier café, les habitant·e·s n'avaient plus de lieu pour se retrouver.",
  'La mairie nous prête la salle et on vend des crêpes au marché de Noël.',
  "Les décisions sont prises collectivement en assemblée générale, une personne, une voix.",
  "Nous n'avons pas encore de partenaires, et aucune subvention pour l'instant.",
  'Le projet réunit la commune, deux associations et un bailleur social.',
  "Les benevoles tiennent la permanence et les adherents votent le budget a l'AG.",
  "L'atelier est ouvert à tous, à prix libre, et gratuit pour les moins de 18 ans.",
  'Nous avons ouvert une deuxième boutique dans la ville voisine et rejoint le réseau national.',
  "Des ateliers de sensibilisation apprennent aux enfants à réparer plutôt que jeter.",
  "Contrairement à une distribution classique, les familles ne sont pas seulement clientes.",
  'Mon concept innovant séduira la clientèle grâce à des prix bas et un service rapide.',
  'Le gérant a financé la boutique par un prêt bancaire et son apport personnel.',
  "Les produits viennent de producteurs locaux, à moins de 20 km, en circuit court.",
  "Il fait beau ce matin sur la côte d'Opale, et le marché du samedi est animé.",
  "Les enfants jouent dans la cour pendant que les parents discutent du programme de l'été.",
];

function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticText(bytes) {
  const random = seededRandom(42);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const sentence = SENTENCES[Math.floor(random() * SENTENCES.length)];
    const piece = random() < 0.1 ? `${sentence}\n\n` : `${sentence} `;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let peakHeap = 0;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const sampler = setInterval(sampleHeap, 5);

detectMarkers(syntheticText(1024 * 1024), content, options); // warm the JIT and the stem cache
const rows = [];
for (const mb of SIZES_MB) {
  const text = syntheticText(mb * 1024 * 1024);
  const bytes = Buffer.byteLength(text);
  const times = [];
  let hits = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    hits = detectMarkers(text, content, options).length;
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    sampleHeap();
    // Let the sampler run between runs, and give the collector a chance.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const seconds = median(times);
  rows.push({ mb, bytes, seconds, mbPerSecond: bytes / 1024 / 1024 / seconds, hits });
}
clearInterval(sampler);

const maxRss = process.resourceUsage().maxRSS * 1024;
const lines = [`Détection des marqueurs${model ? ' (indicateurs et modèle)' : ' (indicateurs seuls)'}, texte synthétique, médiane de ${RUNS} passages`, ''];
lines.push('taille    durée     débit        marqueurs');
for (const row of rows) {
  lines.push(
    `${`${row.mb} Mo`.padEnd(8)}  ${`${row.seconds.toFixed(3)} s`.padEnd(8)}  ${`${row.mbPerSecond.toFixed(1)} Mo/s`.padEnd(11)}  ${row.hits}`,
  );
}
const first = rows[0];
const last = rows[rows.length - 1];
lines.push('', `rapport de durée 16 Mo / 1 Mo : ${(last.seconds / first.seconds).toFixed(1)} (linéaire : 16)`);
lines.push(`mémoire : pic du tas ${(peakHeap / 1024 / 1024).toFixed(0)} Mo, RSS maximale ${(maxRss / 1024 / 1024).toFixed(0)} Mo`);
process.stdout.write(`${lines.join('\n')}\n`);
