import { describe, expect, it } from 'vitest';
import { positionOf, renderTemplate } from '../../../src/cli/render-template.js';
import { StoryboardError } from '../../../src/sequences/index.js';
import { headings } from './markdown-tools.js';
import { fixtureProject, projectWith } from './story-fixtures.js';
import { story } from './story-render.js';

const CUSTOM = `# Dossier : {{project.name}}

Porté par {{project.structure}}{{^project.structure}}(structure à préciser){{/project.structure}}.
{{#sequences}}{{#answered}}

## {{number}}. {{title}}
{{#parts}}

**{{question}}**

{{body}}
{{/parts}}
{{/answered}}{{/sequences}}

## Bilan : {{markers.count}}
{{#markers.families}}
- {{title}} {{bar}}{{#found}} ✓{{/found}}
{{/markers.families}}
`;

function errorOf(action: () => unknown): StoryboardError {
  try {
    action();
  } catch (error) {
    if (error instanceof StoryboardError) return error;
    throw error;
  }
  throw new Error('aucune erreur');
}

describe('a facilitator\u2019s template', () => {
  it('lays out the same data its own way', () => {
    const markdown = story(fixtureProject('unfinished'), [], CUSTOM);
    expect(headings(markdown)).toEqual([
      '1 Dossier : Café des possibles',
      '2 1. Besoin collectif, aspiration sociale',
      '2 2. Place centrale aux bénéficiaires',
      '2 5. Gouvernance partagée',
      '2 6. Ressources hybrides',
      '2 Bilan : 0/11',
    ]);
    expect(markdown).toContain('Porté par Association Les Possibles.');
    expect(markdown).toContain("**Qui va bénéficier de l'initiative ?**\n\nLes habitants du village");
    expect(markdown).toContain('- Gouvernance partagée ○\n');
  });

  it('never reads an answer as template syntax', () => {
    const markdown = story(projectWith({ 'clap.histoire': '{{project.name}} {{#sequences}}x{{/sequences}} {{=<% %>=}}' }, 'Nom'), [], '{{#sequences}}{{#parts}}{{body}}{{/parts}}{{/sequences}}');
    // Left as typed (a `#` after `{` is escaped for pandoc's `{#id}`, `<` always).
    expect(markdown).toBe('{{project.name}} {{\\#sequences}}x{{/sequences}} {{=\\<% %>=}}');
  });

  it('reaches only the data: no prototype, no constructor, no function', () => {
    const text = renderTemplate(
      '[{{constructor}}][{{#constructor.constructor}}boom{{/constructor.constructor}}][{{list.constructor.name}}][{{__proto__}}][{{list.length}}][{{> constructor}}][{{#list}}{{.}}{{/list}}][{{fn}}]',
      { list: ['a', 'b'], fn: () => 'appelée' },
    ).text;
    expect(text).toBe('[][][][][2][][ab][]');
  });

  it('reports names the data does not have', () => {
    const { unknownNames } = renderTemplate('{{titel}} {{project.nom}} {{#sequences}}{{title}}{{/sequences}}', { sequences: [{ title: 'x' }], project: {} });
    expect(unknownNames).toEqual(['titel', 'project.nom']);
  });

  it.each([
    ['an unclosed tag', 'ligne 1\nligne 2 {{ title\nfin', "une balise « {{ » n’est jamais fermée", { line: 2, col: 9 }],
    ['an unclosed section', '# {{title}}\n{{#sequences}}\n## {{title}}\n', "la section « {{#sequences}} » n’est jamais fermée", { line: 2, col: 1 }],
    ['a section closed by another name', '{{#sequences}}\n  {{#parts}}x\n  {{/sequences}}', 'la section « {{#parts}} » (ligne 2) est fermée par « {{/sequences}} »', { line: 3, col: 3 }],
    ['a section never opened', 'a\nb {{/parts}}', "« {{/parts}} » ferme une section qui n’a pas été ouverte", { line: 2, col: 3 }],
  ])('a broken template (%s) gets a French error with its line', (_name, template, message, position) => {
    const error = errorOf(() => renderTemplate(template, {}, 'mon-modele.md.mustache'));
    expect(error.file).toBe('mon-modele.md.mustache');
    expect(error.issues[0]?.message).toContain('modèle invalide');
    expect(error.issues[0]?.message).toContain(message);
    expect(error.issues[0]?.position).toEqual(position);
  });

  it('counts lines and columns from 1', () => {
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, col: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });
});
