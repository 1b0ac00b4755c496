import Mustache from 'mustache';
import { type SourcePosition, StoryboardError } from '../sequences/errors.js';

/**
 * The only module that knows the template engine. Mustache is logic-less: a template can
 * place data and repeat over lists, nothing else. This wrapper also makes sure it can only
 * read the data's own values — never `constructor`, a prototype or a function to call — so a
 * template shared between facilitators is as harmless as a text file.
 */

type View = Record<string, unknown>;

/** A context that resolves names against own data properties only and never calls anything. */
class DataContext extends Mustache.Context {
  constructor(
    view: unknown,
    parent: DataContext | undefined,
    private readonly misses: Set<string>,
  ) {
    super(view, parent);
  }

  override push(view: unknown): DataContext {
    return new DataContext(view, this, this.misses);
  }

  override lookup(name: string): unknown {
    if (name === '.') return dataOnly(this.view);
    const [head = '', ...rest] = name.split('.');
    for (let context: Mustache.Context | undefined = this; context; context = context.parent) {
      if (!hasOwn(context.view, head)) continue;
      let value: unknown = (context.view as View)[head];
      for (const key of rest) {
        if (!hasOwn(value, key)) {
          this.misses.add(name);
          return undefined;
        }
        value = (value as View)[key];
      }
      return dataOnly(value);
    }
    this.misses.add(name);
    return undefined;
  }
}

/**
 * A story is a few pages: a template that repeats a list inside itself over and over
 * (`{{#sequences}}` nested eight deep) would write gigabytes. Rendering stops past these
 * bounds: the text produced at every level added up, and the number of repetitions.
 */
export const MAX_TEMPLATE_WORK_CHARS = 64 * 1024 * 1024;
const MAX_TEMPLATE_REPETITIONS = 2_000_000;
/** Sections inside sections: a story template needs three or four levels. */
export const MAX_TEMPLATE_DEPTH = 32;

class TooMuchOutput extends Error {}

/** Mustache's writer, counting what it produces. */
class BoundedWriter extends Mustache.Writer {
  private produced = 0;
  private repetitions = 0;

  override renderTokens(...args: Parameters<Mustache.Writer['renderTokens']>): string {
    if (++this.repetitions > MAX_TEMPLATE_REPETITIONS) throw new TooMuchOutput();
    const text = super.renderTokens(...args);
    this.produced += text.length;
    if (this.produced > MAX_TEMPLATE_WORK_CHARS) throw new TooMuchOutput();
    return text;
  }
}

