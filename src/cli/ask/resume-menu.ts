import type { Content } from '../../sequences/content-schema.js';
import { numberOf, type Progress } from '../../sequences/progress.js';
import type { Project } from '../../sequences/project.js';
import { stylesFor } from '../styles.js';
import { safeText } from '../terminal-text.js';
import { selectFr } from './french-theme.js';

export type ResumeAction = { kind: 'continue' } | { kind: 'sequence'; id: string } | { kind: 'clap' } | { kind: 'reperage' };

/** With several projects in the folder, the person picks one. */
export async function chooseProjectFile(files: string[]): Promise<string> {
  return selectFr({
    message: 'Plusieurs projets sont dans ce dossier. Lequel reprendre ?',
    choices: files.map((file) => ({ name: file, value: file })),
  });
}

/** Each séquence complete, partial or empty, before the menu. */
export function overview(project: Project, progress: Progress, mismatch: string | undefined): string {
  const style = stylesFor(process.stdout);
  const mark = { complete: style.green('✓ complète'), partial: style.yellow('◐ en cours'), empty: style.dim('○ à faire') };
  const lines = ['', `${style.bold(safeText(project.project.name))} — ${progress.answered}/${progress.total} questions répondues`, ''];
  progress.sequences.forEach((sequence, index) => {
    lines.push(`  ${numberOf(sequence.id, index)} ${safeText(sequence.title)} — ${mark[sequence.state]} (${sequence.answered}/${sequence.total})`);
  });
  if (mismatch) lines.push('', style.yellow(safeText(mismatch)));
  return `${lines.join('\n')}\n\n`;
}

/** Continue where the person stopped (default), revisit a séquence, or finish with the Clap. */
export async function chooseResumeAction(content: Content, progress: Progress): Promise<ResumeAction> {
  const done = progress.answered === progress.total;
  const choice = await selectFr<string>({
    message: 'Que voulez-vous faire ?',
    choices: [
      ...(done ? [] : [{ name: 'Continuer là où vous vous étiez arrêté·e', value: 'continue' }]),
      { name: 'Revoir une séquence (vos réponses sont proposées pour modification)', value: 'revisit' },
      { name: 'Finir avec le Clap : raconter votre histoire', value: 'clap' },
      { name: 'Clap : repérer les marqueurs de l\u2019innovation sociale avec le groupe', value: 'reperage' },
    ],
  });
  if (choice === 'reperage') return { kind: 'reperage' };
  if (choice === 'continue') return { kind: 'continue' };
  if (choice === 'clap') return { kind: 'clap' };
  const id = await selectFr<string>({
    message: 'Quelle séquence revoir ?',
    choices: content.sequences.map((sequence, index) => ({
      name: `${numberOf(sequence.id, index).trim()} ${safeText(sequence.title)} (${progress.sequences[index]?.answered ?? 0}/${sequence.questions.length})`,
      value: sequence.id,
    })),
  });
  return { kind: 'sequence', id };
}
