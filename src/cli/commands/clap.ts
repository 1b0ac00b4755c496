import { type Stats, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { StoryboardError } from '../../sequences/errors.js';
import { progressOf } from '../../sequences/progress.js';
import { buildStory, type StoryView } from '../../sequences/story/index.js';
import { storyHtml } from '../../sequences/story/story-html.js';
import { command } from '../command-name.js';
import { loadContent } from '../load-content.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { findMarkers } from '../find-markers.js';
import type { Io } from '../io.js';
import { textWidth } from '../layout.js';
import { reportDay } from '../local-date.js';
import { packageFile } from '../package-files.js';
import { resolveProjectFile } from '../project-file.js';
import { readUserFile } from '../read-user-file.js';
import { renderTemplate } from '../render-template.js';
import { PROJECT_SUFFIX } from '../project-file.js';
import { openProject } from '../store.js';
import { stylesFor, wantsColor } from '../styles.js';
import { safeText } from '../terminal-text.js';
import { writeFailure } from '../write-errors.js';

export interface ClapOptions {
  output?: string;
  stdout?: boolean;
  template?: string;
  preview?: boolean;
  /** False with --no-suggestions: only the families the group recognised are shown. */
  suggestions?: boolean;
  /** Replaces a story edited by hand since it was written, keeping a copy in a `.bak`. */
  force?: boolean;
  /** One self-contained HTML page to read or print, instead of Markdown. */
  html?: boolean;
}

/** The story template shipped with the tool. */
export const DEFAULT_TEMPLATE_PATH = packageFile('templates/story.md.mustache');
/** The HTML page's stylesheet (screen and A4 print). */
export const HTML_STYLES_PATH = packageFile('templates/story.css');

const MAX_TEMPLATE_BYTES = 1024 * 1024;
export const STORY_SUFFIX = '.story.md';
export const HTML_SUFFIX = '.story.html';

/** Writes the story of a project as Markdown: to a file by default, to stdout, or previewed. */
export async function runClap(context: CliContext, file: string | undefined, options: ClapOptions): Promise<void> {
  if (options.stdout && options.output) {
    throw new StoryboardError(
      { message: 'choisissez entre « --stdout » (le récit à l\u2019écran) et « -o FICHIER » (le récit dans un fichier)' },
      undefined,
      EXIT.usage,
    );
  }
  if (options.html && (options.template || options.preview)) {
    throw new StoryboardError(
      { message: `« --html » écrit la page avec sa propre mise en page : il ne se combine pas avec « ${options.template ? '--template' : '--preview'} »` },
      undefined,
      EXIT.usage,
    );
  }
  // « -o - » is the usual way to say « to standard output »: never a file named « - ».
  if (options.output === '-') options = { ...options, output: undefined, stdout: !options.preview };
  const { io } = context;
  const path = await resolveProjectFile(file, 'clap', io.cwd);
  const loaded = await loadContent(context.contentFile);
  const { content } = loaded;
  const { project } = await openProject(path, content);
  const template = options.template
    ? await readUserFile(options.template, { maxBytes: MAX_TEMPLATE_BYTES, what: 'le modèle' })
    : readFileSync(DEFAULT_TEMPLATE_PATH, 'utf8');

  const story = buildStory({ content, project, hits: await findMarkers(project, loaded), date: reportDay(io.now(), io.env), suggestions: options.suggestions !== false });
  if (options.html) {
    await writeHtml(story, path, options, io);
    return;
  }
  const rendered = renderTemplate(template, { ...story }, options.template);
  // A template is a facilitator's text file: it could hold control characters too.
  const markdown = `${safeText(rendered.text).replace(/\s+$/, '')}\n`;

  const style = stylesFor(io.stderr, io);
  if (options.template && rendered.unknownNames.length > 0) {
    const names = rendered.unknownNames.map(safeText).join(', ');
    io.stderr.write(`${style.yellow(`Attention : le modèle utilise des données inconnues (laissées vides) : ${names}.`)}\n`);
  }

  if (options.preview) {
    if (options.output) await writeStory(options.output, markdown, path, options.force === true);
    if (!io.stdout.isTTY) {
      io.stdout.write(markdown);
      return;
    }
    const { page } = await import('../pager.js');
    await page(await preview(markdown, io), io);
    return;
  }
  if (options.stdout) {
    io.stdout.write(markdown);
    return;
  }
  const out = options.output ?? defaultStoryPath(path);
  const kept = await writeStory(out, markdown, path, options.force === true);
  const progress = progressOf(content, project);
  const { confirmed, added, suggested, total } = story.markers;
  const families = story.markers.reviewed
    ? `le groupe reconnaît ${confirmed + added} des ${total} familles de marqueurs${suggested > 0 ? `, storyboard en suggère ${suggested} autre${suggested > 1 ? 's' : ''}` : ''}`
    : `storyboard suggère ${suggested} des ${total} familles de marqueurs : à revoir en groupe avec ${command('reperage')}`;
  const lines = [`${style.green('Récit écrit :')} ${safeText(out)} (${families}).`];
  if (kept) lines.push(`L'ancienne version, modifiée à la main, est gardée dans ${safeText(kept)}.`);
  if (progress.answered < progress.total) {
    lines.push(
      style.dim(`Projet en cours (${progress.answered}/${progress.total} questions) : les passages « à compléter » attendent la suite, avec ${command('resume')}.`),
    );
  }
  io.stderr.write(`${lines.join('\n')}\n`);
}

/** `cafe.storyboard.yaml` → `cafe.story.md`, next to the project. */
export function defaultStoryPath(projectFile: string, suffix: string = STORY_SUFFIX): string {
  const name = basename(projectFile);
  const stem = name.endsWith(PROJECT_SUFFIX) ? name.slice(0, -PROJECT_SUFFIX.length) : name.replace(/\.ya?ml$/i, '');
  return join(dirname(projectFile), `${stem || 'projet'}${suffix}`);
}

/**
 * Writes the story with its fingerprint, after {@link keepHandEdits} has made sure no hand
 * edit is lost.
 * @returns the `.bak` where a hand-edited story was kept, with `force`
 */
async function writeStory(out: string, text: string, projectFile: string, force: boolean, kind: 'markdown' | 'html' = 'markdown'): Promise<string | undefined> {
  const refusal = `« ${out} » est un fichier projet : le récit ne l'écrase pas. Choisissez un autre nom, par exemple ${defaultStoryPath(projectFile)}`;
  if (resolve(out) === resolve(projectFile) || out.endsWith(PROJECT_SUFFIX)) throw new StoryboardError({ message: refusal });
  const project = statSync(projectFile, { throwIfNoEntry: false });
  const mayReplace = (existing: Stats): string | undefined => {
    // The project under another name (a hard link, a path through a linked folder).
    if (project && existing.ino === project.ino && existing.dev === project.dev) return refusal;
    // A story is rewritten at each clap; any other existing file (an answers file, a
    // template, a content) is the person's own work and is never replaced by a story.
    if (kind === 'markdown' && !/\.(md|markdown)$/i.test(out)) {
      return `« ${out} » existe déjà et n'est pas un récit Markdown (.md) : le récit ne l'écrase pas. Choisissez un nom en .md, par exemple ${defaultStoryPath(projectFile)}`;
    }
    if (kind === 'html' && !/\.html?$/i.test(out)) {
      return `« ${out} » existe déjà et n'est pas une page HTML (.html) : le récit ne l'écrase pas. Choisissez un nom en .html, par exemple ${defaultStoryPath(projectFile, HTML_SUFFIX)}`;
    }
    return undefined;
  };
  // Loaded here only: `clap --stdout` writes no file and needs no hash.
  const [{ checkTarget, createFile, replaceFile }, { keepHandEdits, signHtml, signMarkdown }] = await Promise.all([
    import('../safe-write.js'),
    import('../story-fingerprint.js'),
  ]);
  // Links, special files and files that are no story are refused before anything is read.
  await checkTarget(out, mayReplace);
  const signed = kind === 'html' ? signHtml(text) : signMarkdown(text);
  const kept = await keepHandEdits(out, signed, force, async (bak, copy) => {
    try {
      await createFile(bak, copy);
    } catch (error) {
      throw writeFailure(error, bak);
    }
  });
  await replaceFile(out, signed, { mayReplace });
  return kept;
}

/** `clap --html`: the story as one page to read or print, written like the Markdown one. */
async function writeHtml(story: StoryView, path: string, options: ClapOptions, io: Io): Promise<void> {
  const [{ markdownToHtml }, { HTML_FINGERPRINT_SLOT }] = await Promise.all([import('../markdown-html.js'), import('../story-fingerprint.js')]);
  const html = storyHtml(story, { html: markdownToHtml(), css: readFileSync(HTML_STYLES_PATH, 'utf8'), headExtra: options.stdout ? '' : HTML_FINGERPRINT_SLOT });
  if (options.stdout) {
    io.stdout.write(html);
    return;
  }
  const out = options.output ?? defaultStoryPath(path, HTML_SUFFIX);
  const kept = await writeStory(out, html, path, options.force === true, 'html');
  const style = stylesFor(io.stderr, io);
  const lines = [`${style.green('Page écrite :')} ${safeText(out)} (à ouvrir dans un navigateur, ou à imprimer en A4).`];
  if (kept) lines.push(`L'ancienne version, modifiée à la main, est gardée dans ${safeText(kept)}.`);
  io.stderr.write(`${lines.join('\n')}\n`);
}

/** The story as a terminal shows it; marked and marked-terminal load only here. */
async function preview(markdown: string, io: Io): Promise<string> {
  const color = wantsColor(io.stdout, io);
  // No clickable-link escape codes either when colours are off (marked-terminal asks the
  // environment).
  if (!color) io.env.FORCE_HYPERLINK = '0';
  const { renderPreview } = await import('../preview.js');
  const text = await renderPreview(markdown, { color, width: textWidth(io.stdout, io.env) });
  return color ? text : safeText(text);
}
