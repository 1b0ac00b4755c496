import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

const ANSWERS = join(REPO, 'test/fixtures/answers-cafe.yaml');
const tempDir = () => mkdtempSync(join(tmpdir(), 'storyboard-'));

describe('new --answers, status, and the refusals', () => {
  it('creates a project from an answers file, then status --json reports it', async () => {
    const cwd = tempDir();
    const created = await runStoryboard(['new', '--answers', ANSWERS], { cwd });
    expect(created.status).toBe(0);
    expect(created.stderr).toContain('Projet créé : cafe-des-possibles.storyboard.yaml (4 réponses)');
    const file = readFileSync(join(cwd, 'cafe-des-possibles.storyboard.yaml'), 'utf8');
    expect(file).toContain('name: Café des possibles');
    expect(file).toContain("    text: |-\n      Depuis la fermeture du dernier café, les habitants du village n'avaient plus de lieu");

    const status = await runStoryboard(['status', '--json'], { cwd });
    expect(status.status).toBe(0);
    const report = JSON.parse(status.stdout) as { answered: number; total: number; sequences: { id: string; state: string }[] };
    expect(report.answered).toBe(4);
    expect(report.total).toBe(31);
    expect(report.sequences.find((sequence) => sequence.id === 'besoin-collectif')?.state).toBe('partial');
  });

  it('prints a readable status for people', async () => {
    const cwd = tempDir();
    await runStoryboard(['new', '--answers', ANSWERS, '--file', 'cafe.storyboard.yaml'], { cwd });
    const { status, stdout } = await runStoryboard(['status', 'cafe.storyboard.yaml'], { cwd });
    expect(status).toBe(0);
    expect(stdout).toContain('Café des possibles — 4/31 questions répondues');
    expect(stdout).toMatch(/◐ {2}1\. Besoin collectif, aspiration sociale +1\/3/);
  });

  it('never overwrites an existing project: exit 1, file byte-for-byte unchanged, points to resume', async () => {
    const cwd = tempDir();
    await runStoryboard(['new', '--answers', ANSWERS], { cwd });
    const path = join(cwd, 'cafe-des-possibles.storyboard.yaml');
    const before = readFileSync(path);
    for (const args of [['new', '--answers', ANSWERS], ['new', 'Café des possibles']]) {
      const again = await runStoryboard(args, { cwd });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('existe déjà');
      expect(again.stderr).toContain('storyboard resume cafe-des-possibles.storyboard.yaml');
      expect(readFileSync(path)).toEqual(before);
    }
  });

  it('refuses an unknown question id in an answers file, listing the valid ones', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'r.yaml'), 'project: {name: X}\nanswers:\n  besoin-collectif.motivations: oui\n');
    const { status, stderr } = await runStoryboard(['new', '--answers', 'r.yaml'], { cwd });
    expect(status).toBe(1);
    expect(stderr).toContain('r.yaml:3:3');
    expect(stderr).toContain('question inconnue « besoin-collectif.motivations »');
    expect(stderr).toContain('besoin-collectif.motivation,');
  });

  it.each([['new'], ['resume']])('%s without a terminal stops at once with a clear message (exit 2)', async (command) => {
    const cwd = tempDir();
    await runStoryboard(['new', '--answers', ANSWERS], { cwd });
    const started = Date.now();
    const { status, stderr } = await runStoryboard([command], { cwd });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(status).toBe(2);
    expect(stderr).toContain('a besoin d\'un terminal interactif');
  });

  it('says how to start when there is no project here', async () => {
    const { status, stderr } = await runStoryboard(['status'], { cwd: tempDir() });
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('Erreur : Aucun projet (fichier *.storyboard.yaml) dans ce dossier. Pour en commencer un : npx storyboard new');
  });

  it('shows the workshop table when there are several, and clap asks which one', async () => {
    const cwd = tempDir();
    await runStoryboard(['new', '--answers', ANSWERS, '--file', 'a.storyboard.yaml'], { cwd });
    await runStoryboard(['new', '--answers', ANSWERS, '--file', 'b.storyboard.yaml'], { cwd });
    const { status, stdout } = await runStoryboard(['status'], { cwd });
    expect(status).toBe(0);
    expect(stdout).toContain('2 projets dans ce dossier');
    const clap = await runStoryboard(['clap'], { cwd });
    expect(clap.status).toBe(1);
    expect(clap.stderr).toContain('Plusieurs projets dans ce dossier (a.storyboard.yaml, b.storyboard.yaml)');
  });

  it('reads a damaged project file as one French sentence and leaves it unchanged', async () => {
    const cwd = tempDir();
    const path = join(cwd, 'abime.storyboard.yaml');
    writeFileSync(path, 'format: 1\nproject: [\n');
    const { status, stderr } = await runStoryboard(['status', path], { cwd });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Erreur : .*abime\.storyboard\.yaml:\d+:\d+ syntaxe YAML invalide/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path, 'utf8')).toBe('format: 1\nproject: [\n');
  });
});
