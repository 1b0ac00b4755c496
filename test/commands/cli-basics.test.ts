import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

const CONTENT = join(REPO, 'content/sequences.yaml');

describe('storyboard, the built binary', () => {
  it('prints a French help listing every command, with examples', async () => {
    const { status, stdout } = await runStoryboard(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Utilisation : storyboard');
    expect(stdout).toContain('Exemples :');
    for (const command of ['sequences', 'content']) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(stdout).not.toMatch(/Usage:|display help/);
  });

  it('prints its version', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    const { status, stdout } = await runStoryboard(['--version']);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('refuses an unknown command with exit 2 and a French suggestion', async () => {
    const { status, stderr, stdout } = await runStoryboard(['sequence']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('commande inconnue « sequence »');
    expect(stderr).toContain('Vouliez-vous dire « sequences » ?');
  });

  it('refuses an unknown option with exit 2', async () => {
    const { status, stderr } = await runStoryboard(['sequences', '--jsn']);
    expect(status).toBe(2);
    expect(stderr).toContain('option inconnue « --jsn »');
  });

  it('lists the 12 séquences in order as JSON, the Clap last', async () => {
    const { status, stdout } = await runStoryboard(['sequences', '--json']);
    expect(status).toBe(0);
    const { sequences } = JSON.parse(stdout) as {
      sequences: { id: string; title: string; intro: string; questions: { id: string; text: string; hint: string }[]; markers: { id: string; label: string }[] }[];
    };
    expect(sequences).toHaveLength(12);
    expect(sequences.at(-1)?.id).toBe('clap');
    expect(sequences[4]?.markers.map((marker) => marker.label)).toContain('Prise de décision collégiale');
    expect(Object.keys(sequences[0]?.questions[0] ?? {})).toEqual(['id', 'text', 'hint']);
  });

  it('checks the shipped content: exit 0', async () => {
    const { status, stdout } = await runStoryboard(['content', 'check', CONTENT]);
    expect(status).toBe(0);
    expect(stdout.replace(/\s+/g, ' ')).toContain('est valide : 11 séquences puis le Clap, 31 questions');
  });

  it('refuses a content copy with a syntax error: exit 1, a French message naming the line, no stack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyboard-'));
    const broken = join(dir, 'contenu.yaml');
    const lines = readFileSync(CONTENT, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes('title: Gouvernance partagée'));
    lines[at] = '    title: Gouvernance: partagée: oui';
    writeFileSync(broken, lines.join('\n'));
    const before = readFileSync(broken);

    const { status, stderr } = await runStoryboard(['content', 'check', broken]);
    expect(status).toBe(1);
    expect(stderr).toContain(`${broken}:${at + 1}:`);
    expect(stderr).toContain('syntaxe YAML invalide');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(broken)).toEqual(before);
  });

  it('uses an adapted content everywhere with --content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyboard-'));
    const adapted = join(dir, 'contenu.yaml');
    writeFileSync(adapted, readFileSync(CONTENT, 'utf8').replace('title: Accessibilité', 'title: Accès pour tous'));
    const { status, stdout } = await runStoryboard(['--content', adapted, 'sequences']);
    expect(status).toBe(0);
    expect(stdout).toContain('Accès pour tous');
  });

  it('says clearly when a content file is missing: exit 1, one line', async () => {
    const { status, stderr } = await runStoryboard(['--content', 'nulle-part.yaml', 'sequences']);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('Erreur : Le fichier de contenu « nulle-part.yaml » est introuvable');
  });
});
