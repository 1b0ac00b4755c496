import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runStoryboard } from '../helpers/run-in-process.js';

const BIDI_OR_C1 = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('bidirectional and C1 controls in answers', () => {
  it('never reach the terminal raw, and are escaped in the project file and in JSON', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-controls-'));
    writeFileSync(
      join(cwd, 'reponses.yaml'),
      [
        'project:',
        '  name: "Café \\u202Esnoissop sed"',
        'answers:',
        '  besoin-collectif.motivation: "Les habitants \\u2066isolés\\u2069 du quartier,\\x85 avec \\x9b31m la mairie et des bénévoles en association."',
        '',
      ].join('\n'),
    );
    const created = await runStoryboard(['new', '--answers', 'reponses.yaml', '--file', 'p.storyboard.yaml'], { cwd });
    expect(created.status).toBe(0);
    const file = readFileSync(join(cwd, 'p.storyboard.yaml'), 'utf8');
    expect(file).not.toMatch(BIDI_OR_C1);
    expect((parse(file, { strict: true }) as { project: { name: string } }).project.name).toBe('Café \u202esnoissop sed');

    for (const args of [['status', 'p.storyboard.yaml'], ['markers', 'p.storyboard.yaml'], ['status', 'p.storyboard.yaml', '--json'], ['markers', 'p.storyboard.yaml', '--json']]) {
      const result = await runStoryboard(args, { cwd });
      expect(result.status).toBe(0);
      expect(result.stdout + result.stderr).not.toMatch(BIDI_OR_C1);
    }
    const json = JSON.parse((await runStoryboard(['status', 'p.storyboard.yaml', '--json'], { cwd })).stdout) as { project: { name: string } };
    expect(json.project.name).toBe('Café \u202esnoissop sed');
  });
});
