import { fileURLToPath } from 'node:url';

/**
 * A file shipped with the package (content/, templates/, dist/…), found from here. This module
 * sits two levels below the package root both as source (src/cli/) and once bundled
 * (dist/cli/): every path to a shipped file goes through it so that the two agree.
 */
export function packageFile(path: string): string {
  return fileURLToPath(new URL(`../../${path}`, import.meta.url));
}
