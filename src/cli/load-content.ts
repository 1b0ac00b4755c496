import { readFileSync } from 'node:fs';
import type { Content } from '../sequences/content-schema.js';
import type { Detector, Element } from '../sequences/markers/index.js';
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

/** A content read for a command, and the marker detection made for it when a command needs one. */
export interface LoadedContent {
  content: Content;
  /**
   * The content's indicators compiled for detection, once, the first time they are asked for:
   * from the patterns the build pre-read when this is the build's copy (most of what compiling
   * costs), read anew otherwise. Loaded only then: most commands find no markers.
   */
  detector(): Promise<Detector>;
}

/**
 * Reads and validates a content file (the shipped one unless the user gave another).
 * `fresh` validates even the shipped content anew, for `content check`.
 */
export async function loadContent(file: string = DEFAULT_CONTENT_PATH, { fresh = false } = {}): Promise<LoadedContent> {
  const text = await readUserFile(file, { maxBytes: MAX_CONTENT_BYTES, what: 'le fichier de contenu' });
  const cached = file === DEFAULT_CONTENT_PATH && !fresh ? prevalidated(text) : undefined;
  if (cached) return withDetector(cached.content, cached.build);
  // Parsing YAML and validating costs most of a short command's start-up: only when needed.
  const { parseContent } = await import('../sequences/content.js');
  return withDetector(parseContent(text, file), undefined);
}

function withDetector(content: Content, build: string | undefined): LoadedContent {
  let detector: Promise<Detector> | undefined;
  return {
    content,
    detector() {
      detector ??= import('../sequences/markers/index.js').then(({ compileDetector }) => compileDetector(content, prereadPatterns(build)));
      return detector;
    },
  };
}

/** The indicator patterns the build read, if this build made them; none otherwise. */
function prereadPatterns(build: string | undefined): readonly (readonly Element[])[] | undefined {
  if (!build) return undefined;
  try {
    const cache = JSON.parse(readFileSync(PREREAD_PATTERNS, 'utf8')) as { build: string; patterns: Element[][] };
    return cache.build === build ? cache.patterns : undefined;
  } catch {
    return undefined;
  }
}

/** The build's validated copy, if it was made from exactly this text. */
function prevalidated(text: string): { content: Content; build: string } | undefined {
  try {
    const cache = JSON.parse(readFileSync(PREVALIDATED, 'utf8')) as { build: string; yaml: string; content: Content };
    return cache.yaml === text ? { content: cache.content, build: cache.build } : undefined;
  } catch {
    return undefined;
  }
}
