import { numberOf, progressOf, type SequenceProgress } from '../../sequences/progress.js';
import { reperageCounts, reperageLine } from '../../sequences/reperage.js';
import { loadContent } from '../content.js';
import type { CliContext } from '../program.js';
import { resolveProjectFile } from '../project-file.js';
import { contentMismatch, describeMoves, openProject } from '../store.js';
import { stylesFor } from '../styles.js';
import { safeText } from '../terminal-text.js';

/** Shows where a project stands, without asking anything. */
export async function runStatus(context: CliContext, file: string | undefined, options: { json?: boolean }): Promise<void> {
  const content = await loadContent(context.contentFile);
  const path = await resolveProjectFile(file, 'status');
  const { project, moved } = await openProject(path, content);
  const progress = progressOf(content, project);
  const families = content.sequences.filter((sequence) => sequence.markers.length > 0).map((sequence) => sequence.id);
  const reperage = reperageCounts(project, families);

  if (options.json) {
    process.stdout.write(
      `${JSON.stringify(
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
        null,
        2,
      )}\n`,
    );
    return;
  }

  const style = stylesFor(process.stdout);
  const icon = (sequence: SequenceProgress) =>
    sequence.state === 'complete' ? style.green('✓') : sequence.state === 'partial' ? style.yellow('◐') : style.dim('○');
  const width = Math.max(...progress.sequences.map((sequence) => sequence.title.length));
  const lines = [
    `${style.bold(safeText(project.project.name))} — ${progress.answered}/${progress.total} questions répondues`,
    style.dim(safeText(path)),
    '',
  ];
  progress.sequences.forEach((sequence, index) => {
    const extras = [
      sequence.drafts.length > 0 ? `${sequence.drafts.length} brouillon${sequence.drafts.length > 1 ? 's' : ''}` : '',
      sequence.skipped.length > 0 ? `${sequence.skipped.length} à compléter` : '',
    ].filter(Boolean);
    lines.push(
      ` ${icon(sequence)} ${numberOf(sequence.id, index)} ${safeText(sequence.title).padEnd(width)}  ${sequence.answered}/${sequence.total}` +
        (extras.length > 0 ? style.dim(`  (${extras.join(', ')})`) : ''),
    );
  });
  lines.push('', `${reperageLine(reperage).replace(/^r/, 'R')}${reperage.confirmed + reperage.added + reperage.rejected === 0 ? ' (storyboard reperage, une fois les réponses écrites)' : ''}`);
  const mismatch = contentMismatch(project, content);
  if (mismatch) lines.push('', style.yellow(safeText(mismatch)));
  const moves = describeMoves(moved);
  if (moves) lines.push('', safeText(moves));
  if (progress.orphans.length > 0) {
    lines.push(
      '',
      style.yellow(`Réponses conservées à des questions absentes du contenu actuel : ${safeText(progress.orphans.join(', '))}.`),
      style.dim('Elles restent dans le fichier ; rien n\u2019est effacé.'),
    );
  }
  lines.push('', progress.answered < progress.total ? 'Pour continuer : storyboard resume' : 'Tout est répondu : storyboard clap pour écrire votre histoire.');
  process.stdout.write(`${lines.join('\n')}\n`);
}
