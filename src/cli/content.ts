import { fileURLToPath } from 'node:url';
import { type Content, parseContent } from '../sequences/index.js';
import { readUserFile } from './read-user-file.js';

/** The storyboard shipped with the tool, found relative to this file in src/ and dist/ alike. */
export const DEFAULT_CONTENT_PATH = fileURLToPath(new URL('../../content/sequences.yaml', import.meta.url));

/** A content file is a page of text: far below this unless something is wrong. */
const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

/** Reads and validates a content file (the shipped one unless the user gave another). */
export async function loadContent(file: string = DEFAULT_CONTENT_PATH): Promise<Content> {
  const text = await readUserFile(file, { maxBytes: MAX_CONTENT_BYTES, what: 'le fichier de contenu' });
  return parseContent(text, file);
}
