import { confirm, input, Separator, select } from '@inquirer/prompts';
import type { Setting } from '../styles.js';
import { confirmThemeFr, inputThemeFr, promptColor, selectThemeFr } from './french-styles.js';

/**
 * Where a prompt reads and writes (inquirer's `context`: input, output, signal…), and the
 * command line and environment that decide its colours.
 */
export type PromptContext = Parameters<typeof input>[1] & { setting?: Setting };

/** A `select` choice, as @inquirer/prompts takes it. */
export type ChoiceFr<Value> = {
  value: Value;
  name?: string;
  description?: string;
  short?: string;
  disabled?: boolean | string;
};

/** `select` options without `theme`: the French one is imposed. */
export type SelectFrConfig<Value> = {
  message: string;
  choices: ReadonlyArray<ChoiceFr<Value> | Separator>;
  default?: Value;
  pageSize?: number;
  loop?: boolean;
};

/** `confirm` options without `theme`. */
export type ConfirmFrConfig = { message: string; default?: boolean };

/** Answer check: true, or the French sentence telling what to fix. */
export type Validate = (value: string) => boolean | string | Promise<boolean | string>;

/** `input` options without `theme`; `required` and `validate` answer in French. */
export type InputFrConfig = {
  message: string;
  default?: string;
  prefill?: 'tab' | 'editable';
  required?: boolean;
  validate?: Validate;
};

const INVALID = 'Cette réponse ne convient pas.';
const REQUIRED = 'Une réponse est nécessaire.';

/** A `select` in French. A choice disabled with `true` reads "(indisponible)", not "(disabled)". */
export function selectFr<Value>(config: SelectFrConfig<Value>, context?: PromptContext): Promise<Value> {
  const choices = config.choices.map((choice) =>
    choice instanceof Separator || choice.disabled !== true ? choice : { ...choice, disabled: '(indisponible)' },
  );
  return select<Value>({ ...config, choices, theme: selectThemeFr(promptColor(context?.output, context?.setting)) }, context);
}

/** A yes/no question in French: "(O/n)", answers "oui" / "non" (y/n also accepted). */
export function confirmFr(config: ConfirmFrConfig, context?: PromptContext): Promise<boolean> {
  return confirm({ ...config, theme: confirmThemeFr(promptColor(context?.output, context?.setting)) }, context);
}

/** A one-line text answer in French. */
export function inputFr(config: InputFrConfig, context?: PromptContext): Promise<string> {
  const { required, validate, ...rest } = config;
  // inquirer's own `required` message is English: check it here instead.
  const check: Validate = (value) => (required && value.trim() === '' ? REQUIRED : frenchValidation(validate)(value));
  return input({ ...rest, validate: check, theme: inputThemeFr(promptColor(context?.output, context?.setting)) }, context);
}

// A validator answering `false` makes inquirer print "You must provide a valid value".
function frenchValidation(validate: Validate | undefined): Validate {
  if (!validate) return () => true;
  return async (value) => {
    const verdict = await validate(value);
    return verdict === false ? INVALID : verdict;
  };
}
