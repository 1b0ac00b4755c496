import { createRequire } from 'node:module';
import { Command, CommanderError, Help } from 'commander';
import { InterruptedError } from '../sequences/asker.js';
import { StoryboardError } from '../sequences/errors.js';
import { formatUserError } from './report-error.js';
import { stylesFor } from './styles.js';
import { translateCommanderError } from './usage-error.js';

/** What every command receives: the global options, already read. */
export interface CliContext {
  /** The content file given with --content, or undefined for the shipped storyboard. */
  contentFile: string | undefined;
  debug: boolean;
}

/** Exit codes of DESIGN.md §6. */
export const EXIT = { ok: 0, user: 1, usage: 2, interrupted: 130 } as const;

const TITLES: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
  'Global Options:': 'Options globales :',
};

class FrenchHelp extends Help {
  override styleTitle(title: string): string {
    return TITLES[title] ?? title;
  }
}

const EXAMPLES = `
Exemples :
  storyboard new "Café des possibles"     commencer un storyboard (questions pas à pas)
  storyboard resume                       reprendre là où vous vous étiez arrêté·e
  storyboard status                       voir où en est le projet
  storyboard sequences                    lire les séquences et leurs questions
  storyboard content check mon-contenu.yaml
                                          vérifier un contenu adapté par un·e animateur·rice
  storyboard --content mon-contenu.yaml sequences
                                          utiliser ce contenu adapté

Aide d'une commande : storyboard help <commande>`;

function readVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

function context(command: Command): CliContext {
  const options = command.optsWithGlobals<{ content?: string; debug?: boolean }>();
  return { contentFile: options.content, debug: Boolean(options.debug) };
}

/** Defines the commands. Each action imports its module only when it runs, to start fast. */
export function buildProgram(): Command {
  const program = new Command('storyboard');
  program
    .usage('[options] [commande]')
    .description("Le storyboard de l'innovation sociale, séquence par séquence, dans votre terminal.")
    .version(readVersion(), '-V, --version', 'affiche la version')
    .helpOption('-h, --help', 'affiche cette aide')
    .helpCommand('help [commande]', "affiche l'aide d'une commande")
    .option('--content <fichier>', 'utilise un contenu adapté (fichier YAML de séquences)')
    .option('--no-color', 'sans couleurs')
    .option('--debug', 'affiche les détails techniques en cas de problème')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: () => {} });

  program
    .command('sequences')
    .description('liste les séquences du storyboard et leurs questions')
    .option('--json', 'sortie JSON (pour les scripts)')
    .action(async (options: { json?: boolean }, command: Command) => {
      const { runSequences } = await import('./commands/sequences.js');
      await runSequences(context(command), options);
    });

  program
    .command('new [nom]')
    .description('commence un nouveau projet et pose les questions, séquence par séquence')
    .option('-f, --file <chemin>', 'fichier du projet (par défaut : <nom-du-projet>.storyboard.yaml ici)')
    .option('--answers <fichier>', 'crée le projet à partir d\u2019un fichier de réponses YAML, sans poser de questions')
    .action(async (name: string | undefined, options: { file?: string; answers?: string }, command: Command) => {
      const { runNew } = await import('./commands/new.js');
      await runNew(context(command), name, options);
    });

  program
    .command('resume [fichier]')
    .description('reprend un projet là où vous vous étiez arrêté·e')
    .option('-s, --sequence <id>', 'va directement à une séquence (ex. gouvernance-partagee)')
    .action(async (file: string | undefined, options: { sequence?: string }, command: Command) => {
      const { runResume } = await import('./commands/resume.js');
      await runResume(context(command), file, options);
    });

  program
    .command('status [fichier]')
    .description('montre où en est un projet, sans poser de question')
    .option('--json', 'sortie JSON (pour les scripts)')
    .action(async (file: string | undefined, options: { json?: boolean }, command: Command) => {
      const { runStatus } = await import('./commands/status.js');
      await runStatus(context(command), file, options);
    });

  const content = program.command('content').description('outils pour les contenus adaptés');
  content
    .command('check [fichier]')
    .description('vérifie un fichier de contenu (par défaut celui de --content, ou le storyboard fourni)')
    .action(async (file: string | undefined, _options: unknown, command: Command) => {
      const { runContentCheck } = await import('./commands/content-check.js');
      await runContentCheck(context(command), file);
    });

  for (const command of [program, ...program.commands, ...content.commands]) {
    command.createHelp = () => Object.assign(new FrenchHelp(), command.configureHelp());
    command.helpOption('-h, --help', 'affiche cette aide');
    command.exitOverride();
    command.configureOutput({ outputError: () => {} });
  }
  return program;
}

/** Runs the CLI and returns the exit code; only main.ts sets it on the process. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    return reportFailure(error, debug);
  }
}

function reportFailure(error: unknown, debug: boolean): number {
  const style = stylesFor(process.stderr);
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT.ok;
    }
    process.stderr.write(
      `${style.red('Erreur :')} ${translateCommanderError(error.code, error.message)}\n` +
        'Lancez « storyboard --help » pour voir les commandes et les options.\n',
    );
    return EXIT.usage;
  }
  if (error instanceof InterruptedError) {
    process.stderr.write(`\n${style.green('Progression enregistrée')} — reprenez avec \`storyboard resume\`.\n`);
    return EXIT.interrupted;
  }
  if ((error as Error | undefined)?.name === 'ExitPromptError') {
    process.stderr.write('\nInterrompu : rien n\u2019a été modifié.\n');
    return EXIT.interrupted;
  }
  if (error instanceof StoryboardError) {
    process.stderr.write(`${formatUserError(error, style)}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return (error as { exitCode?: number }).exitCode ?? EXIT.user;
  }
  process.stderr.write(
    `${style.red('Erreur inattendue :')} storyboard a rencontré un problème qu'il ne sait pas expliquer. ` +
      'Vos fichiers n\u2019ont pas été modifiés par cette erreur.\n' +
      (debug ? `${(error as Error)?.stack ?? String(error)}\n` : 'Relancez avec --debug pour voir les détails techniques.\n'),
  );
  return EXIT.user;
}
