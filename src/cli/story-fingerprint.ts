import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { StoryboardError } from '../sequences/errors.js';
import { command } from './command-name.js';
import { readUserFile } from './read-user-file.js';

/**
 * A story carries the fingerprint of the text storyboard wrote, so that the next `clap` can
 * tell a story it may rewrite from one a person edited since. In Markdown it is a link
 * reference definition, which CommonMark, GFM and pandoc read and never show; in HTML a
 * `<meta>`.
 */
const MARKDOWN_LINE = /\n\[\/\/\]: # "storyboard-empreinte sha256-([0-9a-f]{64})"\n$/;
const HTML_META = /<meta name="storyboard-empreinte" content="sha256-([0-9a-f]{64})">/;
const HTML_PLACEHOLDER = '<meta name="storyboard-empreinte" content="sha256-">';

/** Stories are pages of text: a bigger file is not one storyboard wrote. */
const MAX_STORY_BYTES = 20 * 1024 * 1024;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The Markdown story with its fingerprint as its last line. */
export function signMarkdown(markdown: string): string {
  return `${markdown}\n[//]: # "storyboard-empreinte sha256-${sha256(markdown)}"\n`;
}

/**
 * The HTML page with its fingerprint: the page is written with an empty one
 * ({@link HTML_FINGERPRINT_SLOT}), whose text is what is hashed.
 */
export function signHtml(html: string): string {
  return html.replace(HTML_PLACEHOLDER, `<meta name="storyboard-empreinte" content="sha256-${sha256(html)}">`);
}

/** Where an HTML page puts its fingerprint, in its <head>. */
export const HTML_FINGERPRINT_SLOT = HTML_PLACEHOLDER;

/** Whether a file holds a story exactly as storyboard wrote it. */
export function isUntouched(text: string): boolean {
  const markdown = MARKDOWN_LINE.exec(text);
  if (markdown) return sha256(text.slice(0, markdown.index)) === markdown[1];
  const html = HTML_META.exec(text);
  if (html) return sha256(text.replace(html[0], HTML_PLACEHOLDER)) === html[1];
  return false;
}

/**
 * Before a story is written over `out`: nothing to do when there is no file there, or when
 * it is as storyboard wrote it (or already what is about to be written). A file edited by
 * hand is kept and the person told so in one line; with `force` it is copied to a `.bak`
 * first (a free name: an earlier `.bak` is never replaced).
 * @returns the `.bak` written, if any
 */
export async function keepHandEdits(
  out: string,
  next: string,
  force: boolean,
  writeCopy: (file: string, text: string) => Promise<void>,
): Promise<string | undefined> {
  if (!existsSync(out)) return undefined;
  // A file storyboard cannot read as text (too big, binary) is no story it wrote: it stays,
  // even with --force, since it could not be copied aside as text.
  const text = await readUserFile(out, { maxBytes: MAX_STORY_BYTES, what: 'le récit', allowEmpty: true });
  if (text.trim() === '' || text === next || isUntouched(text)) return undefined;
  const bak = freeBackupName(out);
  if (!force) {
    throw new StoryboardError({
      message: `« ${out} » a été modifié depuis le dernier clap : il est gardé tel quel. Pour le remplacer (une copie sera gardée dans ${bak}) : ${command('clap --force')}`,
    });
  }
  await writeCopy(bak, text);
  return bak;
}

function freeBackupName(out: string): string {
  if (!existsSync(`${out}.bak`)) return `${out}.bak`;
  for (let index = 2; ; index++) if (!existsSync(`${out}.${index}.bak`)) return `${out}.${index}.bak`;
}
