import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildWorkshop } from '../../../src/sequences/workshop/workshop-model.js';
import { MARKDOWN_REPORT_MARK, workshopMarkdown } from '../../../src/sequences/workshop/workshop-markdown.js';
import { CONTENT, projectWith } from '../story/story-fixtures.js';
import { workshopInputs } from './workshop-fixtures.js';

const OPTIONS = { date: '2024-05-02', formatDate: (iso: string) => iso.slice(0, 10) };
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('workshopMarkdown', () => {
  const markdown = plain(workshopMarkdown(buildWorkshop(workshopInputs(), CONTENT), OPTIONS));

  it('gives the summary, one table row per project, the families across projects and the pistes', () => {
    expect(markdown).toContain('*2 mai 2024* — 5 projets (dont 1 illisible).');
    expect(markdown).toContain('- **Avancement :** 2 finis, 1 commencé, 1 pas commencé.');
    expect(markdown).toContain('- **Repérage en groupe :** fait dans 1 projet sur 4.');
    expect(markdown).toContain('| Fabrique | 31/31 | fini | fait | 2 | 5 | 4 |');
    expect(markdown).toContain('| Rupture contextualisée | rare (0/4) | 0 | 0 | 0 | 0 | 4 |');
    expect(markdown).toContain('### Accessibilité\n\nAbsente de 4 projets sur 4 : Fabrique, La Fabrique des Deux Rives, Café des possibles et Radio.');
    expect(markdown).toContain('- `e.storyboard.yaml` : ligne 2, colonne 10 : syntaxe YAML invalide');
    expect(markdown.endsWith(`${MARKDOWN_REPORT_MARK}\n`)).toBe(true);
  });

  it('warns that the contents differ and lists which project used which', () => {
    expect(markdown).toContain("> **Attention :** les projets n'ont pas tous été répondus avec le même contenu.");
    expect(markdown).toContain('- « storyboard-innovation-sociale » 0.9 : d.storyboard.yaml');
  });

  it('keeps what groups typed as text: a name cannot open a heading, a link or break a table', () => {
    const hostile = projectWith({}, '# Titre | <img src=x> [lien](https://exemple.fr)');
    const text = workshopMarkdown(buildWorkshop([{ file: 'x.storyboard.yaml', project: hostile, hits: [] }], CONTENT), OPTIONS);
    const tokens = Lexer.lex(text);
    expect(tokens.filter((token) => token.type === 'heading' && token.depth === 1)).toHaveLength(1);
    const table = tokens.find((token) => token.type === 'table') as { rows: unknown[][]; header: unknown[] } | undefined;
    expect(table?.rows[0]).toHaveLength(table?.header.length ?? -1);
    expect(JSON.stringify(tokens)).not.toMatch(/"type":"(link|html)"/);
  });
});
