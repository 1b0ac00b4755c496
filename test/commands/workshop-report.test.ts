import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runStoryboard } from '../helpers/run-in-process.js';
import { WORKSHOP_FILES, workshopFolder } from '../helpers/workshop.js';

const ENV = { SOURCE_DATE_EPOCH: '1714644000', TZ: 'Europe/Paris' };
/** The report's text with its non-breaking spaces (French typography) read as spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const snapshot = (cwd: string) => Object.values(WORKSHOP_FILES).map((file) => readFileSync(join(cwd, file), 'utf8'));

describe('storyboard report (Markdown)', () => {
  it('writes rapport-atelier.md next to the projects, leaves them as they were, and names the damaged file', async () => {
    const cwd = await workshopFolder();
    const before = snapshot(cwd);
    const { status, stderr } = await runStoryboard(['report'], { cwd, env: ENV });
    expect(status).toBe(0);
    expect(stderr).toContain('Rapport écrit : rapport-atelier.md (5 projets).');
    expect(stderr).toContain('Fichier illisible, laissé de côté : f-abime.storyboard.yaml (ligne 3');
    expect(snapshot(cwd)).toEqual(before);
    const report = plain(readFileSync(join(cwd, 'rapport-atelier.md'), 'utf8'));
    expect(report).toContain('*2 mai 2024* — 6 projets (dont 1 illisible).');
    expect(report).toMatch(/\| La Fabrique des Deux Rives \| 31\/31 \| fini \| fait \| 3 \| \d+ \| \d+ \|/);
    expect(report).toContain('| Radio =1+1 | 0/31 | pas commencé | à faire | 0 | 0 | 11 |');
    expect(report).toContain('- **Repérage :** fait par le groupe (2 familles confirmées, 1 ajoutée, 1 écartée).');
    expect(report).toContain('- × **Écartée par le groupe :** Rupture contextualisée.');
    expect(report).toMatch(/## Pistes pour l’atelier\n\n.*\n\n### Rupture contextualisée\n\nAbsente de 4 projets sur 5/);
    expect(report).toContain('## Fichiers illisibles\n\n- `f-abime.storyboard.yaml`');
    expect(report).toContain('Tous les projets ont été répondus avec le contenu « storyboard-innovation-sociale »');
    expect(report.trimEnd().endsWith('[//]: # "storyboard-rapport-atelier"')).toBe(true);
    // Written again over its own report, the same text.
    expect((await runStoryboard(['report'], { cwd, env: ENV })).status).toBe(0);
    expect(plain(readFileSync(join(cwd, 'rapport-atelier.md'), 'utf8'))).toBe(report);
  });

  it('reads the files given, and a folder from elsewhere, and writes to --stdout', async () => {
    const cwd = await workshopFolder();
    const files = await runStoryboard(['report', '--stdout', WORKSHOP_FILES.finished, WORKSHOP_FILES.empty], { cwd, env: ENV });
    expect(files.status).toBe(0);
    expect(files.stdout).toContain('— 2 projets.');
    const folder = await runStoryboard(['report', cwd], { cwd: join(cwd, '..'), env: ENV });
    expect(folder.status).toBe(0);
    expect(readFileSync(join(cwd, 'rapport-atelier.md'), 'utf8')).toContain('— 6 projets');
  });

  it('warns when the projects were answered with different contents, and names each', async () => {
    const cwd = await workshopFolder();
    const file = join(cwd, WORKSHOP_FILES.started);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( +version: ).*$/m, '$1"0.9"'));
    const { status, stdout: text, stderr } = await runStoryboard(['report', '--stdout'], { cwd, env: ENV });
    const stdout = plain(text);
    expect(status).toBe(0);
    expect(stdout).toContain("> **Attention :** les projets n'ont pas tous été répondus avec le même contenu.");
    expect(stdout).toMatch(/- « storyboard-innovation-sociale » 0\.9 : d-cafe\.storyboard\.yaml/);
    expect(stderr).toContain('(4 projets), « storyboard-innovation-sociale » 0.9 (1 projet)');
    expect((await runStoryboard(['status'], { cwd })).stdout).toContain('Attention : les projets n');
  });

  it('never replaces a file that is not one of its reports, a project, or a link', async () => {
    const cwd = await workshopFolder();
    writeFileSync(join(cwd, 'notes.md'), 'Mes notes\n');
    const notes = await runStoryboard(['report', '-o', 'notes.md'], { cwd });
    expect(notes.status).toBe(1);
    expect(notes.stderr).toContain("« notes.md » existe déjà et n'est pas un rapport Markdown écrit par storyboard");
    expect(readFileSync(join(cwd, 'notes.md'), 'utf8')).toBe('Mes notes\n');
    const project = await runStoryboard(['report', '-o', WORKSHOP_FILES.half], { cwd });
    expect(project.status).toBe(1);
    expect(project.stderr).toContain('est un fichier projet');
    symlinkSync('notes.md', join(cwd, 'lien.md'));
    const link = await runStoryboard(['report', '-o', 'lien.md'], { cwd });
    expect(link.status).toBe(1);
    expect(link.stderr).toContain('lien symbolique');
    expect(readFileSync(join(cwd, 'notes.md'), 'utf8')).toBe('Mes notes\n');
  });

  it('stops with one sentence when no project can be read, and on two formats at once', async () => {
    const cwd = await workshopFolder();
    const none = await runStoryboard(['report', WORKSHOP_FILES.damaged], { cwd });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^Erreur : Aucun projet n'a pu être lu, pas de rapport \(f-abime\.storyboard\.yaml : ligne 3/);
    const both = await runStoryboard(['report', '--csv', '--html'], { cwd });
    expect(both.status).toBe(2);
  });
});

describe('storyboard report --csv', () => {
  it('writes rapport-atelier.csv as a French spreadsheet opens it: BOM, « ; », CRLF, one row per project', async () => {
    const cwd = await workshopFolder();
    const { status, stderr } = await runStoryboard(['report', '--csv'], { cwd, env: ENV });
    expect(status).toBe(0);
    expect(stderr).toContain('Rapport écrit : rapport-atelier.csv (5 projets).');
    const bytes = readFileSync(join(cwd, 'rapport-atelier.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length).toBe(8);
    const [header = [], ...rows] = parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][];
    expect(rows).toHaveLength(6);
    const column = (name: string) => header.indexOf(name);
    expect(rows.map((row) => row[column('Projet')])).toEqual(['La Fabrique des Deux Rives', 'Le Jardin partagé', 'Vélos solidaires ; « atelier »', 'Café des possibles', 'Radio =1+1', '']);
    expect(rows[0]?.[column('Rupture contextualisée')]).toBe('écartée par le groupe');
    expect(rows[4]?.[column('Questions répondues')]).toBe('0');
    expect(rows[5]?.[column('Problème')]).toMatch(/^illisible : ligne 3, colonne 1 : syntaxe YAML invalide/);
    // Written again over its own report; a CSV of the person's own is never replaced.
    expect((await runStoryboard(['report', '--csv'], { cwd, env: ENV })).status).toBe(0);
    writeFileSync(join(cwd, 'budget.csv'), 'Poste;Montant\r\n');
    const refused = await runStoryboard(['report', '--csv', '-o', 'budget.csv'], { cwd });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("n'est pas un rapport CSV écrit par storyboard");
    expect(readFileSync(join(cwd, 'budget.csv'), 'utf8')).toBe('Poste;Montant\r\n');
  });
});
