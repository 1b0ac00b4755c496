import { numberedSequenceCount, questionCount } from '../../sequences/progress.js';
import { DEFAULT_CONTENT_PATH, loadContent } from '../load-content.js';
import { textWidth, wrap } from '../layout.js';
import type { CliContext } from '../context.js';
import { stylesFor } from '../styles.js';
import { safeText } from '../terminal-text.js';

/** Validates a content file; loadContent throws the user error listing every problem. */
export async function runContentCheck(context: CliContext, file: string | undefined): Promise<void> {
  const path = file ?? context.contentFile ?? DEFAULT_CONTENT_PATH;
  const { content } = await loadContent(path, { fresh: true });
  const questions = questionCount(content);
  const markers = content.sequences.reduce((sum, sequence) => sum + sequence.markers.length, 0);
  const { io } = context;
  const style = stylesFor(io.stdout, io);
  // Counted as every other screen counts them: « 11 séquences puis le Clap ».
  const numbered = numberedSequenceCount(content);
  const sequences = `${plural(numbered, 'séquence')}${numbered < content.sequences.length ? ' puis le Clap' : ''}`;
  const line =
    `${style.green('✓')} « ${safeText(path)} » est valide : ${sequences}, ` +
    `${plural(questions, 'question')}, ${plural(markers, 'marqueur')} (contenu « ${safeText(content.id)} » version ${safeText(content.version)}).`;
  io.stdout.write(`${wrap(line, textWidth(io.stdout, io.env), '  ')}\n`);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}
