import type { FamilyStatus } from '../reperage.js';
import { frenchSpaces } from '../story/french-typography.js';
import { escapeInline, escapeTableCell } from '../story/markdown-escape.js';
import { STATUS_TEXT } from '../story/marker-summary.js';
import { frenchDate, frenchList } from '../story/story-model.js';
import { type ProjectSummary, STAGE_TEXT, type Spread, type WorkshopReport } from './workshop-model.js';

/** The last line of a Markdown report: how storyboard knows a file it may replace is one of its reports. */
export const MARKDOWN_REPORT_MARK = '[//]: # "storyboard-rapport-atelier"';

export interface WorkshopTextOptions {
  /** The report's day, AAAA-MM-JJ. */
  date: string;
  /** A project's last change as people read it (the CLI gives the local time). */
  formatDate: (iso: string) => string;
}

/** The report's parts, each Markdown: the Markdown file joins them, the HTML page places them. */
export interface WorkshopSections {
  title: string;
  summary: string;
  contents: string;
  projectsTable: string;
  familiesTable: string;
  pistes: string;
  details: string;
  unreadable: string;
}

const SYMBOL: Record<FamilyStatus, string> = { confirmed: '●', added: '◆', suggested: '◐', rejected: '×', missing: '○' };
const SPREAD_TEXT: Record<Spread, string> = { common: 'fréquente', some: 'présente parfois', rare: 'rare' };
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count > 1 ? many : one}`;
const name = (project: ProjectSummary) => escapeInline(project.name.trim());

/** « 24/31 (2 passées, 1 brouillon) ». */
export function answersText(project: ProjectSummary): string {
  const extras = [project.skipped > 0 ? plural(project.skipped, 'passée') : '', project.drafts > 0 ? plural(project.drafts, 'brouillon') : ''].filter(Boolean);
  return `${project.answered}/${project.total}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}

/** Each part of the report, from the workshop's picture. */
export function workshopSections(report: WorkshopReport, options: WorkshopTextOptions): WorkshopSections {
  return {
    title: 'Rapport d\u2019atelier',
    summary: summary(report, options),
    contents: contents(report),
    projectsTable: projectsTable(report, options),
    familiesTable: familiesTable(report),
    pistes: pistes(report),
    details: report.projects.map((project) => projectDetail(project, options)).join('\n\n'),
    unreadable: report.unreadable.map((item) => `- \`${escapeTableCell(item.file, 200).replace(/`/g, "'")}\`${frenchSpaces(' : ')}${escapeInline(item.reason)}`).join('\n'),
  };
}

/**
 * The workshop report in Markdown: the projects at a glance, the families across projects
 * (common, rare), the pistes, then each project in detail. Ends with the line that marks it
 * as storyboard's, which no Markdown reader shows.
 */
