import { stripControl } from '../story/markdown-escape.js';
import { STATUS_TEXT } from '../story/marker-summary.js';
import { STAGE_TEXT, type WorkshopReport } from './workshop-model.js';

/** The first cells of the header: how storyboard recognises a CSV report it may replace. */
export const CSV_REPORT_HEAD = 'Projet;Fichier;Structure;Territoire;Contributeurs;Contenu;Version du contenu;';

const FORMULA = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180, with `;` between cells as French spreadsheets expect): quoted when
 * it holds a separator, a quote, a line break or spaces at its ends, its quotes doubled. A text
 * that a spreadsheet would run as a formula (« =HYPERLINK(…) », « +33… », « @… ») starts with
 * an apostrophe, which the spreadsheet shows as text (OWASP's advice on CSV injection).
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // Control and direction characters mean nothing in a spreadsheet, and could hide what a cell says.
  const clean = stripControl(value);
  const text = FORMULA.test(clean) ? `'${clean}` : clean;
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text: a UTF-8 byte order mark (so that Excel reads the accents right), `;`, CRLF. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/**
 * The workshop for a spreadsheet: one row per project, one column per family (its status in
 * words), and the unreadable files on rows of their own with their reason.
 * @param formatDate a project's last change as people read it
 */
export function workshopCsv(report: WorkshopReport, formatDate: (iso: string) => string): string {
  const families = report.families;
  const header = [
    ...CSV_REPORT_HEAD.split(';').filter(Boolean),
    'Questions répondues',
    'Questions au total',
    'Questions passées',
    'Brouillons',
    'Avancement',
    'Repérage',
    'Familles confirmées',
    'Familles ajoutées',
    'Familles suggérées',
    'Familles écartées',
    'Familles pas encore',
    'Modifié',
    ...families.map((family) => family.title),
    'Problème',
  ];
  const rows: (string | number)[][] = report.projects.map((project) => [
    project.name,
    project.file,
    project.structure ?? '',
    project.territory ?? '',
    project.contributors.join(', '),
    project.content.id,
    project.content.version,
    project.answered,
    project.total,
    project.skipped,
    project.drafts,
    STAGE_TEXT[project.stage],
    project.reperageDone ? 'fait' : 'à faire',
    project.counts.confirmed,
    project.counts.added,
    project.counts.suggested,
    project.counts.rejected,
    project.counts.missing,
    formatDate(project.updated),
    ...project.families.map((family) => STATUS_TEXT[family.status]),
    '',
  ]);
  for (const item of report.unreadable) {
    rows.push(['', item.file, ...Array.from({ length: header.length - 3 }, () => ''), `illisible : ${item.reason}`]);
  }
  return csvText([header, ...rows]);
}
