import { progressOf } from '../../sequences/progress.js';
import { reperageCounts, reperageLine } from '../../sequences/reperage.js';
import { command } from '../command-name.js';
import { loadContent } from '../load-content.js';
import { columnsOf, wrap } from '../layout.js';
import { progressRows } from '../progress-rows.js';
import type { CliContext } from '../context.js';
import { findProjectFiles, isFolder, PROJECT_SUFFIX, resolveProjectFile } from '../project-file.js';
import { contentMismatch, describeMoves, openProject } from '../store.js';
import { stylesFor } from '../styles.js';
import { safeText, toJsonText } from '../terminal-text.js';

/** Shows where a project stands, without asking anything; on a folder of projects, each one's line. */
export async function runStatus(context: CliContext, file: string | undefined, options: { json?: boolean }): Promise<void> {
  const { io } = context;
  const loaded = await loadContent(context.contentFile);
  const { content } = loaded;
  // A folder, or the current one when it holds several projects: the workshop's table.
  // A folder named like a project file (`cafe.storyboard.yaml/`) is a mistake, said as such below.
  const folder =
    file === undefined
      ? (await findProjectFiles(io.cwd)).length > 1
        ? '.'
        : undefined
      : isFolder(file) && !file.replace(/[/\\]+$/, '').endsWith(PROJECT_SUFFIX)
        ? file
        : undefined;
  if (folder !== undefined) {
    const { showWorkshopStatus } = await import('../workshop-status.js');
    // Loaded only here: reading many projects needs the marker detection.
    await showWorkshopStatus(io, folder, loaded, options.json === true);
    return;
  }
  const path = await resolveProjectFile(file, 'status', io.cwd);
  const { project, moved } = await openProject(path, content);
  const progress = progressOf(content, project);
  const families = content.sequences.filter((sequence) => sequence.markers.length > 0).map((sequence) => sequence.id);
  const reperage = reperageCounts(project, families);

  if (options.json) {
    io.stdout.write(
      `${toJsonText(
        {
          file: path,
          project: project.project,
          content: project.content,
          answered: progress.answered,
          total: progress.total,
          sequences: progress.sequences,
          drafts: Object.keys(project.drafts),
          skipped: progress.sequences.flatMap((sequence) => sequence.skipped),
          orphans: progress.orphans,
          renamed: moved,
          reperage: { ...reperage, families: families.length, choices: project.reperage ?? [] },
        },
      )}\n`,
    );
    return;
  }

  const style = stylesFor(io.stdout, io);
  const width = columnsOf(io.stdout, io.env);
  const lines = [
    wrap(`${style.bold(safeText(project.project.name))} — ${progress.answered}/${progress.total} questions répondues`, width),
    style.dim(wrap(safeText(path), width)),
    '',
    ...progressRows(progress.sequences, width, style),
  ];
  lines.push('', wrap(`${reperageLine(reperage).replace(/^r/, 'R')}${reperage.confirmed + reperage.added + reperage.rejected === 0 ? ` (${command('reperage')}, une fois les réponses écrites)` : ''}`, width));
  const mismatch = contentMismatch(project, content);
  if (mismatch) lines.push('', style.yellow(wrap(safeText(mismatch), width)));
  const moves = describeMoves(moved);
  if (moves) lines.push('', wrap(safeText(moves), width));
  if (progress.orphans.length > 0) {
    lines.push(
      '',
      style.yellow(wrap(`Réponses conservées à des questions absentes du contenu actuel : ${safeText(progress.orphans.join(', '))}.`, width)),
      style.dim(wrap('Elles restent dans le fichier ; rien n\u2019est effacé.', width)),
    );
  }
  lines.push(
    '',
    wrap(progress.answered < progress.total ? `Pour continuer : ${command('resume')}` : `Tout est répondu : ${command('clap')} pour écrire votre histoire.`, width),
  );
  io.stdout.write(`${lines.join('\n')}\n`);
}
