import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumRender } from '../helpers/chromium.js';
import { runStoryboard } from '../helpers/run-in-process.js';
import { workshopFolder } from '../helpers/workshop.js';

const ENV = { SOURCE_DATE_EPOCH: '1714644000' };

describe('storyboard report --html', () => {
  it('writes rapport-atelier.html, rewrites its own page and never another', async () => {
    const cwd = await workshopFolder();
    const { status, stderr } = await runStoryboard(['report', '--html'], { cwd, env: ENV });
    expect(status).toBe(0);
    expect(stderr).toContain('Rapport écrit : rapport-atelier.html (5 projets).');
    expect((await runStoryboard(['report', '--html'], { cwd, env: ENV })).status).toBe(0);
    writeFileSync(join(cwd, 'page.html'), '<p>Ma page</p>');
    const refused = await runStoryboard(['report', '--html', '-o', 'page.html'], { cwd });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("n'est pas un rapport HTML écrit par storyboard");
    expect(readFileSync(join(cwd, 'page.html'), 'utf8')).toBe('<p>Ma page</p>');
  });

  it.skipIf(!CHROMIUM)('opens in headless Chromium with its picture and grid, and prints on A4', async () => {
    const cwd = await workshopFolder();
    expect((await runStoryboard(['report', '--html'], { cwd, env: ENV })).status).toBe(0);
    const page = pathToFileURL(join(cwd, 'rapport-atelier.html')).href;
    const shot = join(cwd, 'page.png');
    const pdf = join(cwd, 'page.pdf');
    const { status, dom } = chromiumRender(page, { windowSize: '1000,2600', screenshot: shot, pdf });
    expect(status).toBe(0);
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    expect(dom).toContain('<h1>Rapport d’atelier</h1>');
    expect(dom).toContain('<th scope="row">La Fabrique des Deux Rives</th>');
    expect(dom).toContain('<title>Rupture contextualisée : écartée par le groupe, 1 projet</title>');
    expect(dom).toContain('f-abime.storyboard.yaml');
    const printed = readFileSync(pdf).toString('latin1');
    const boxes = [...printed.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  }, 180_000);
});
