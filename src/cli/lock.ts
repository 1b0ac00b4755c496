import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { StoryboardError } from '../sequences/errors.js';

/** Who holds a project open, written beside the lock so that a second session can say so. */
interface SessionInfo {
  command: string;
  pid: number;
  host: string;
  since: string;
}

/** A lock not refreshed for this long belongs to a session that died: it is taken over. */
const STALE_MS = 10_000;

const infoPath = (file: string) => join(dirname(file), `.${basename(file)}.session.json`);

/**
 * Opens a project for writing by one session only. proper-lockfile keeps a `<file>.lock`
 * folder fresh while we run; a session killed without cleaning up stops refreshing it, and
 * the next one recovers it after a few seconds instead of being locked out of its own work.
 * @returns the function that releases the project
 */
export async function lockProject(file: string, command: string): Promise<() => Promise<void>> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, { stale: STALE_MS, realpath: false, retries: 0, onCompromised: () => {} });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw await busy(file);
    throw error;
  }
  const info: SessionInfo = { command, pid: process.pid, host: hostname(), since: new Date().toISOString() };
  await writeFile(infoPath(file), JSON.stringify(info)).catch(() => {});
  return async () => {
    await rm(infoPath(file), { force: true });
    await release().catch(() => {});
  };
}

/** Refuses a second writer, telling who the first one is when we know. */
export async function refuseIfOpen(file: string): Promise<void> {
  const locked = await lockfile.check(file, { stale: STALE_MS, realpath: false }).catch(() => false);
  if (locked) throw await busy(file);
}

async function busy(file: string): Promise<StoryboardError> {
  let who = 'une autre session storyboard';
  try {
    const info = JSON.parse(await readFile(infoPath(file), 'utf8')) as SessionInfo;
    const since = new Date(info.since).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
    who = `« storyboard ${info.command} » (processus ${info.pid} sur ${info.host}, depuis ${since})`;
  } catch {
    // No session file: the generic wording is still true.
  }
  return new StoryboardError(
    {
      message: `le projet « ${file} » est déjà ouvert par ${who}. Terminez d'abord cette session (ou attendez quelques secondes si elle a été fermée brutalement), puis réessayez.`,
    },
    file,
  );
}
