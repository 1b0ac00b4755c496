import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Content } from '../../sequences/content-schema.js';
import { StoryboardError } from '../../sequences/errors.js';
import { progressOf } from '../../sequences/progress.js';
import type { Project } from '../../sequences/project.js';
import { detectMarkersInAnswers, rememberPatterns } from '../../sequences/markers/index.js';
import { buildStory, type StoryHit } from '../../sequences/story/index.js';
import { loadContent, prereadPatterns } from '../content.js';
import { loadMarkerModel } from '../markers-model.js';
import { packageFile } from '../package-files.js';
import type { CliContext } from '../program.js';
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
}

/** The story template shipped with the tool. */
export const DEFAULT_TEMPLATE_PATH = packageFile('templates/story.md.mustache');

const MAX_TEMPLATE_BYTES = 1024 * 1024;
export const STORY_SUFFIX = '.story.md';

/** Writes the story of a project as Markdown: to a file by default, to stdout, or previewed. */
export async function runClap(context: CliContext, file: string | undefined, options: ClapOptions): Promise<void> {
  if (options.stdout && options.output) {
    throw Object.assign(
      new StoryboardError({ message: 'choisissez entre « --stdout » (le récit à l\u2019écran) et « -o FICHIER » (le récit dans un fichier)' }),
      { exitCode: 2 },
    );
  }
  const path = await resolveProjectFile(file, 'clap');
  const content = await loadContent(context.contentFile);
  const { project } = await openProject(path, content);
  const template = options.template
    ? await readUserFile(options.template, { maxBytes: MAX_TEMPLATE_BYTES, what: 'le modèle' })
    : readFileSync(DEFAULT_TEMPLATE_PATH, 'utf8');

  const story = buildStory({ content, project, hits: await findMarkers(project, content), date: storyDate() });
  const rendered = renderTemplate(template, { ...story }, options.template);
  // A template is a facilitator's text file: it could hold control characters too.
  const markdown = `${safeText(rendered.text).replace(/\s+$/, '')}\n`;

  const style = stylesFor(process.stderr);
  if (options.template && rendered.unknownNames.length > 0) {
    const names = rendered.unknownNames.map(safeText).join(', ');
    process.stderr.write(`${style.yellow(`Attention : le modèle utilise des données inconnues (laissées vides) : ${names}.`)}\n`);
  }

  if (options.preview) {
    if (options.output) await writeStory(options.output, markdown, path);
    process.stdout.write(process.stdout.isTTY ? await preview(markdown) : markdown);
    return;
  }
  if (options.stdout) {
    process.stdout.write(markdown);
    return;
  }
  const out = options.output ?? defaultStoryPath(path);
  await writeStory(out, markdown, path);
  const progress = progressOf(content, project);
  const lines = [`${style.green('Récit écrit :')} ${safeText(out)} (${story.markers.count} familles de marqueurs repérées).`];
  if (progress.answered < progress.total) {
    lines.push(
      style.dim(`Projet en cours (${progress.answered}/${progress.total} questions) : les passages « à compléter » attendent la suite, avec storyboard resume.`),
    );
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}

/**
 * The markers found in the project's answers, with offsets into each answer.
 * The story's call to the markers module (DESIGN.md §5).
 */
async function findMarkers(project: Project, content: Content): Promise<StoryHit[]> {
  const answers = Object.fromEntries(Object.entries(project.answers).map(([id, answer]) => [id, answer.text]));
  rememberPatterns(content, await prereadPatterns(content));
  return detectMarkersInAnswers(answers, content, { model: loadMarkerModel() });
}

/**
 * The story's date: today, or the day of SOURCE_DATE_EPOCH when it is set (the reproducible
 * builds convention, which pandoc follows too), so that the same project gives the same file.
 */
function storyDate(now: Date = new Date()): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `cafe.storyboard.yaml` → `cafe.story.md`, next to the project. */
export function defaultStoryPath(projectFile: string): string {
  const name = basename(projectFile);
  const stem = name.endsWith(PROJECT_SUFFIX) ? name.slice(0, -PROJECT_SUFFIX.length) : name.replace(/\.ya?ml$/i, '');
  return join(dirname(projectFile), `${stem || 'projet'}${STORY_SUFFIX}`);
}

async function writeStory(out: string, markdown: string, projectFile: string): Promise<void> {
  if (resolve(out) === resolve(projectFile) || out.endsWith(PROJECT_SUFFIX)) {
    throw new StoryboardError({ message: `« ${out} » est un fichier projet : le récit ne l'écrase pas. Choisissez un autre nom, par exemple ${defaultStoryPath(projectFile)}` });
  }
  // A story is rewritten at each clap; any other existing file (an answers file, a template,
  // a content) is the person's own work and is never replaced by a story.
  if (!/\.(md|markdown)$/i.test(out) && existsSync(out)) {
    throw new StoryboardError({ message: `« ${out} » existe déjà et n'est pas un récit Markdown (.md) : le récit ne l'écrase pas. Choisissez un nom en .md, par exemple ${defaultStoryPath(projectFile)}` });
  }
  // Loaded here only: `clap --stdout` writes no file.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  try {
    await writeFileAtomic(out, markdown, { fsync: true });
  } catch (error) {
    throw writeFailure(error, out);
  }
}

/** The story as a terminal shows it; marked and marked-terminal load only here. */
async function preview(markdown: string): Promise<string> {
  const color = wantsColor(process.stdout);
  // No clickable-link escape codes either when colours are off.
  if (!color) process.env.FORCE_HYPERLINK = '0';
  const { renderPreview } = await import('../preview.js');
  const text = await renderPreview(markdown, { color, width: Math.min(process.stdout.columns || 80, 100) });
  return color ? text : safeText(text);
}
