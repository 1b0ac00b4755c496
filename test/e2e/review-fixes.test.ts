import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, runCli } from '../helpers/run-cli.js';

const ANSWERS = join(REPO, 'test/fixtures/answers-cafe.yaml');
const tempDir = () => mkdtempSync(join(tmpdir(), 'storyboard-edges-'));

describe('edges a user meets', () => {
  it('clap -o never replaces a file that is not a story', () => {
    const cwd = tempDir();
    runCli(['new', '--answers', ANSWERS, '--file', 'cafe.storyboard.yaml'], { cwd });
    writeFileSync(join(cwd, 'reponses.yaml'), 'mes réponses\n');
    const refused = runCli(['clap', 'cafe.storyboard.yaml', '-o', 'reponses.yaml'], { cwd });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("existe déjà et n'est pas un récit Markdown");
    expect(readFileSync(join(cwd, 'reponses.yaml'), 'utf8')).toBe('mes réponses\n');
    expect(runCli(['clap', 'cafe.storyboard.yaml', '-o', 'histoire.md'], { cwd }).status).toBe(0);
    expect(runCli(['clap', 'cafe.storyboard.yaml', '-o', 'histoire.md'], { cwd }).status).toBe(0);
  });

  it('new into a folder that does not exist says so in French', () => {
    const { status, stderr } = runCli(['new', '--answers', ANSWERS, '--file', 'nulle-part/cafe.storyboard.yaml'], { cwd: tempDir() });
    expect(status).toBe(1);
    expect(stderr.trim()).toBe("Erreur : Impossible d'écrire « nulle-part/cafe.storyboard.yaml » : le dossier n'existe pas");
  });

  it('markers reads any YAML file as a project, whatever its name', () => {
    const cwd = tempDir();
    runCli(['new', '--answers', ANSWERS, '--file', 'projet.yaml'], { cwd });
    const { status, stdout } = runCli(['markers', 'projet.yaml', '--json'], { cwd });
    expect(status).toBe(0);
    const { markers } = JSON.parse(stdout) as { markers: { question?: string }[] };
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.every((hit) => typeof hit.question === 'string')).toBe(true);
  });

  it('an answers file needs no project section when the name is given', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'r.yaml'), 'answers:\n  besoin-collectif.motivation: Plus de café.\n');
    const { status, stderr } = runCli(['new', 'Café', '--answers', 'r.yaml'], { cwd });
    expect(status).toBe(0);
    expect(stderr).toContain('Projet créé : cafe.storyboard.yaml (1 réponse)');
  });

  it.each([[[]], [['content']], [['--no-color']]])('storyboard %j alone shows the help on stdout and exits 0', (args) => {
    const { status, stdout, stderr } = runCli(args);
    expect(status).toBe(0);
    expect(stdout).toContain('Utilisation : storyboard');
    expect(stderr).toBe('');
  });

  it('stops quietly when the reader of its output goes away (`storyboard --help | head -1`)', () => {
    const result = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" --help | head -1`], { encoding: 'utf8' });
    expect(result.stdout).toContain('Utilisation');
    expect(result.stderr).toBe('');
  });

  it('suggests a key only for a near miss', () => {
    const cwd = tempDir();
    const content = readFileSync(join(REPO, 'content/sequences.yaml'), 'utf8');
    writeFileSync(join(cwd, 'a.yaml'), content.replace('credits: >-', 'zzzzzz: x\ncredits: >-'));
    writeFileSync(join(cwd, 'b.yaml'), content.replace('credits: >-', 'credit: x\ncredits: >-'));
    expect(runCli(['content', 'check', 'a.yaml'], { cwd }).stderr).toContain('clés possibles : format, id, version');
    expect(runCli(['content', 'check', 'b.yaml'], { cwd }).stderr).toContain('vouliez-vous dire « credits » ?');
  });
});
