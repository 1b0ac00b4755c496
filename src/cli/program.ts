import { createRequire } from 'node:module';
import { Command, CommanderError, Help } from 'commander';
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
  if (error instanceof StoryboardError) {
    process.stderr.write(`${formatUserError(error, style)}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return EXIT.user;
  }
  process.stderr.write(
    `${style.red('Erreur inattendue :')} storyboard a rencontré un problème qu'il ne sait pas expliquer. ` +
      'Vos fichiers n\u2019ont pas été modifiés par cette erreur.\n' +
      (debug ? `${(error as Error)?.stack ?? String(error)}\n` : 'Relancez avec --debug pour voir les détails techniques.\n'),
  );
  return EXIT.user;
}
