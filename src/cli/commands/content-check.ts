import { questionCount } from '../../sequences/progress.js';
import { DEFAULT_CONTENT_PATH, loadContent } from '../content.js';
import type { CliContext } from '../program.js';
import { stylesFor } from '../styles.js';
import { safeText } from '../terminal-text.js';

/** Validates a content file; loadContent throws the user error listing every problem. */
export async function runContentCheck(context: CliContext, file: string | undefined): Promise<void> {
  const path = file ?? context.contentFile ?? DEFAULT_CONTENT_PATH;
  const content = await loadContent(path, { fresh: true });
  const questions = questionCount(content);
  const markers = content.sequences.reduce((sum, sequence) => sum + sequence.markers.length, 0);
  const style = stylesFor(process.stdout);
  process.stdout.write(
    `${style.green('✓')} « ${safeText(path)} » est valide : ${content.sequences.length} séquences, ` +
      `${questions} questions, ${markers} marqueurs (contenu « ${safeText(content.id)} » version ${safeText(content.version)}).\n`,
  );
}
