import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runStoryboard } from '../helpers/run-in-process.js';
import { WORKSHOP_FILES, workshopFolder } from '../helpers/workshop.js';

interface StatusRow {
  file: string;
  name?: string;
  answered?: number;
  total?: number;
  stage?: string;
  reperage?: { done: boolean; confirmed: number; added: number; rejected: number };
  families?: { confirmed: number; added: number; suggested: number; rejected: number; missing: number; total: number };
  error?: string;
}

describe('storyboard status on a folder of projects', () => {
  let cwd = '';
  beforeAll(async () => {
    cwd = await workshopFolder();
  });

  it('shows one line per project, the damaged file with its reason, and leaves every file as it was', async () => {
    const before = Object.values(WORKSHOP_FILES).map((file) => readFileSync(join(cwd, file), 'utf8'));
    const { status, stdout, stderr } = await runStoryboard(['status'], { cwd, env: { COLUMNS: '100' } });
    if (process.env.SHOW) console.log(stdout);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('6 projets dans ce dossier (1 illisible)');
    expect(stdout).toMatch(/^Projet +Réponses +Repérage +Familles +Modifié$/m);
    expect(stdout).toMatch(/^La Fabrique des Deux Rives +31\/31 +fait +3\/11 reconnues \(\+7 suggérées\)/m);
    expect(stdout).toMatch(/^Le Jardin partagé +31\/31 +à faire +\d+\/11 suggérées/m);
    expect(stdout).toMatch(/^Café des possibles +2\/31 +à faire/m);
    expect(stdout).toMatch(/^Radio =1\+1 +0\/31 +à faire +0\/11 suggérée/m);
    expect(stdout).toMatch(/^f-abime\.storyboard\.yaml +illisible\n {2}ligne \d+, colonne \d+ : .*YAML/m);
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(Object.values(WORKSHOP_FILES).map((file) => readFileSync(join(cwd, file), 'utf8'))).toEqual(before);
  });

  it('takes a folder as its argument, and a file still gets its own status', async () => {
    const parent = join(cwd, '..');
    const folder = await runStoryboard(['status', cwd], { cwd: parent });
    expect(folder.status).toBe(0);
    expect(folder.stdout).toContain('6 projets dans « ');
    const one = await runStoryboard(['status', WORKSHOP_FILES.half], { cwd });
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('Vélos solidaires ; « atelier » — 16/31 questions répondues');
  });

  it('gives the same with --json, the damaged file with its error', async () => {
    const { status, stdout } = await runStoryboard(['status', '--json'], { cwd });
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { projects: StatusRow[] };
    expect(report.projects.map((row) => row.file)).toEqual(Object.values(WORKSHOP_FILES));
    const [finished, noReperage, half, started, empty, damaged] = report.projects;
    expect(finished).toMatchObject({ name: 'La Fabrique des Deux Rives', answered: 31, total: 31, stage: 'finished', reperage: { done: true, confirmed: 2, added: 1, rejected: 1 } });
    expect(finished?.families).toMatchObject({ confirmed: 2, added: 1, rejected: 1, total: 11 });
    expect(noReperage?.reperage?.done).toBe(false);
    expect(noReperage?.families?.suggested).toBeGreaterThan(5);
    expect(half).toMatchObject({ answered: 16, stage: 'advanced' });
    expect(started).toMatchObject({ answered: 2, stage: 'started' });
    expect(empty).toMatchObject({ answered: 0, stage: 'empty', families: { missing: 11 } });
    expect(damaged?.error).toMatch(/^ligne \d+, colonne \d+ : /);
  });

  it('becomes blocks of short lines in a narrow terminal, none wider than it', async () => {
    const { stdout } = await runStoryboard(['status'], { cwd, env: { COLUMNS: '40' } });
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(stdout).toContain('La Fabrique des Deux Rives\n  réponses 31/31 · repérage fait');
    expect(stdout).toContain('f-abime.storyboard.yaml : illisible');
  });
});
