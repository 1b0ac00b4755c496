// Packaging check: `npm pack` ships what the CLI needs and no tests; the tarball installed
// globally into a fresh prefix gives a `storyboard` that works from any folder, with only
// the production dependencies.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'storyboard-pack-'));
const elsewhere = mkdtempSync(join(tmpdir(), 'storyboard-elsewhere-'));
const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', ...options });
const fail = (message) => {
  console.error(`packaging: ${message}`);
  process.exit(1);
};

try {
  const [report] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root }));
  const files = report.files.map((file) => file.path);
  const required = ['bin/storyboard.js', 'bin/package.json', 'dist/cli/storyboard.cjs', 'dist/cli/command-new.cjs', 'dist/cli/command-clap.cjs', 'dist/cli/report-failure.cjs', 'dist/cli/vendor-prompts.cjs', 'dist/cli/vendor-preview.cjs', 'dist/cli/vendor-html.cjs', 'dist/content.json', 'dist/patterns.json', 'content/sequences.yaml', 'schema/content.schema.json', 'templates/story.md.mustache', 'package.json', 'README.md'];
  const missing = required.filter((path) => !files.includes(path));
  // Node's compile cache lives in the user's temporary folder: the package ships no code cache.
  const forbidden = files.filter((path) => /^(test|src|scripts|\.ci)\//.test(path) || /\.test\./.test(path) || /\.cache$/.test(path));
  if (missing.length > 0) fail(`missing from the tarball: ${missing.join(', ')}`);
  if (forbidden.length > 0) fail(`tests, sources or caches in the tarball: ${forbidden.slice(0, 5).join(', ')}`);

  const prefix = join(work, 'prefix');
  run('npm', ['install', '--global', '--prefix', prefix, '--omit=dev', '--no-audit', '--no-fund', join(work, report.filename)], { cwd: work, stdio: 'pipe' });
  const bin = join(prefix, 'bin', 'storyboard');
  const env = { ...process.env, NO_COLOR: '1' };
  const version = run(bin, ['--version'], { cwd: elsewhere, env }).trim();
  if (version !== report.version) fail(`--version says ${version}, expected ${report.version}`);
  const { sequences } = JSON.parse(run(bin, ['sequences', '--json'], { cwd: elsewhere, env }));
  if (sequences.length !== 12) fail(`sequences --json lists ${sequences.length} séquences`);
  writeFileSync(join(elsewhere, 'r.yaml'), "project: {name: Café}\nanswers:\n  ressources-hybrides.financements: La mairie nous prête la salle et on vend des crêpes.\n");
  run(bin, ['new', '--answers', 'r.yaml'], { cwd: elsewhere, env, stdio: 'pipe' });
  const story = run(bin, ['clap', '--stdout'], { cwd: elsewhere, env });
  if (!story.includes('Ressources hybrides')) fail('clap from another folder did not tag the hybrid resources');
  console.log(`npm pack ships ${files.length} files (bin, dist, content, schema, templates; no tests); the installed tarball runs from another folder.`);
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
}
