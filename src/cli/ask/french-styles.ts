import type { confirm, input, select } from '@inquirer/prompts';
import { Chalk } from 'chalk';
import { type Setting, wantsColor } from '../styles.js';

/** Inquirer's own `PartialDeep` (from @inquirer/type, not a dependency of ours). */
export type PartialDeep<T> = T extends object ? { [P in keyof T]?: PartialDeep<T[P]> } : T;

type ThemeOf<P extends (config: never) => unknown> = NonNullable<Parameters<P>[0] extends { theme?: infer T } ? T : never>;
/** The `theme` option of @inquirer/prompts' `select`. */
export type SelectThemeFr = ThemeOf<typeof select>;
/** The `theme` option of @inquirer/prompts' `confirm`. */
export type ConfirmThemeFr = ThemeOf<typeof confirm>;
/** The `theme` option of @inquirer/prompts' `input`. */
export type InputThemeFr = ThemeOf<typeof input>;

/**
 * Whether a prompt writing to `output` gets colours; none when it is given no output or no
 * setting (the command line and environment). `wantsColor` reads only `isTTY` from the stream,
 * so any writable will do: a test's buffer has none and gets plain text, like a pipe.
 */
export function promptColor(output: NodeJS.WritableStream | undefined, setting: Setting = { argv: [], env: {} }): boolean {
  return output !== undefined && wantsColor(output as { isTTY?: boolean }, setting);
}

// Inquirer names keys in English inside its hints (`<enter>`); people read French ones.
const KEY_NAMES: Readonly<Record<string, string>> = {
  enter: 'Entrée',
  return: 'Entrée',
  tab: 'Tab',
  space: 'Espace',
  backspace: 'Retour arrière',
  escape: 'Échap',
};

// `select` hands its English actions to `keysHelpTip`; translating them there is the only hook.
const ACTIONS: Readonly<Record<string, string>> = {
  navigate: 'se déplacer',
  select: 'choisir',
  submit: 'valider',
  toggle: 'cocher',
  all: 'tout',
  invert: 'inverser',
};

/**
 * The parts every inquirer prompt shares (prefix, spinner, styles), in French and coloured only
 * when `color` is true. With `color` false every style is plain text: inquirer's defaults call
 * `node:util` styleText, which Node 20 does not silence for NO_COLOR or a pipe.
 */
export function baseThemeFr(color: boolean) {
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    prefix: { idle: c.blue('?'), done: c.green('✔') },
    spinner: { interval: 80, frames: ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'].map((f) => c.yellow(f)) },
    style: {
      answer: (text: string) => c.cyan(text),
      message: (text: string) => c.bold(text),
      error: (text: string) => c.red(`> ${text}`),
      defaultAnswer: (text: string) => c.dim(`(${text})`),
      help: (text: string) => c.dim(text),
      highlight: (text: string) => c.cyan(text),
      key: (text: string) => c.cyan.bold(`<${KEY_NAMES[text] ?? text}>`),
    },
  };
}

/** French `select` theme: "↑↓ se déplacer • ⏎ choisir". */
export function selectThemeFr(color: boolean): SelectThemeFr {
  const c = new Chalk({ level: color ? 1 : 0 });
  const base = baseThemeFr(color);
  return {
    ...base,
    style: {
      ...base.style,
      disabled: (text: string) => c.dim(text),
      description: (text: string) => c.cyan(text),
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${c.bold(key)} ${c.dim(ACTIONS[action] ?? action)}`).join(c.dim(' • ')),
    },
    i18n: { disabledError: 'Ce choix n’est pas disponible.' },
  };
}

/** French `confirm` theme: answers "oui"/"non" (hint "O/n"); y/n/yes/no still work. */
export function confirmThemeFr(color: boolean): ConfirmThemeFr {
  const base = baseThemeFr(color);
  return {
    ...base,
    keywords: {
      yes: 'oui',
      no: 'non',
      error: ({ yes, no }: { yes: string; no: string }) => `Répondez « ${yes} » ou « ${no} ».`,
    },
    // The default side of the hint is upper-cased, never coloured: readable without colour too.
    style: { ...base.style, confirmDefault: (text: string) => text.toUpperCase() },
  };
}

/** French `input` theme (input has no English text of its own besides validation messages). */
export function inputThemeFr(color: boolean): InputThemeFr {
  return baseThemeFr(color);
}
