import type { ChalkInstance } from 'chalk';
import type { ProjectSummary, UnreadableProject, WorkshopReport } from '../sequences/workshop/workshop-model.js';
import { truncate, widthOf, wrap } from './layout.js';
import { oneLine } from './terminal-text.js';

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

/** « 24/31 », and what is left aside: « 2 passées ». */
export function answersCell(project: ProjectSummary): string {
  const extras = [project.skipped > 0 ? `${project.skipped} passée${project.skipped > 1 ? 's' : ''}` : '', project.drafts > 0 ? plural(project.drafts, 'brouillon') : '']
    .filter(Boolean)
    .join(', ');
  return `${project.answered}/${project.total}${extras ? ` (${extras})` : ''}`;
}

/** After the repérage, the families the group recognised; before, those storyboard found. */
export function familiesCell(project: ProjectSummary): string {
  const total = project.families.length;
  const recognised = project.counts.confirmed + project.counts.added;
  const suggested = project.counts.suggested;
  if (!project.reperageDone) return `${suggested}/${total} suggérée${suggested > 1 ? 's' : ''}`;
  return `${recognised}/${total} reconnue${recognised > 1 ? 's' : ''}${suggested > 0 ? ` (+${suggested} suggérée${suggested > 1 ? 's' : ''})` : ''}`;
}

type Row = { kind: 'project'; project: ProjectSummary } | { kind: 'unreadable'; unreadable: UnreadableProject };

/** Projects and unreadable files together, in the folder's order. */
export function rowsOf(report: WorkshopReport): Row[] {
  const rows: Row[] = [
    ...report.projects.map((project): Row => ({ kind: 'project', project })),
    ...report.unreadable.map((unreadable): Row => ({ kind: 'unreadable', unreadable })),
  ];
  const file = (row: Row) => (row.kind === 'project' ? row.project.file : row.unreadable.file);
  return rows.sort((a, b) => (file(a) < file(b) ? -1 : file(a) > file(b) ? 1 : 0));
}

const HEADERS = ['Projet', 'Réponses', 'Repérage', 'Familles', 'Modifié'] as const;

/**
 * One line per project: name, answers (and skipped), repérage done or not, families, last
 * change. When the terminal is too narrow for a table, each project becomes a short block
 * of wrapped lines: a table cut by the terminal is unreadable. An unreadable file keeps its
 * place, with its reason.
 */
export function workshopTable(report: WorkshopReport, width: number, style: ChalkInstance, formatDate: (iso: string) => string): string[] {
  const rows = rowsOf(report);
  const cells = rows.map((row) =>
    row.kind === 'project'
      ? [oneLine(row.project.name), answersCell(row.project), row.project.reperageDone ? 'fait' : 'à faire', familiesCell(row.project), formatDate(row.project.updated)]
      : [oneLine(row.unreadable.file), 'illisible', '', '', ''],
  );
  const widths = HEADERS.map((header, column) => Math.max(widthOf(header), ...cells.map((line) => widthOf(line[column] ?? ''))));
  const rest = widths.slice(1).reduce((sum, value) => sum + value + 2, 0);
  // The name takes what the other columns leave, down to 16 columns; below that, blocks.
  const nameWidth = Math.min(widths[0] ?? 0, width - rest);
  if (nameWidth >= 16) {
    const pad = (text: string, column: number) => text + ' '.repeat(Math.max(0, (column === 0 ? nameWidth : (widths[column] ?? 0)) - widthOf(text)));
    const line = (values: readonly string[]) => values.map((value, column) => pad(column === 0 ? truncate(value, nameWidth) : value, column)).join('  ').trimEnd();
    const lines = [style.bold(line(HEADERS))];
    rows.forEach((row, index) => {
      const values = cells[index] ?? [];
      if (row.kind === 'project') {
        lines.push(line(values));
        return;
      }
      lines.push(style.yellow(line(values)));
      lines.push(style.dim(wrap(`  ${oneLine(row.unreadable.reason)}`, width, '  ')));
    });
    return lines;
  }
  const lines: string[] = [];
  rows.forEach((row, index) => {
    if (index > 0) lines.push('');
    if (row.kind === 'unreadable') {
      lines.push(style.yellow(wrap(`${oneLine(row.unreadable.file)} : illisible`, width, '  ')));
      lines.push(style.dim(wrap(`  ${oneLine(row.unreadable.reason)}`, width, '  ')));
      return;
    }
    const project = row.project;
    lines.push(style.bold(wrap(oneLine(project.name), width)));
    lines.push(wrap(`  réponses ${answersCell(project)} · repérage ${project.reperageDone ? 'fait' : 'à faire'}`, width, '  '));
    lines.push(wrap(`  familles ${familiesCell(project)}`, width, '  '));
    lines.push(wrap(`  modifié le ${formatDate(project.updated)}`, width, '  '));
  });
  return lines;
}