/** How deep sections nest in parsed tokens, found without recursion. */
function nesting(tokens: unknown[]): number {
  let deepest = 0;
  const stack: [unknown[], number][] = [[tokens, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [list, depth] = item;
    deepest = Math.max(deepest, depth);
    if (depth > MAX_TEMPLATE_DEPTH) break;
    for (const token of list) {
      const children = (token as unknown[])[4];
      if (Array.isArray(children)) stack.push([children, depth + 1]);
    }
  }
  return deepest;
}

/** Facilitators' templates come alone: `{{> name}}` includes nothing. */
const noPartials = (_name: string): undefined => undefined;

function hasOwn(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

function dataOnly(value: unknown): unknown {
  return typeof value === 'function' ? undefined : value;
}

export interface RenderedTemplate {
  text: string;
  /** Names the template asked for that the data does not have (typos, most likely). */
  unknownNames: string[];
}

/**
 * Renders `template` with `view`. Values are inserted as they are (the story's data is already
 * inert Markdown), and are never read as template syntax.
 * @throws StoryboardError in French, with the line and column of the problem, when the
 * template is not valid Mustache
 */
export function renderTemplate(template: string, view: View, file?: string): RenderedTemplate {
  const misses = new Set<string>();
  let text: string;
  try {
    // Parse first and on its own, so that every syntax error is reported as the template's.
    const writer = new BoundedWriter();
    if (nesting(writer.parse(template)) > MAX_TEMPLATE_DEPTH) {
      throw new StoryboardError(
        { message: `modèle trop imbriqué : plus de ${MAX_TEMPLATE_DEPTH} sections les unes dans les autres ({{#…}} dans {{#…}}) ; un récit n'en a besoin que de quelques-unes` },
        file,
      );
    }
    text = writer.render(template, new DataContext(view, undefined, misses), noPartials, { escape: (value: unknown) => String(value) });
  } catch (error) {
    if (error instanceof StoryboardError) throw error;
    if (error instanceof TooMuchOutput) {
      throw new StoryboardError(
        { message: `le modèle produit un récit démesuré (plus de ${MAX_TEMPLATE_WORK_CHARS / 1024 / 1024} Mo de texte ou de 2 millions de répétitions) : il répète sans doute une liste à l'intérieur d'elle-même ({{#sequences}} dans {{#sequences}}) ; le rendu est arrêté` },
        file,
      );
    }
    if (error instanceof RangeError) {
      throw new StoryboardError({ message: 'modèle trop imbriqué : ses sections sont trop profondément les unes dans les autres' }, file);
    }
    throw templateError(template, error, file);
  }
  return { text, unknownNames: [...misses] };
}

function templateError(template: string, error: unknown, file: string | undefined): StoryboardError {
  const message = error instanceof Error ? error.message : String(error);
  const at = (offset: number): SourcePosition => positionOf(template, offset);
  const where = (offset: number) => ({ position: at(offset) });

  let match = /^Unclosed tag at (\d+)/.exec(message);
  if (match) {
    const start = template.lastIndexOf('{{', Number(match[1]));
    return new StoryboardError({ message: 'modèle invalide : une balise « {{ » n\u2019est jamais fermée (il manque « }} »)', ...where(Math.max(0, start)) }, file);
  }
  match = /^Unopened section "(.*)" at (\d+)/.exec(message);
  if (match) {
    return new StoryboardError(
      { message: `modèle invalide : « {{/${match[1]}}} » ferme une section qui n\u2019a pas été ouverte (il manque « {{#${match[1]}}} » avant)`, ...where(Number(match[2])) },
      file,
    );
  }
  match = /^Unclosed section "(.*)" at (\d+)/.exec(message);
  if (match) {
    const name = match[1] ?? '';
    const offset = Number(match[2]);
    const opening = lastOpening(template, name, offset);
    const closedBy = offset < template.length ? /\{\{\s*\/\s*([^}]*?)\s*\}\}/.exec(template.slice(offset))?.[1] : undefined;
    return new StoryboardError(
      {
        message: closedBy
          ? `modèle invalide : la section « {{#${name}}} » (ligne ${at(opening).line}) est fermée par « {{/${closedBy}}} » : attendu « {{/${name}}} »`
          : `modèle invalide : la section « {{#${name}}} » n\u2019est jamais fermée (il manque « {{/${name}}} »)`,
        ...where(closedBy ? offset : opening),
      },
      file,
    );
  }
  if (/^Invalid tags/.test(message)) {
    return new StoryboardError({ message: 'modèle invalide : les délimiteurs donnés avec « {{= … =}} » doivent être deux, séparés par une espace' }, file);
  }
  return new StoryboardError({ message: `modèle invalide : ${message}` }, file);
}

function lastOpening(template: string, name: string, before: number): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`\\{\\{\\s*[#^]\\s*${escaped}\\s*\\}\\}`, 'g');
  let found = -1;
  for (const match of template.matchAll(pattern)) if (match.index < before) found = match.index;
  return Math.max(0, found);
}

/** 1-based line and column of a UTF-16 offset. */
export function positionOf(text: string, offset: number): SourcePosition {
  const before = text.slice(0, Math.min(offset, text.length));
  const lines = before.split('\n');
  return { line: lines.length, col: (lines.at(-1) ?? '').length + 1 };
}
