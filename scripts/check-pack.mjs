// Checks that `npm pack` ships what the CLI needs at run time, and no tests or fixtures.
import { execFileSync } from 'node:child_process';

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = report.files.map((file) => file.path);
const required = ['bin/storyboard.js', 'dist/cli/main.js', 'content/sequences.yaml', 'schema/content.schema.json', 'package.json'];
const missing = required.filter((path) => !files.includes(path));
const forbidden = files.filter((path) => /^(test|src|scripts)\//.test(path) || /\.test\./.test(path));
const hasTemplates = files.some((path) => path.startsWith('templates/'));

if (missing.length > 0 || forbidden.length > 0 || !hasTemplates) {
  console.error('npm pack: missing', missing, 'forbidden', forbidden, 'templates', hasTemplates);
  process.exit(1);
}
console.log(`npm pack ships ${files.length} files: bin, dist, content, schema, templates; no tests.`);
