import { escapeXml, familiesSvg } from './families-svg.js';
import type { StoryView } from './story-model.js';

/** Turns the story's Markdown (already inert) into HTML; the CLI gives one built on marked. */
export interface MarkdownToHtml {
  block: (markdown: string) => string;
  inline: (markdown: string) => string;
}

export interface StoryHtmlOptions {
  html: MarkdownToHtml;
  /** The page's stylesheet, screen and print (A4). */
  css: string;
  /** Written in <head>, where the CLI puts the page's fingerprint. */
  headExtra?: string;
}

/** Text without its tags, for <title> and <meta>. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/**
 * The story as one self-contained HTML page, to read on screen or print: no script, no
 * network (a Content-Security-Policy forbids both), its styles inline. The same text as the
 * Markdown story, and the eleven families drawn in SVG before the table that says it in words.
 */
export function storyHtml(view: StoryView, { html: convert, css, headExtra = '' }: StoryHtmlOptions): string {
  // storyboard's notes (the families after an answer, what is « à compléter ») are paragraphs
  // in italics alone: marked as such, so that the page sets them apart from the story.
  const html: MarkdownToHtml = {
    inline: convert.inline,
    block: (markdown) => convert.block(markdown).replace(/<p><em>((?:(?!<\/?em>)[\s\S])*)<\/em><\/p>/g, '<p class="note"><em>$1</em></p>'),
  };
  const title = html.inline(view.title);
  const chapters = view.chapters.map((chapter) => section(`chapitre-${chapter.number}`, html.inline(chapter.title), html.block(chapter.body)));
  const orphans = view.hasOrphans ? [section('autres-reponses', 'Autres réponses', html.block(view.orphansText))] : [];
  const authors = view.project.contributorList.map((name) => textOf(html.inline(name)));
  const picture = familiesSvg(
    view.markers.families.map((family) => ({ title: family.plainTitle, status: family.status })),
    'familles-tableau',
  );
  const markers = [
    '<section id="marqueurs" class="marqueurs">',
    "<h2>Les marqueurs de l'innovation sociale</h2>",
    html.block(view.markers.intro),
    view.hasGroupSays ? `<div class="le-groupe">${html.block(view.groupSays)}</div>` : '',
    `<figure class="familles">${picture}<figcaption>Les ${view.markers.total} familles de marqueurs : où en est chacune. Le tableau ci-dessous dit la même chose en mots.</figcaption></figure>`,
    `<div id="familles-tableau">${html.block(view.markers.table)}</div>`,
    '<section class="pistes"><h3>Pistes pour aller plus loin</h3>',
    html.block(view.markers.pistes),
    '</section></section>',
  ];
  return htmlPage({
    head: [
      '<meta name="generator" content="storyboard">',
      authors.length > 0 ? `<meta name="author" content="${escapeXml(authors.join(', '))}">` : '',
      `<meta name="date" content="${escapeXml(view.date)}">`,
      headExtra,
    ],
    title: textOf(title),
    css,
    body: [
      '<header>',
      `<h1>${title}</h1>`,
      `<div class="presentation">${html.block(view.presentation)}</div>`,
      '</header>',
      section('notre-histoire', 'Notre histoire', html.block(view.histoire), 'histoire'),
      ...chapters,
      ...orphans,
      ...markers,
      `<footer>${html.block(`*${view.storyboard.title}* — ${view.storyboard.credits}`)}</footer>`,
    ],
  });
}

function section(id: string, title: string, body: string, className = 'chapitre'): string {
  return `<section id="${id}" class="${className}">\n<h2>${title}</h2>\n${body}\n</section>`;
}

/**
 * A self-contained page to read or print: no script and nothing to fetch (a
 * Content-Security-Policy forbids both, so it reads the same offline), its styles inside.
 * Empty lines of `head` and `body` are left out.
 */
export function htmlPage(page: { head: readonly string[]; title: string; css: string; bodyClass?: string; body: readonly string[] }): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...page.head,
    `<title>${escapeXml(page.title)}</title>`,
    `<style>\n${page.css.replace(/<\/style/gi, '<\\/style')}\n</style>`,
    '</head>',
    page.bodyClass ? `<body class="${page.bodyClass}">` : '<body>',
    '<main>',
    ...page.body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
