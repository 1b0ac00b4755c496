import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoryboardError } from '../../sequences/errors.js';
import { buildWorkshop, type WorkshopReport } from '../../sequences/workshop/workshop-model.js';
import { CSV_REPORT_HEAD, workshopCsv } from '../../sequences/workshop/workshop-csv.js';
import { HTML_REPORT_MARK, workshopHtml } from '../../sequences/workshop/workshop-html.js';
import { MARKDOWN_REPORT_MARK, workshopMarkdown } from '../../sequences/workshop/workshop-markdown.js';
import { loadContent } from '../load-content.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import { fitFor } from '../layout.js';
import { localDateTime, reportDay } from '../local-date.js';
import { packageFile } from '../package-files.js';
import { isFolder } from '../project-file.js';
import { writeReport } from '../report-file.js';
import { stylesFor } from '../styles.js';
import { oneLine } from '../terminal-text.js';
import { readWorkshop, workshopFiles } from '../workshop-files.js';
import { contentWarning } from '../workshop-status.js';

export interface ReportOptions {
  output?: string;
  stdout?: boolean;
  csv?: boolean;
  html?: boolean;
}

interface Format {
  extension: string;
  /** How a message names the kind of file, « un rapport Markdown »… */
  kind: string;
  render: (report: WorkshopReport) => Promise<string>;
  isReport: (text: string) => boolean;
}

const DEFAULT_NAME = 'rapport-atelier';

/**
 * The workshop report over a folder of projects (or the files given): as Markdown, CSV for a
 * spreadsheet, or one HTML page. It reads the projects and never writes to them.
 */
export async function runReport(context: CliContext, targets: readonly string[], options: ReportOptions): Promise<void> {
  if (options.csv && options.html) {
    throw new StoryboardError({ message: 'choisissez entre « --csv » (un tableur) et « --html » (une page) : un seul format à la fois' }, undefined, EXIT.usage);
  }
  if (options.stdout && options.output) {
    throw new StoryboardError({ message: 'choisissez entre « --stdout » (le rapport à l\u2019écran) et « -o FICHIER » (le rapport dans un fichier)' }, undefined, EXIT.usage);
  }
  if (options.output === '-') options = { ...options, output: undefined, stdout: true };
  const { io } = context;
  const loaded = await loadContent(context.contentFile);
  const { content } = loaded;
  const given = targets.length > 0 ? targets : ['.'];
  const files: string[] = [];
  for (const target of given) files.push(...(isFolder(target) ? await workshopFiles(target) : [target]));
  const report = buildWorkshop(await readWorkshop(files, loaded, io.cwd), content);
  if (report.projects.length === 0) {
    const reasons = report.unreadable.map((item) => `${item.file} : ${item.reason}`).join(' ; ');
    throw new StoryboardError({ message: `aucun projet n'a pu être lu, pas de rapport (${reasons})` });
  }

  const format = formatOf(options, io);
  const text = await format.render(report);
  // Folder → next to the projects; files → here.
  const folder = given.length === 1 && isFolder(given[0] as string) ? (given[0] as string) : '.';
  const out = options.output ?? join(folder, `${DEFAULT_NAME}.${format.extension}`);
  if (options.stdout) io.stdout.write(text);
  else await writeReport(out, text, files, format.kind, format.isReport);

  // On stderr even with --stdout: what was left aside is said, the data stays clean.
  const style = stylesFor(io.stderr, io);
  const count = report.projects.length;
  const lines = options.stdout ? [] : [`${style.green('Rapport écrit :')} ${oneLine(out)} (${count} projet${count > 1 ? 's' : ''}).`];
  for (const item of report.unreadable) lines.push(style.yellow(`Fichier illisible, laissé de côté : ${oneLine(item.file)} (${oneLine(item.reason)}).`));
  const warning = contentWarning(report);
  if (warning) lines.push(style.yellow(warning));
  if (lines.length > 0) io.stderr.write(`${lines.map((line) => fitFor(io.stderr, line, '  ')).join('\n')}\n`);
}

function formatOf(options: ReportOptions, io: Io): Format {
  const textOptions = () => ({ date: reportDay(io.now(), io.env), formatDate: localDateTime });
  if (options.html) {
    return {
      extension: 'html',
      kind: 'un rapport HTML',
      render: async (report) => {
        const { markdownToHtml } = await import('../markdown-html.js');
        const css = ['templates/story.css', 'templates/report.css'].map((file) => readFileSync(packageFile(file), 'utf8')).join('\n');
        return workshopHtml(report, { ...textOptions(), html: markdownToHtml(), css });
      },
      isReport: (text) => text.includes(HTML_REPORT_MARK),
    };
  }
  if (options.csv) {
    return {
      extension: 'csv',
      kind: 'un rapport CSV',
      render: async (report) => workshopCsv(report, localDateTime),
      // The byte order mark is dropped on reading.
      isReport: (text) => text.startsWith(CSV_REPORT_HEAD),
    };
  }
  return {
    extension: 'md',
    kind: 'un rapport Markdown',
    render: async (report) => workshopMarkdown(report, textOptions()),
    isReport: (text) => text.trimEnd().endsWith(MARKDOWN_REPORT_MARK),
  };
}
