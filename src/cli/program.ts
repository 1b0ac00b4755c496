import { Command, Help } from 'commander';
// Bundled at build time: reading package.json at run time cost --version a module resolution.
import packageJson from '../../package.json' with { type: 'json' };
import { commandName } from './command-name.js';
import type { CliContext } from './context.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import type { Prompts } from './prompts.js';
import { wantsColor } from './styles.js';

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

const EXAMPLES: readonly (readonly [string, string])[] = [
  ['new "Café des possibles"', 'commencer un storyboard (questions pas à pas)'],
  ['resume', 'reprendre là où vous vous étiez arrêté·e'],
  ['status', 'voir où en est le projet'],
  ['reperage', "repérer en groupe les marqueurs de l'innovation sociale (Clap)"],
  ['clap', 'écrire votre histoire (fichier Markdown) avec ses marqueurs'],
  ['status atelier/', "une ligne par projet d'un dossier (atelier à plusieurs groupes)"],
  ['report atelier/', "le rapport de l'atelier (--csv pour un tableur, --html pour une page)"],
  ['markers texte.txt', 'repérer les marqueurs dans un texte'],
  ['sequences', 'lire les séquences et leurs questions'],
  ['content check mon-contenu.yaml', 'vérifier un contenu adapté par un·e animateur·rice'],
  ['--content mon-contenu.yaml sequences', 'utiliser ce contenu adapté'],
];

/**
 * The examples after the help, named as the person can type them (`npx storyboard …` after the
 * README's set-up): side by side when the terminal is wide enough, else each under its command.
 */
function examples(io: Io): string {
  const name = commandName(io.env);
  const commands = EXAMPLES.map(([command]) => `${name} ${command}`);
  const column = Math.max(...commands.map((command) => command.length)) + 2;
  const wide = column + Math.max(...EXAMPLES.map(([, what]) => what.length)) + 2 <= (io.stdout.columns || 80);
  const lines = EXAMPLES.map(([, what], index) => {
    const command = commands[index] as string;
    return wide ? `  ${command.padEnd(column)}${what}` : `  ${command}\n      ${what}`;
  });
  return `\nExemples :\n${lines.join('\n')}\n\nAide d'une commande : ${name} help <commande>`;
}

