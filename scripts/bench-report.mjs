// Times `storyboard report` over a workshop of 300 projects of 31 full answers each (made in a
// temporary folder and removed after), Markdown, CSV and HTML: the median of a few runs, and
// the peak memory (maximum resident set size) of the command.
//
//   npm run bench:report [-- --projects 300] [--runs 5] [--keep]
//
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const PROJECTS = option('--projects', 300);
const RUNS = option('--runs', 5);
// --keep: leave the folder for a profiler (node --cpu-prof bin/storyboard.js report DIR).
const KEEP = process.argv.includes('--keep');
const BIN = fileURLToPath(new URL('../bin/storyboard.js', import.meta.url));

const content = parse(readFileSync(new URL('../content/sequences.yaml', import.meta.url), 'utf8'));
const questions = content.sequences.flatMap((sequence) => sequence.questions.map((question) => question.id));
// Real answers of the complete fixture, shifted from project to project so that no two are alike.
const fixture = Object.values(parse(readFileSync(new URL('../test/fixtures/story/complete.yaml', import.meta.url), 'utf8')).answers);

const folder = mkdtempSync(join(tmpdir(), 'storyboard-bench-report-'));
try {
  const now = '2024-05-02T10:00:00.000Z';
  let bytes = 0;
  for (let index = 0; index < PROJECTS; index++) {
    const answers = Object.fromEntries(
      questions.map((id, rank) => [id, { text: `${fixture[(rank + index) % fixture.length]}\nProjet ${index + 1}, réponse ${rank + 1}.`, answered: now }]),
    );
    const reperage = index % 2 === 0 ? [{ family: 'gouvernance-partagee', decision: 'confirmed', date: now }, { family: 'rupture', decision: 'rejected', date: now }] : undefined;
    const text = stringify({
      format: 1,
      content: { id: content.id, version: content.version },
      project: { name: `Projet ${index + 1}`, structure: 'Association', territory: 'Pas-de-Calais' },
      created: now,
      updated: now,
      answers,
      ...(reperage ? { reperage } : {}),
    });
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `projet-${String(index + 1).padStart(3, '0')}.storyboard.yaml`), text);
  }
  console.log(`${PROJECTS} projets de ${questions.length} réponses (${(bytes / 1024 / 1024).toFixed(1)} Mo de YAML), ${RUNS} passages par format, Node ${process.version}`);

  // The command itself, its peak memory written by the same process at exit.
  const rssFile = join(folder, 'rss.txt');
  const runner = `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));
process.argv = [process.execPath, ${JSON.stringify(BIN)}, ...process.argv.slice(1)];
require(${JSON.stringify(BIN)});`;
  for (const format of [[], ['--csv'], ['--html']]) {
    const times = [];
    let peak = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ['-e', runner, 'report', folder, '--stdout', ...format], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (result.status !== 0) throw new Error(`report ${format.join(' ')} a échoué : ${result.stderr}`);
      peak = Math.max(peak, Number(readFileSync(rssFile, 'utf8')) / 1024);
      if (run === 0) console.log(`  ${(format[0] ?? 'markdown').padEnd(9)} sortie : ${(Buffer.byteLength(result.stdout) / 1024).toFixed(0)} Ko`);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(`  ${(format[0] ?? 'markdown').padEnd(9)} médiane ${(median / 1000).toFixed(2)} s (min ${(times[0] / 1000).toFixed(2)} s, max ${(times.at(-1) / 1000).toFixed(2)} s), mémoire max ${peak.toFixed(0)} Mo`);
  }
} finally {
  if (KEEP) console.log(`Dossier gardé : ${folder}`);
  else rmSync(folder, { recursive: true, force: true });
}
