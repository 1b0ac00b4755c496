import { readFileSync } from 'node:fs';
import type { Content } from '../sequences/content-schema.js';
import type { Element } from '../sequences/markers/pattern.js';
import { packageFile } from './package-files.js';
import { readUserFile } from './read-user-file.js';

/** The storyboard shipped with the tool. */
export const DEFAULT_CONTENT_PATH = packageFile('content/sequences.yaml');

/**
 * Written by the build: the shipped content already validated, with the YAML text it came from
 * (compared whole: cheaper than loading node:crypto to hash it) and the build's id, which the
 * pre-read patterns carry too.
 */
const PREVALIDATED = packageFile('dist/content.json');
const PREREAD_PATTERNS = packageFile('dist/patterns.json');

/** A content file is a page of text: far below this unless something is wrong. */
const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

/**
 * Reads and validates a content file (the shipped one unless the user gave another).
 * `fresh` validates even the shipped content anew, for `content check`.
 */
export async function loadContent(file: string = DEFAULT_CONTENT_PATH, { fresh = false } = {}): Promise<Content> {
  const text = await readUserFile(file, { maxBytes: MAX_CONTENT_BYTES, what: 'le fichier de contenu' });
  const cached = file === DEFAULT_CONTENT_PATH && !fresh ? await prevalidated(text) : undefined;
  if (cached) return cached;
  // Parsing YAML and validating costs most of a short command's start-up: only when needed.
  const { parseContent } = await import('../sequences/content.js');
  return parseContent(text, file);
}

/** The build each content came from, when it is the build's copy. */
const fromBuild = new WeakMap<Content, string>();

/**
 * The indicator patterns the build read for this content, if it is the build's copy: they
 * spare the marker commands most of their start-up. None otherwise.
 */
export async function prereadPatterns(content: Content): Promise<readonly (readonly Element[])[]> {
  const build = fromBuild.get(content);
  if (!build) return [];
  try {
    const cache = JSON.parse(readFileSync(PREREAD_PATTERNS, 'utf8')) as { build: string; patterns: Element[][] };
    return cache.build === build ? cache.patterns : [];
  } catch {
    return [];
  }
}

/** The build's validated copy, if it was made from exactly this text. */
async function prevalidated(text: string): Promise<Content | undefined> {
  try {
    const cache = JSON.parse(readFileSync(PREVALIDATED, 'utf8')) as { build: string; yaml: string; content: Content };
    if (cache.yaml !== text) return undefined;
    fromBuild.set(cache.content, cache.build);
    return cache.content;
  } catch {
    return undefined;
  }
}
