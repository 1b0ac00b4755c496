import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeHits, fixtureProject, projectWith } from './story-fixtures.js';
import { story } from './story-render.js';

// pandoc is optional on a developer's machine: these tests run where it is installed.
const hasPandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;

function pandoc(markdown: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('pandoc', ['--from', 'markdown', ...args], { input: markdown, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!hasPandoc)('the story in pandoc', () => {
  it('converts to DOCX', () => {
    const project = fixtureProject('complete');
    const out = join(mkdtempSync(join(tmpdir(), 'storyboard-pandoc-')), 'histoire.docx');
    const { status, stderr } = pandoc(story(project, completeHits(project)), ['--output', out]);
    expect(stderr).not.toMatch(/error/i);
    expect(status).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(5_000);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('reads the front matter as metadata, and hostile answers as plain text', () => {
    const hostile = '<script>alert(1)</script>\n[x](javascript:alert(1))\n::: div\n$x$ @doe \\textbf{x}\n---\nfin';
    const project = projectWith({ 'besoin-collectif.motivation': hostile, 'clap.histoire': `Intro.\n\n${hostile}` }, 'Pirate <b>');
    const { status, stdout } = pandoc(story(project), ['--to', 'json']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as { meta: Record<string, unknown> };
    expect(Object.keys(json.meta).sort()).toEqual(['date', 'lang', 'title']);
    for (const kind of ['RawInline', 'RawBlock', 'Math', 'Cite', 'Div', 'HorizontalRule', 'Link']) expect(stdout).not.toContain(`"t":"${kind}"`);
  });
});
