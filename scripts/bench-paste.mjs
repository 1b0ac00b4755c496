// Pastes a long answer into `storyboard resume` running in tmux (a real terminal: its paste
// reaches the program as a terminal's does, at the pace the program reads), and times how
// long until every line is saved in the project file. A paste is what a person does with a
// text written elsewhere: it must never be slow enough to look lost. Needs tmux.
//
//   npm run build && node scripts/bench-paste.mjs [--unbracketed] [LINES…]   (default: 1000 3000 10000)
//
// tmux pastes as terminals do: wrapped in bracketed-paste marks when the program asked for them
// (`paste-buffer -p`). `--unbracketed` pastes as a terminal without bracketed paste would: key
// by key, the slow path.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const BIN = fileURLToPath(new URL('../bin/storyboard.js', import.meta.url));
const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const bracketed = !process.argv.includes('--unbracketed');
const TIME_LIMIT_MS = 300_000;
const SESSION = `storyboard-paste-${process.pid}`;
const tmux = (...args) => execFileSync('tmux', args, { encoding: 'utf8' });

async function until(what, test) {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > TIME_LIMIT_MS) throw new Error(`${what} : rien après ${TIME_LIMIT_MS / 1000} s`);
    await sleep(100);
  }
}

function savedLines(file) {
  try {
    const answer = Object.values(parse(readFileSync(file, 'utf8')).answers ?? {})[0];
    return answer ? answer.text.split('\n').length : 0;
  } catch {
    return 0; // being replaced right now
  }
}

async function pasteOnce(lines) {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-paste-'));
  const project = join(cwd, 'p.storyboard.yaml');
  try {
    writeFileSync(join(cwd, 'r.yaml'), 'project: { name: Collage }\n');
    execFileSync(process.execPath, [BIN, 'new', '--answers', 'r.yaml', '--file', 'p.storyboard.yaml'], { cwd, stdio: 'ignore' });
    const text = Array.from({ length: lines }, (_, i) => `Ligne ${i + 1} : nous collons ici un texte écrit ailleurs, à garder tel quel.`).join('\n');
    writeFileSync(join(cwd, 'paste.txt'), text);
    tmux('new-session', '-d', '-s', SESSION, '-x', '100', '-y', '40', '-c', cwd, `${process.execPath} ${BIN} resume p.storyboard.yaml; sleep 600`);
    const screen = () => tmux('capture-pane', '-p', '-t', SESSION);
    await until('le menu', () => screen().includes('Que voulez-vous faire'));
    tmux('send-keys', '-t', SESSION, 'Enter');
    await until('la question', () => screen().includes('Ctrl+D'));
    tmux('load-buffer', join(cwd, 'paste.txt'));
    const started = performance.now();
    tmux('paste-buffer', ...(bracketed ? ['-p'] : []), '-t', SESSION);
    tmux('send-keys', '-t', SESSION, 'C-d');
    await until('la réponse enregistrée', () => savedLines(project) >= lines);
    const ms = performance.now() - started;
    const saved = Object.values(parse(readFileSync(project, 'utf8')).answers)[0].text;
    return { ms, kept: savedLines(project), same: saved === text };
  } finally {
    try {
      tmux('kill-session', '-t', SESSION);
    } catch {}
    rmSync(cwd, { recursive: true, force: true });
  }
}

for (const lines of counts.length > 0 ? counts : [1000, 3000, 10000]) {
  const { ms, kept, same } = await pasteOnce(lines);
  console.log(`collage${bracketed ? '' : ' sans marques de collage'} de ${lines} lignes : ${(ms / 1000).toFixed(1)} s jusqu'à l'enregistrement, ${kept} lignes gardées, ${same ? 'texte identique' : 'TEXTE ALTÉRÉ'}`);
}