export function workshopMarkdown(report: WorkshopReport, options: WorkshopTextOptions): string {
  const parts = workshopSections(report, options);
  const blocks = [
    `# ${parts.title}`,
    parts.summary,
    parts.contents,
    '## Les projets',
    parts.projectsTable,
    '## Les familles de marqueurs dans l\u2019atelier',
    parts.familiesTable,
    '## Pistes pour l\u2019atelier',
    parts.pistes,
    '## Projet par projet',
    parts.details,
  ];
  if (report.unreadable.length > 0) blocks.push('## Fichiers illisibles', parts.unreadable);
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n\n${MARKDOWN_REPORT_MARK}\n`;
}

function summary(report: WorkshopReport, { date }: WorkshopTextOptions): string {
  const { projects, unreadable, families } = report;
  const stages = (['finished', 'advanced', 'started', 'empty'] as const)
    .map((stage) => ({ stage, count: projects.filter((project) => project.stage === stage).length }))
    .filter(({ count }) => count > 0)
    .map(({ stage, count }) => `${count} ${STAGE_TEXT[stage]}${count > 1 ? 's' : ''}`);
  const reviewed = projects.filter((project) => project.reperageDone).length;
  const byShare = (spread: Spread) => families.filter((family) => family.spread === spread).map((family) => escapeInline(family.title));
  const lines = [
    frenchSpaces(`*${frenchDate(date)}* — ${plural(projects.length + unreadable.length, 'projet')}${unreadable.length > 0 ? ` (dont ${plural(unreadable.length, 'illisible')})` : ''}.`),
    '',
  ];
  if (projects.length === 0) return lines.concat(['Aucun projet n\u2019a pu être lu.']).join('\n');
  lines.push(
    frenchSpaces(`- **Avancement :** ${stages.join(', ')}.`),
    frenchSpaces(`- **Repérage en groupe :** fait dans ${reviewed} projet${reviewed > 1 ? 's' : ''} sur ${projects.length}.`),
    frenchSpaces(`- **Familles fréquentes** (dans la moitié des projets au moins) : ${byShare('common').join(' ; ') || 'aucune'}.`),
    frenchSpaces(`- **Familles rares** (dans un tiers des projets au plus) : ${byShare('rare').join(' ; ') || 'aucune'}.`),
  );
  return lines.join('\n');
}

function contents(report: WorkshopReport): string {
  const current = `« ${escapeInline(report.content.id)} » ${escapeInline(report.content.version)}`;
  if (report.contents.length === 0) return '';
  if (!report.contentsDiffer && !report.differsFromCurrent) {
    return frenchSpaces(`Tous les projets ont été répondus avec le contenu ${current}.`);
  }
  const uses = report.contents.map(
    (use) => `- « ${escapeInline(use.id)} » ${escapeInline(use.version)} : ${use.files.map((file) => escapeInline(file)).join(', ')}`,
  );
  return frenchSpaces(
    [
      `> **Attention :** les projets n'ont pas tous été répondus avec le même contenu. Ce rapport les lit avec ${current} ; une question absente de ce contenu n'y est pas comptée.`,
      '',
      ...uses,
    ].join('\n'),
  );
}

function projectsTable(report: WorkshopReport, { formatDate }: WorkshopTextOptions): string {
  if (report.projects.length === 0) return 'Aucun projet lisible.';
  const header = ['Projet', 'Réponses', 'Avancement', 'Repérage', 'Reconnues par le groupe', 'Suggérées par storyboard', 'Absentes', 'Modifié'];
  const rows = report.projects.map((project) => [
    escapeTableCell(project.name, 80),
    answersText(project),
    STAGE_TEXT[project.stage],
    project.reperageDone ? 'fait' : 'à faire',
    String(project.counts.confirmed + project.counts.added),
    String(project.counts.suggested),
    String(project.counts.missing + project.counts.rejected),
    escapeTableCell(formatDate(project.updated)),
  ]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function familiesTable(report: WorkshopReport): string {
  const header = ['Famille', 'Dans l\u2019atelier', '● confirmée', '◆ ajoutée', '◐ suggérée', '× écartée', '○ pas encore'];
  const rows = report.families.map((family) => [
    escapeTableCell(family.title),
    `${SPREAD_TEXT[family.spread]} (${family.present}/${report.projects.length})`,
    ...(['confirmed', 'added', 'suggested', 'rejected', 'missing'] as const).map((status) => String(family.counts[status])),
  ]);
  const legend = frenchSpaces(
    `Une famille est présente dans un projet quand le groupe l'a confirmée ou ajoutée, ou quand storyboard la suggère dans ses réponses sans que le groupe l'ait écartée ; absente sinon (pas encore, ou écartée par le groupe).`,
  );
  return [legend, '', ...[header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

function pistes(report: WorkshopReport): string {
  if (report.projects.length === 0) return '';
  if (report.pistes.length === 0) {
    return frenchSpaces('Chaque famille de marqueurs apparaît dans chaque projet. Pour aller plus loin, que chaque groupe illustre ses familles d\u2019un exemple concret : un chiffre, un témoignage, une date.');
  }
  const parts = [
    frenchSpaces('Les familles absentes du plus grand nombre de projets, et les questions du storyboard qui aident à les faire apparaître (les moins répondues d\u2019abord) :'),
  ];
  for (const piste of report.pistes) {
    const from = piste.absentFrom.length <= 6 ? ` : ${frenchList(piste.absentFrom.map((item) => escapeInline(item.trim())))}` : '';
    parts.push(`### ${escapeInline(piste.title)}`);
    parts.push(frenchSpaces(`Absente de ${piste.absent} projet${piste.absent > 1 ? 's' : ''} sur ${report.projects.length}${from}.`));
    parts.push(
      piste.questions
        .map((question) => frenchSpaces(`- ${escapeInline(question.text)} *(sans réponse dans ${question.unanswered} projet${question.unanswered > 1 ? 's' : ''})*`))
        .join('\n'),
    );
  }
  return parts.join('\n\n');
}

function projectDetail(project: ProjectSummary, { formatDate }: WorkshopTextOptions): string {
  const identity = [project.structure, project.territory].filter((item): item is string => Boolean(item?.trim())).map((item) => escapeInline(item.trim()));
  const lines = [`### ${name(project)}`, ''];
  if (identity.length > 0) lines.push(`${identity.join(' — ')}  `);
  if (project.contributors.length > 0) lines.push(`Avec ${frenchList(project.contributors.map((item) => escapeInline(item.trim())))}  `);
  lines.push(
    frenchSpaces(`Fichier : \`${project.file.replace(/`/g, "'")}\` — contenu « ${escapeInline(project.content.id)} » ${escapeInline(project.content.version)} — modifié le ${escapeInline(formatDate(project.updated))}`),
    '',
    frenchSpaces(`- **Questions répondues :** ${answersText(project)}, ${STAGE_TEXT[project.stage]}.`),
    frenchSpaces(`- **Repérage :** ${project.reperageDone ? `fait par le groupe (${plural(project.reperage.confirmed, 'famille confirmée', 'familles confirmées')}, ${plural(project.reperage.added, 'ajoutée')}, ${plural(project.reperage.rejected, 'écartée')})` : 'pas encore fait par le groupe'}.`),
  );
  for (const status of ['confirmed', 'added', 'suggested', 'rejected', 'missing'] as const) {
    const titles = project.families.filter((family) => family.status === status).map((family) => escapeInline(family.title));
    if (titles.length > 0) lines.push(frenchSpaces(`- ${SYMBOL[status]} **${capitalise(STATUS_TEXT[status])} :** ${titles.join(' ; ')}.`));
  }
  return lines.join('\n');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
