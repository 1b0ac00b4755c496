import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's chromium; the Chromium tests run where it is installed (`.ci/run` installs it as root). */
export const CHROMIUM = ['chromium', 'chromium-browser'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);

/**
 * A page opened once in headless Chromium with nothing of its own (a fresh profile, no network
 * services, no sandbox as root), which in that one launch takes its screenshot, prints it to
 * PDF and dumps its DOM: each launch costs seconds.
 */
export function chromiumRender(page: string, options: { windowSize: string; screenshot: string; pdf: string }): { status: number | null; dom: string } {
  const profile = mkdtempSync(join(tmpdir(), 'storyboard-chromium-'));
  try {
    const result = spawnSync(
      CHROMIUM as string,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        `--window-size=${options.windowSize}`,
        `--screenshot=${options.screenshot}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${options.pdf}`,
        '--dump-dom',
        page,
      ],
      { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
    );
    return { status: result.status, dom: result.stdout };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
