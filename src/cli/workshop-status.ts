import { buildWorkshop, type WorkshopReport } from '../sequences/workshop/workshop-model.js';
import { command } from './command-name.js';
import type { Io } from './io.js';
import type { LoadedContent } from './load-content.js';
import { columnsOf, wrap } from './layout.js';
import { localDateTime } from './local-date.js';
import { stylesFor } from './styles.js';
import { oneLine, toJsonText } from './terminal-text.js';
import { readWorkshop, workshopFiles } from './workshop-files.js';
import { workshopTable } from './workshop-table.js';

/** `status` on a folder of projects: one line each, or the same as JSON. */
export async function showWorkshopStatus(io: Io, folder: string, loaded: LoadedContent, json: boolean): Promise<void> {
  const report = buildWorkshop(await readWorkshop(await workshopFiles(folder), loaded, io.cwd), loaded.content);
  if (json) {
    io.stdout.write(`${toJsonText(statusJson(folder, report))}\n`);
    return;
  }
  const style = stylesFor(io.stdout, io);
  const width = columnsOf(io.stdout, io.env);
  const count = report.projects.length + report.unreadable.length;
  const where = folder === '.' ? 'ce dossier' : `« ${oneLine(folder)} »`;
  const unreadable = report.unreadable.length > 0 ? ` (${report.unreadable.length} illisible${report.unreadable.length > 1 ? 's' : ''})` : '';
  const lines = [wrap(`${style.bold(`${count} projet${count > 1 ? 's' : ''}`)} dans ${where}${unreadable}`, width), '', ...workshopTable(report, width, style, localDateTime), ''];
  const warning = contentWarning(report);
  if (warning) lines.push(style.yellow(wrap(warning, width)), '');
  lines.push(
    style.dim(wrap(`Le détail d'un projet\u00a0: ${command('status FICHIER')}. Le rapport de l'atelier\u00a0: ${command(folder === '.' ? 'report' : `report ${oneLine(folder)}`)}.`, width)),
  );
  io.stdout.write(`${lines.join('\n')}\n`);
}

/** Says which contents the projects used when they are not all the one in use. */
export function contentWarning(report: WorkshopReport): string | undefined {
  if (!report.differsFromCurrent && !report.contentsDiffer) return undefined;
  const uses = report.contents.map((use) => `« ${oneLine(use.id)} » ${oneLine(use.version)} (${use.files.length} projet${use.files.length > 1 ? 's' : ''})`);
  return `Attention : les projets n'ont pas tous été répondus avec le contenu utilisé ici (« ${oneLine(report.content.id)} » ${oneLine(report.content.version)}) : ${uses.join(', ')}.`;
}

function statusJson(folder: string, report: WorkshopReport) {
  const projects = report.projects.map((project) => ({
    file: project.file,
    name: project.name,
    content: project.content,
    answered: project.answered,
    total: project.total,
    skipped: project.skipped,
    drafts: project.drafts,
    stage: project.stage,
    reperage: { done: project.reperageDone, ...project.reperage },
    families: { ...project.counts, total: project.families.length },
    updated: project.updated,
  }));
  const unreadable = report.unreadable.map(({ file, reason }) => ({ file, error: reason }));
  return {
    folder,
    content: { id: report.content.id, version: report.content.version },
    projects: [...projects, ...unreadable].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}
