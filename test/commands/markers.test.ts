import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryHit } from '../../src/sequences/story/story-types.js';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

type Hit = StoryHit;

describe('storyboard markers', () => {
  it('reads plain text on stdin and answers the JSON of DESIGN.md §4, evidence at its offsets', async () => {
    const text = "La mairie nous prête la salle et on vend des crêpes. Les décisions sont prises en assemblée générale, où chaque adhérent a une voix.";
    const { status, stdout } = await runStoryboard(['markers', '-', '--json'], { input: text });
    expect(status).toBe(0);
    const { markers } = JSON.parse(stdout) as { markers: Hit[] };
    const families = new Set(markers.map((hit) => hit.family));
    expect(families).toContain('ressources-hybrides');
    expect(families).toContain('gouvernance-partagee');
    for (const hit of markers) {
      expect(Object.keys(hit).sort()).toEqual(['end', 'evidence', 'family', 'label', 'marker', 'start']);
      expect(text.slice(hit.start, hit.end)).toBe(hit.evidence);
    }
  });

  it('analyses each answer of a project file, naming the question', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-markers-'));
    await runStoryboard(['new', '--answers', join(REPO, 'test/fixtures/answers-cafe.yaml'), '--file', 'cafe.storyboard.yaml'], { cwd });
    const { status, stdout } = await runStoryboard(['markers', 'cafe.storyboard.yaml', '--json'], { cwd });
    expect(status).toBe(0);
    const { markers } = JSON.parse(stdout) as { markers: Hit[] };
    const hybrid = markers.filter((hit) => hit.family === 'ressources-hybrides');
    expect(hybrid.length).toBeGreaterThan(0);
    expect(hybrid.every((hit) => hit.question === 'ressources-hybrides.financements')).toBe(true);
  });

  it('prints the families found for people, and exits 0 when there are none', async () => {
    const found = await runStoryboard(['markers', '-'], { input: 'Les décisions sont prises collectivement en assemblée générale.' });
    expect(found.status).toBe(0);
    expect(found.stdout).toContain('Gouvernance partagée');
    const none = await runStoryboard(['markers', '-', '--json'], { input: 'Notre boulangerie vend du pain.' });
    expect(none.status).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual({ markers: [] });
  });

  it('says clearly when the file is missing', async () => {
    const { status, stderr } = await runStoryboard(['markers', 'absent.txt']);
    expect(status).toBe(1);
    expect(stderr).toContain('« absent.txt » est introuvable');
  });
});
