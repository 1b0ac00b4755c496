import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { signMarkdown } from '../../../src/cli/story-fingerprint.js';
import { completeHits, fixtureProject, projectWith } from './story-fixtures.js';
import { story } from './story-render.js';

// pandoc is optional on a developer's machine: these tests run where it is installed.
const hasPandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;

function pandoc(markdown: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('pandoc', ['--from', 'markdown', ...args], { input: markdown, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ADDRESSES = [
  'Écrivez-nous : contact@fabrique.fr, ou https://fabrique.example.org/atelier?x=1 et www.fabrique.fr.',
  'mailto:awa@fabrique.fr — ftp://fichiers.fabrique.fr — HTTP://MAJUSCULES.FR',
  '1. une liste ?',
  '# pas un titre',
].join('\n');

describe.skipIf(!hasPandoc)('the story in pandoc', () => {
  it.each(['markdown', 'gfm', 'commonmark_x', 'commonmark'])('keeps bare addresses, lists and headings typed in answers as text (%s → HTML)', (reader) => {
    const project = projectWith({ 'besoin-collectif.motivation': ADDRESSES, 'clap.histoire': ADDRESSES }, 'Projet www.exemple.fr');
    const markdown = story(project).replace(/^---\n[\s\S]*?\n---\n/, '');
    const result = spawnSync('pandoc', ['--from', reader, '--to', 'html'], { input: markdown, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(0);
    const html = result.stdout;
    expect(html).not.toMatch(/<a\b/);
    expect(html).toContain('contact@fabrique.fr');
    expect(html).toContain('https://fabrique.example.org/atelier?x=1');
    expect(html).toContain('www.fabrique.fr');
    expect(html).toContain('mailto:awa@fabrique.fr');
    // The headings are storyboard's only: the title, the story, the chapters, the markers…
    const headings = [...html.matchAll(/<h(\d)[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => match[2]?.replace(/<[^>]+>/g, '').replace(/\s+/g, ' '));
    expect(headings).not.toContain('pas un titre');
    expect(headings.slice(0, 3)).toEqual(['Projet www.exemple.fr', 'Notre histoire', 'Besoin collectif, aspiration sociale']);
    expect(html).not.toContain('<ol');
  });

  it('never shows the fingerprint that clap adds to the file', () => {
    const signed = signMarkdown(story(fixtureProject('unfinished')));
    for (const reader of ['markdown', 'gfm', 'commonmark']) {
      const html = spawnSync('pandoc', ['--from', reader, '--to', 'html'], { input: signed, encoding: 'utf8', timeout: 30_000 }).stdout;
      expect(html).toContain('Pistes pour aller plus loin');
      expect(html).not.toContain('empreinte');
    }
    expect(marked.parse(signed.replace(/^---\n[\s\S]*?\n---\n/, ''))).not.toContain('empreinte');
  });

  it('reads back from DOCX with the same outline and words, no link, and its non-breaking spaces', () => {
    const project = fixtureProject('complete');
    const dir = mkdtempSync(join(tmpdir(), 'storyboard-pandoc-'));
    const out = join(dir, 'histoire.docx');
    const markdown = story({ ...project, answers: { ...project.answers, 'clap.histoire': { text: ADDRESSES, answered: '2024-05-02T10:00:00.000Z' } } }, completeHits(project));
    expect(pandoc(markdown, ['--output', out]).status).toBe(0);
    const back = spawnSync('pandoc', ['--from', 'docx', '--to', 'json', out], { encoding: 'utf8', timeout: 30_000 });
    expect(back.status).toBe(0);
    expect(back.stdout).not.toContain('"t":"Link"');
    const plain = spawnSync('pandoc', ['--from', 'docx', '--to', 'plain', '--wrap', 'none', out], { encoding: 'utf8', timeout: 30_000 }).stdout;
    expect(plain).toContain('Notre histoire');
    expect(plain).toContain('https://fabrique.example.org/atelier?x=1');
    expect(plain).toContain('Suggestion de storyboard\u00A0: Gouvernance partagée.');
    // pandoc's smart typography turns ' into ’.
    expect(plain).toContain('Qu’est-ce qui a motivé l’émergence de l’initiative\u00A0? En 2019');
    expect(plain).toContain('Confirmées par le groupe   0');
  });

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
