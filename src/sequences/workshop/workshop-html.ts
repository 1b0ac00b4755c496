import { escapeXml, STATUS_LOOK } from '../story/families-svg.js';
import { htmlPage, type MarkdownToHtml } from '../story/story-html.js';
import type { WorkshopReport } from './workshop-model.js';
import { type WorkshopTextOptions, workshopSections } from './workshop-markdown.js';
import { workshopSvg } from './workshop-svg.js';

/** In every report page: how storyboard knows a page it may replace is one of its reports. */
export const HTML_REPORT_MARK = '<meta name="generator" content="storyboard rapport-atelier">';

export interface WorkshopHtmlOptions extends WorkshopTextOptions {
  html: MarkdownToHtml;
  /** The page's stylesheet, screen and print (A4). */
  css: string;
}

/**
 * The workshop report as one self-contained page to read or print: no script, nothing to
 * fetch (a Content-Security-Policy forbids both), its styles inside. The same text as the
 * Markdown report, with the families drawn across projects and a grid of the projects and
 * their families, each cell saying its status in words for screen readers and in print.
 */
export function workshopHtml(report: WorkshopReport, options: WorkshopHtmlOptions): string {
  const { html, css } = options;
  const parts = workshopSections(report, options);
  const section = (id: string, title: string, body: string) => `<section id="${id}">\n<h2>${title}</h2>\n${body}\n</section>`;
  return htmlPage({
    head: [HTML_REPORT_MARK, `<meta name="date" content="${escapeXml(options.date)}">`],
    title: parts.title,
    css,
    bodyClass: 'rapport',
    body: [
      '<header>',
      `<h1>${escapeXml(parts.title)}</h1>`,
      `<div class="presentation">${html.block(parts.summary)}</div>`,
      parts.contents ? `<div class="contenus">${html.block(parts.contents)}</div>` : '',
      '</header>',
      section(
        'familles',
        'Les familles de marqueurs dans l\u2019atelier',
        [
          `<figure class="familles">${workshopSvg(report.families, report.projects.length, 'familles-atelier')}<figcaption>Chaque barre compte les projets : où en est la famille dans chacun. Le tableau ci-dessous dit la même chose en mots.</figcaption></figure>`,
          `<div id="familles-atelier">${html.block(parts.familiesTable)}</div>`,
        ].join('\n'),
      ),
      section('pistes', 'Pistes pour l\u2019atelier', html.block(parts.pistes)),
      section('projets', 'Les projets', [html.block(parts.projectsTable), grid(report)].join('\n')),
      section('detail', 'Projet par projet', html.block(parts.details)),
      report.unreadable.length > 0 ? section('illisibles', 'Fichiers illisibles', html.block(parts.unreadable)) : '',
      `<footer>${html.block('Rapport écrit par storyboard, *le storyboard de l\u2019innovation sociale*. Il lit les projets et ne les modifie pas.')}</footer>`,
    ],
  });
}

/** Projects in rows, families in numbered columns (their names in the legend before it). */
function grid(report: WorkshopReport): string {
  const legend = report.families.map((family, index) => `<li><span class="num">${index + 1}</span> ${escapeXml(family.title)}</li>`).join('');
  const head = report.families.map((family, index) => `<th scope="col" title="${escapeXml(family.title)}"><abbr title="${escapeXml(family.title)}">${index + 1}</abbr></th>`).join('');
  const rows = report.projects.map((project) => {
    const cells = project.families
      .map((family) => {
        const look = STATUS_LOOK[family.status];
        return `<td class="statut ${family.status}" title="${escapeXml(`${family.title} : ${look.word}`)}"><span aria-hidden="true">${look.symbol}</span><span class="lu">${escapeXml(look.word)}</span></td>`;
      })
      .join('');
    return `<tr><th scope="row">${escapeXml(project.name.trim())}</th>${cells}</tr>`;
  });
  return [
    '<h3>Chaque projet, famille par famille</h3>',
    `<ol class="legende-familles">${legend}</ol>`,
    '<div class="grille-cadre"><table class="grille">',
    `<thead><tr><th scope="col">Projet</th>${head}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
  ].join('\n');
}
