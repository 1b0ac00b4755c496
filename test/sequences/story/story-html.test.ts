import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../src/cli/markdown-html.js';
import { buildStory } from '../../../src/sequences/story/index.js';
import { storyHtml } from '../../../src/sequences/story/story-html.js';
import { CONTENT, completeHits, DATE, fixtureProject } from './story-fixtures.js';

const CSS = readFileSync(fileURLToPath(new URL('../../../templates/story.css', import.meta.url)), 'utf8');
const HOSTILE = '<script>alert(1)</script> <img src="https://pisteur.example/x.png"> [clic](https://exemple.fr) https://exemple.fr www.exemple.fr awa@exemple.fr';

function page(answers: Record<string, string> = {}, reperage = true): string {
  const base = fixtureProject('complete');
  const project = {
    ...base,
    answers: { ...base.answers, ...Object.fromEntries(Object.entries(answers).map(([id, text]) => [id, { text, answered: '2024-05-02T10:00:00.000Z' }])) },
    ...(reperage
      ? {
          reperage: [
            { family: 'gouvernance-partagee', decision: 'confirmed' as const, date: '2024-05-02T10:00:00.000Z' },
            { family: 'diffusion', decision: 'added' as const, question: 'diffusion.essaimage', note: 'Un deuxième atelier.', date: '2024-05-02T10:00:00.000Z' },
            { family: 'rupture', decision: 'rejected' as const, date: '2024-05-02T10:00:00.000Z' },
          ],
        }
      : {}),
  };
  return storyHtml(buildStory({ content: CONTENT, project, hits: completeHits(base), date: DATE }), { html: markdownToHtml(), css: CSS });
}

describe('the story as one HTML page', () => {
  const html = page({ 'besoin-collectif.motivation': HOSTILE, 'clap.histoire': HOSTILE });

  it('is self-contained: no script, no link, nothing fetched, a policy that forbids both', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script|<a\b|<img|<link|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(?:src|href)=/i);
    // What the person typed is there, as text.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('https://exemple.fr www.exemple.fr awa@exemple.fr');
  });

  it('tells the story first, then the chapters, then the markers with their picture and its text equivalent', () => {
    const headings = [...html.matchAll(/<h([1-3])>([^<]*)<\/h\1>/g)].map((match) => `${match[1]} ${match[2]}`);
    expect(headings.slice(0, 3)).toEqual(['1 La Fabrique des Deux Rives', '2 Notre histoire', '2 Besoin collectif, aspiration sociale']);
    expect(headings).toContain("2 Les marqueurs de l'innovation sociale");
    expect(headings.at(-1)).toBe('3 Pistes pour aller plus loin');
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-describedby="familles-tableau"');
    expect(svg).toContain('<desc id="familles-desc">Une case par famille. confirmée par le groupe : 1 ; ajoutée par le groupe : 1 ; suggérée par storyboard : 6 ; écartée par le groupe : 1 ; pas encore : 2.</desc>');
    // One tile per family, with its name and its status in words.
    expect(svg.match(/<g><title>/g)).toHaveLength(11);
    expect(svg).toContain('<title>Modalités de diffusion : ajoutée par le groupe</title>');
    expect(svg).toContain('<title>Rupture contextualisée : écartée par le groupe</title>');
    expect(html.indexOf('<svg')).toBeLessThan(html.indexOf('<div id="familles-tableau"><table>'));
  });

  it('sets storyboard\u2019s notes apart from the story', () => {
    expect(html).toContain('<p class="note"><em>Marqueur reconnu par le groupe\u00A0: Gouvernance partagée.</em></p>');
    // A paragraph that merely starts with a lead-in stays a paragraph of the story.
    expect(html).toMatch(/<p><em>Qu&#39;est-ce qui a motivé l&#39;émergence de l&#39;initiative\u00A0\?<\/em> /);
  });

  it('prints on A4', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
  });

  it('draws an unreviewed project\u2019s families as suggestions, never as the group\u2019s', () => {
    const svg = /<svg[\s\S]*?<\/svg>/.exec(page({}, false))?.[0] ?? '';
    expect(svg).toContain('confirmée par le groupe : 0 ; ajoutée par le groupe : 0 ; suggérée par storyboard : 7');
    expect(svg).not.toContain('◆ ajoutée</text>');
  });
});
