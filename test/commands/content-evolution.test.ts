import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

describe('a project answered against an older content', () => {
  it('follows renamed questions, keeps answers to removed ones, and writes nothing on status', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-evolution-'));
    writeFileSync(
      join(cwd, 'r.yaml'),
      'project: {name: Café}\nanswers:\n  besoin-collectif.motivation: Plus de café.\n  diffusion.essaimage: Une deuxième salle.\n  rupture.pratiques: Autrement.\n',
    );
    expect((await runStoryboard(['new', '--answers', 'r.yaml', '--file', 'cafe.storyboard.yaml'], { cwd })).status).toBe(0);
    const before = readFileSync(join(cwd, 'cafe.storyboard.yaml'));

    // Version 2 of the content: one question renamed, one removed.
    const newer = readFileSync(join(REPO, 'content/sequences.yaml'), 'utf8')
      .replace('version: 1.0.0', 'version: 2.0.0\nrenamed:\n  besoin-collectif.motivation: besoin-collectif.origine')
      .replace('- id: besoin-collectif.motivation', '- id: besoin-collectif.origine')
      .replace(/ {6}- id: diffusion\.essaimage\n(?: {8}.*\n)+?(?= {6}- id: )/, '');
    writeFileSync(join(cwd, 'v2.yaml'), newer);
    expect((await runStoryboard(['content', 'check', 'v2.yaml'], { cwd })).status).toBe(0);

    const json = await runStoryboard(['--content', 'v2.yaml', 'status', 'cafe.storyboard.yaml', '--json'], { cwd });
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as { answered: number; orphans: string[]; renamed: { from: string; to: string }[] };
    expect(report.answered).toBe(2);
    expect(report.orphans).toEqual(['diffusion.essaimage']);
    expect(report.renamed).toEqual([{ from: 'besoin-collectif.motivation', to: 'besoin-collectif.origine' }]);

    const human = await runStoryboard(['--content', 'v2.yaml', 'status', 'cafe.storyboard.yaml'], { cwd });
    expect(human.stdout.replace(/\s+/g, ' ')).toContain('besoin-collectif.motivation → besoin-collectif.origine');
    expect(human.stdout.replace(/\s+/g, ' ')).toContain('questions absentes du contenu actuel : diffusion.essaimage');
    expect(human.stdout.replace(/\s+/g, ' ')).toContain('« storyboard-innovation-sociale » 1.0.0');
    expect(readFileSync(join(cwd, 'cafe.storyboard.yaml'))).toEqual(before);

    const story = await runStoryboard(['--content', 'v2.yaml', 'clap', 'cafe.storyboard.yaml', '--stdout'], { cwd });
    expect(story.status).toBe(0);
    expect(story.stdout).toContain('Plus de café.');
  });
});
