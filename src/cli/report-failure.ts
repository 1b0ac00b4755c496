import { isInterruptedError } from '../sequences/asker.js';
import { isStoryboardError } from '../sequences/errors.js';
import { command } from './command-name.js';
import { EXIT } from './exit-codes.js';
import { fitFor } from './layout.js';
import type { Io } from './io.js';
import { formatUserError } from './report-error.js';
import { stylesFor } from './styles.js';
import { oneLine, safeText } from './terminal-text.js';
import { translateCommanderError } from './usage-error.js';
import { fileProblem } from './write-errors.js';

/** Tells the person what went wrong, in French, and returns the exit code. */
export function reportFailure(error: unknown, debug: boolean, io: Io): number {
  const { stderr } = io;
  const style = stylesFor(stderr, io);
  // Recognised by its code rather than its class, so that commander stays out of this chunk.
  const usage = error as { code?: unknown; message?: string } | undefined;
  if (typeof usage?.code === 'string' && usage.code.startsWith('commander.')) {
    stderr.write(
      `${style.red('Erreur :')} ${oneLine(translateCommanderError(usage.code, usage.message ?? ''))}\n` +
        `Lancez « ${command('--help')} » pour voir les commandes et les options.\n`,
    );
    return EXIT.usage;
  }
  if (isInterruptedError(error)) {
    stderr.write(`\n${fitFor(stderr, `${style.green('Progression enregistrée')} — reprenez avec \`${command('resume')}\`.`)}\n`);
    return EXIT.interrupted;
  }
  if ((error as Error | undefined)?.name === 'ExitPromptError') {
    stderr.write('\nInterrompu : rien n\u2019a été modifié.\n');
    return EXIT.interrupted;
  }
  if (isStoryboardError(error)) {
    stderr.write(`${fitFor(stderr, formatUserError(error, style), '  ')}\n`);
    if (debug && error.stack) stderr.write(`${safeText(error.stack)}\n`);
    return error.exitCode;
  }
  // A system error about a file that slipped past the commands' own checks still gets its sentence.
  const system = error as NodeJS.ErrnoException | undefined;
  const sentence = typeof system?.path === 'string' ? fileProblem(error, system.path, system.syscall === 'open' || system.syscall === 'read' ? 'lire' : 'écrire') : undefined;
  if (sentence) {
    stderr.write(`${style.red('Erreur :')} ${oneLine(sentence.charAt(0).toUpperCase() + sentence.slice(1))}\n`);
    if (debug && system?.stack) stderr.write(`${safeText(system.stack)}\n`);
    return EXIT.user;
  }
  stderr.write(
    `${style.red('Erreur inattendue :')} storyboard a rencontré un problème qu'il ne sait pas expliquer. ` +
      'Les réponses déjà validées restent enregistrées dans le fichier du projet.\n' +
      (debug ? `${safeText((error as Error)?.stack ?? String(error))}\n` : 'Relancez avec --debug pour voir les détails techniques.\n'),
  );
  return EXIT.user;
}

/** Usage errors quote the command line, which may hold escape sequences or line breaks. */