/** Defines the commands. Each action imports its module only when it runs, to start fast. */
export function buildProgram(io: Io, prompts?: Prompts): Command {
  const context = (command: Command): CliContext => {
    const options = command.optsWithGlobals<{ content?: string; debug?: boolean }>();
    return { io, contentFile: options.content, debug: Boolean(options.debug), prompts };
  };
  // Help, version and commander's own messages go to the Io's streams, at their width.
  const output = {
    writeOut: (text: string) => io.stdout.write(text),
    writeErr: (text: string) => io.stderr.write(text),
    outputError: () => {},
    // commander's own choice: the terminal's width, else 80.
    getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80),
    getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns ? io.stderr.columns : 80),
    getOutHasColors: () => wantsColor(io.stdout, io),
    getErrHasColors: () => wantsColor(io.stderr, io),
  };
  const program = new Command('storyboard');
  program
    .usage('[options] [commande]')
    .description("Le storyboard de l'innovation sociale, séquence par séquence, dans votre terminal.")
    .version(packageJson.version, '-V, --version', 'affiche la version')
    .helpOption('-h, --help', 'affiche cette aide')
    .helpCommand('help [commande]', "affiche l'aide d'une commande")
    .option('--content <fichier>', 'utilise un contenu adapté (fichier YAML de séquences)')
    .option('--no-color', 'sans couleurs')
    .option('--plain', 'mode texte simple, une ligne après l\u2019autre, sans mouvement du curseur (lecteur d\u2019écran ; aussi avec TERM=dumb)')
    .option('--debug', 'affiche les détails techniques en cas de problème')
    .addHelpText('after', () => examples(io))
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput(output);

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
    .option('-s, --sequence <numéro>', 'va directement à une séquence, par son numéro (ex. 5) ou son identifiant (ex. gouvernance-partagee)')
    .action(async (file: string | undefined, options: { sequence?: string }, command: Command) => {
      const { runResume } = await import('./commands/resume.js');
      await runResume(context(command), file, options);
    });

  program
    .command('status [fichier|dossier]')
    .description('montre où en est un projet, sans poser de question ; sur un dossier, une ligne par projet')
    .option('--json', 'sortie JSON (pour les scripts)')
    .action(async (file: string | undefined, options: { json?: boolean }, command: Command) => {
      const { runStatus } = await import('./commands/status.js');
      await runStatus(context(command), file, options);
    });

  program
    .command('clap [fichier]')
    .description("écrit l'histoire du projet en Markdown et y repère les marqueurs de l'innovation sociale")
    .option('-o, --output <fichier>', 'écrit le récit dans ce fichier (par défaut : <projet>.story.md à côté du projet)')
    .option('--stdout', 'écrit le récit sur la sortie standard, sans créer de fichier')
    .option('--template <fichier>', 'utilise votre propre modèle de récit (Mustache)')
    .option('--preview', 'affiche le récit mis en forme dans le terminal')
    .option('--suggestions', 'montre aussi les marqueurs que storyboard suggère sans que le groupe les ait revus (par défaut)')
    .option('--no-suggestions', 'ne montre que les marqueurs reconnus par le groupe (storyboard reperage)')
    .option('--force', 'remplace un récit modifié à la main depuis le dernier clap (une copie est gardée en .bak)')
    .option('--html', 'écrit une page HTML à lire ou imprimer (<projet>.story.html), avec les familles dessinées')
    .action(
      async (
        file: string | undefined,
        options: { output?: string; stdout?: boolean; template?: string; preview?: boolean; suggestions?: boolean; force?: boolean; html?: boolean },
        command: Command,
      ) => {
        const { runClap } = await import('./commands/clap.js');
        await runClap(context(command), file, options);
      },
    );

  program
    .command('report [dossier|fichiers...]')
    .description("écrit le rapport d'un atelier : l'avancement et les familles de marqueurs de chaque projet, et ce qui est fréquent ou rare d'un projet à l'autre")
    .option('-o, --output <fichier>', 'écrit le rapport dans ce fichier (par défaut : rapport-atelier.md dans le dossier des projets)')
    .option('--stdout', 'écrit le rapport sur la sortie standard, sans créer de fichier')
    .option('--csv', 'pour un tableur : une ligne par projet, une colonne par famille (rapport-atelier.csv)')
    .option('--html', 'une page à lire ou imprimer, avec les familles dessinées (rapport-atelier.html)')
    .action(async (targets: string[], options: { output?: string; stdout?: boolean; csv?: boolean; html?: boolean }, command: Command) => {
      const { runReport } = await import('./commands/report.js');
      await runReport(context(command), targets, options);
    });

  program
    .command('reperage [fichier]')
    .description("Clap : le groupe confirme, écarte ou ajoute les marqueurs de l'innovation sociale de son projet")
    .action(async (file: string | undefined, _options: unknown, command: Command) => {
      const { runReperage } = await import('./commands/reperage.js');
      await runReperage(context(command), file);
    });

  program
    .command('markers [fichier]')
    .description("repère les marqueurs de l'innovation sociale dans un texte (un fichier, « - » pour l'entrée standard) ou dans un projet (fichier .yaml)")
    .option('--json', 'sortie JSON (pour les scripts)')
    .action(async (file: string | undefined, options: { json?: boolean }, command: Command) => {
      const { runMarkers } = await import('./commands/markers.js');
      await runMarkers(context(command), file, options);
    });

  const content = program.command('content').usage('[options] [commande]').description('outils pour les contenus adaptés');
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
    command.configureOutput(output);
  }
  return program;
}

/**
 * Runs the CLI and returns the exit code; only main.ts sets it on the process. The prompts are
 * the terminal's unless given (a test's script).
 */
export async function runCli(io: Io, prompts?: Prompts): Promise<number> {
  const { argv } = io;
  const debug = argv.includes('--debug');
  const program = buildProgram(io, prompts);
  // `storyboard` or `storyboard content` alone asks what there is: the help, on stdout, exit 0
  // (as gh does), not the usage error commander makes of it.
  const words = withoutGlobalOptions(argv.slice(2));
  if (words.length === 0 || (words.length === 1 && words[0] === 'content')) {
    const command = words.length === 0 ? program : program.commands.find((candidate) => candidate.name() === 'content');
    command?.outputHelp();
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    const { code, exitCode } = (error ?? {}) as { code?: unknown; exitCode?: unknown };
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return EXIT.ok;
    // Help shown because the command was incomplete (`storyboard`, `storyboard content`).
    if (code === 'commander.help') return exitCode === 0 ? EXIT.ok : EXIT.usage;
    // Only failures pay for colours and messages: the success path stays light.
    const { reportFailure } = await import('./report-failure.js');
    return reportFailure(error, debug, io);
  }
}

/** The command line without the options every command takes (`--content FILE`, `--no-color`, `--debug`). */
function withoutGlobalOptions(args: readonly string[]): string[] {
  const words: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--content') index++;
    else if (!arg.startsWith('--content=') && arg !== '--no-color' && arg !== '--plain' && arg !== '--debug') words.push(arg);
  }
  return words;
}
