import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../src/cli/markdown-html.js';
import { buildWorkshop } from '../../../src/sequences/workshop/workshop-model.js';
import { HTML_REPORT_MARK, workshopHtml } from '../../../src/sequences/workshop/workshop-html.js';
import { CONTENT, projectWith } from '../story/story-fixtures.js';
import { workshopInputs } from './workshop-fixtures.js';

const OPTIONS = { date: '2024-05-02', formatDate: (iso: string) => iso.slice(0, 10), html: markdownToHtml(), css: 'main { color: black; }' };

describe('workshopHtml', () => {
  const page = workshopHtml(buildWorkshop(workshopInputs(), CONTENT), OPTIONS);

  it('is one page that fetches and runs nothing, marked as a report', () => {
    expect(page).toContain(HTML_REPORT_MARK);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/<script|<link|src="http/);
    expect(page).toContain('<style>\nmain { color: black; }\n</style>');
  });

  it('draws the families across projects and says each part in words', () => {
    expect(page).toContain('<title id="atelier-titre">Les familles de marqueurs dans les 4 projets de l\'atelier</title>');
    expect(page).toContain('<title>Gouvernance partagée : confirmée par le groupe, 1 projet</title>');
    expect(page).toContain('<div id="familles-atelier">');
  });

  it('has a grid of projects by families, each cell with its status in words', () => {
    const row = /<tr><th scope="row">Fabrique<\/th>(.*?)<\/tr>/.exec(page)?.[1] ?? '';
    expect(row.match(/<td /g)).toHaveLength(11);
    expect(row).toContain('<span class="lu">confirmée par le groupe</span>');
    expect(row).toContain('<span class="lu">écartée par le groupe</span>');
  });

  it('shows a hostile project name as text', () => {
    const hostile = projectWith({}, '<script>alert(1)</script> & co');
    const text = workshopHtml(buildWorkshop([{ file: 'x.storyboard.yaml', project: hostile, hits: [] }], CONTENT), OPTIONS);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; co');
  });
});
