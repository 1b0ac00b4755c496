import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

const ANSWERS = join(REPO, 'test/fixtures/answers-cafe.yaml');
const tempDir = () => mkdtempSync(join(tmpdir(), 'storyboard-edges-'));

describe('edges a user meets', () => {
  it('clap -o never replaces a file that is not a story', async () => {
    const cwd = tempDir();
    await runStoryboard(['new', '--answers', ANSWERS, '--file', 'cafe.storyboard.yaml'], { cwd });
    writeFileSync(join(cwd, 'reponses.yaml'), 'mes réponses\n');
    const refused = await runStoryboard(['clap', 'cafe.storyboard.yaml', '-o', 'reponses.yaml'], { cwd });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("existe déjà et n'est pas un récit Markdown");
    expect(readFileSync(join(cwd, 'reponses.yaml'), 'utf8')).toBe('mes réponses\n');
    expect((await runStoryboard(['clap', 'cafe.storyboard.yaml', '-o', 'histoire.md'], { cwd })).status).toBe(0);
    expect((await runStoryboard(['clap', 'cafe.storyboard.yaml', '-o', 'histoire.md'], { cwd })).status).toBe(0);
  });

  it('new into a folder that does not exist says so in French', async () => {
    const { status, stderr } = await runStoryboard(['new', '--answers', ANSWERS, '--file', 'nulle-part/cafe.storyboard.yaml'], { cwd: tempDir() });
    expect(status).toBe(1);
    expect(stderr.trim()).toBe("Erreur : Impossible d'écrire « nulle-part/cafe.storyboard.yaml » : le dossier n'existe pas");
  });

  it('markers reads any YAML file as a project, whatever its name', async () => {
    const cwd = tempDir();
    await runStoryboard(['new', '--answers', ANSWERS, '--file', 'projet.yaml'], { cwd });
    const { status, stdout } = await runStoryboard(['markers', 'projet.yaml', '--json'], { cwd });
    expect(status).toBe(0);
    const { markers } = JSON.parse(stdout) as { markers: { question?: string }[] };
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.every((hit) => typeof hit.question === 'string')).toBe(true);
  });

  it('an answers file needs no project section when the name is given', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'r.yaml'), 'answers:\n  besoin-collectif.motivation: Plus de café.\n');
    const { status, stderr } = await runStoryboard(['new', 'Café', '--answers', 'r.yaml'], { cwd });
    expect(status).toBe(0);
    expect(stderr).toContain('Projet créé : cafe.storyboard.yaml (1 réponse)');
  });

  it.each([[[]], [['content']], [['--no-color']]])('storyboard %j alone shows the help on stdout and exits 0', async (args) => {
    const { status, stdout, stderr } = await runStoryboard(args);
    expect(status).toBe(0);
    expect(stdout).toContain('Utilisation : storyboard');
    expect(stderr).toBe('');
  });

  it('suggests a key only for a near miss', async () => {
    const cwd = tempDir();
    const content = readFileSync(join(REPO, 'content/sequences.yaml'), 'utf8');
    writeFileSync(join(cwd, 'a.yaml'), content.replace('credits: >-', 'zzzzzz: x\ncredits: >-'));
    writeFileSync(join(cwd, 'b.yaml'), content.replace('credits: >-', 'credit: x\ncredits: >-'));
    expect((await runStoryboard(['content', 'check', 'a.yaml'], { cwd })).stderr).toContain('clés possibles : format, id, version');
    expect((await runStoryboard(['content', 'check', 'b.yaml'], { cwd })).stderr).toContain('vouliez-vous dire « credits » ?');
  });
});
