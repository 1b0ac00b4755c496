import type { Content } from '../../sequences/content-schema.js';
import { numberOf, type Progress } from '../../sequences/progress.js';
import type { Project } from '../../sequences/project.js';
import type { Io } from '../io.js';
import { columnsOf, menuEntry as entry, wrap } from '../layout.js';
import type { Prompts } from '../prompts.js';
import { stylesFor } from '../styles.js';
import { safeText } from '../terminal-text.js';

export type ResumeAction = { kind: 'continue' } | { kind: 'sequence'; id: string } | { kind: 'clap' } | { kind: 'reperage' } | { kind: 'quit' };

/** With several projects in the folder, the person picks one. */
export async function chooseProjectFile(prompts: Prompts, files: string[]): Promise<string> {
  return prompts.choose(
    'Plusieurs projets sont dans ce dossier. Lequel reprendre ?',
    files.map((file) => ({ name: file, value: file })),
  );
}

/** Each séquence complete, partial or empty, before the menu. */
export function overview(io: Io, project: Project, progress: Progress, mismatch: string | undefined): string {
  const style = stylesFor(io.stdout, io);
  const width = columnsOf(io.stdout, io.env);
  const mark = { complete: style.green('✓ complète'), partial: style.yellow('◐ en cours'), empty: style.dim('○ à faire') };
  const lines = ['', wrap(`${style.bold(safeText(project.project.name))} — ${progress.answered}/${progress.total} questions répondues`, width), ''];
  progress.sequences.forEach((sequence, index) => {
    // The title's continuation lines line up under it, after « 10. ».
    const row = `  ${numberOf(sequence.id, index)} ${safeText(sequence.title)} — ${mark[sequence.state]} (${sequence.answered}/${sequence.total})`;
    lines.push(wrap(row, width, '      '));
  });
  if (mismatch) lines.push('', style.yellow(wrap(safeText(mismatch), width)));
  return `${lines.join('\n')}\n\n`;
}

/** Continue where the person stopped (default), revisit a séquence, or finish with the Clap. */
export async function chooseResumeAction(io: Io, prompts: Prompts, content: Content, progress: Progress): Promise<ResumeAction> {
  const done = progress.answered === progress.total;
  const columns = columnsOf(io.stdout, io.env);
  const menuEntry = (text: string) => entry(text, columns);
  const choice = await prompts.choose<string>('Que voulez-vous faire ?', [
      ...(done ? [] : [{ name: menuEntry('Continuer là où vous vous étiez arrêté·e'), short: 'Continuer', value: 'continue' }]),
      {
        name: menuEntry('Revoir une séquence (vos réponses sont proposées pour modification)'),
        short: 'Revoir une séquence',
        value: 'revisit',
      },
      { name: menuEntry('Finir avec le Clap : raconter votre histoire'), short: 'Finir avec le Clap', value: 'clap' },
      {
        name: menuEntry('Clap : repérer les marqueurs de l\u2019innovation sociale avec le groupe'),
        short: 'Repérer les marqueurs',
        value: 'reperage',
      },
      { name: menuEntry('Quitter (tout est enregistré)'), short: 'Quitter', value: 'quit' },
  ]);
  if (choice === 'reperage') return { kind: 'reperage' };
  if (choice === 'continue') return { kind: 'continue' };
  if (choice === 'clap') return { kind: 'clap' };
  if (choice === 'quit') return { kind: 'quit' };
  return { kind: 'sequence', id: await chooseSequence(io, prompts, content, progress) };
}

/** Which séquence to revisit, with how many of its questions are answered. */
export function chooseSequence(io: Io, prompts: Prompts, content: Content, progress: Progress): Promise<string> {
  const columns = columnsOf(io.stdout, io.env);
  return prompts.choose<string>(
    'Quelle séquence revoir ?',
    content.sequences.map((sequence, index) => {
      const label = `${numberOf(sequence.id, index).trim()} ${safeText(sequence.title)}`.trim();
      return {
        name: entry(`${label} (${progress.sequences[index]?.answered ?? 0}/${sequence.questions.length})`, columns),
        short: label,
        value: sequence.id,
      };
    }),
  );
}
