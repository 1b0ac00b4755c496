import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readFile, rm, rmdir, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import lockfile from 'proper-lockfile';
import { StoryboardError } from '../sequences/errors.js';
import { isAlive, sweepLeftovers } from './safe-write.js';
import { fileProblem } from './write-errors.js';

/** Who holds a project open, written inside the lock so that a second session can say so. */
interface Owner {
  command: string;
  pid: number;
  host: string;
  since: string;
  /** Tells this session's lock from a later one of the same process. */
  token: string;
}

/**
 * A lock not refreshed for this long, whose holder cannot be checked (another machine on a
 * shared folder, or no owner written), is taken to belong to a session that died.
 */
export const STALE_MS = 10_000;
/** proper-lockfile refreshes the lock this often while the session lives. */
const UPDATE_MS = 2_000;

const lockDir = (file: string) => `${file}.lock`;
const ownerPath = (file: string) => `${lockDir(file)}/owner.json`;

/** A project held open by this session. */
export interface ProjectLock {
  /** Undefined while the lock is ours; the French reason once another session has it. */
  lost(): Promise<string | undefined>;
  release(): Promise<void>;
}

/**
 * Opens a project for writing by one session only, for as long as the session lives.
 * proper-lockfile keeps a `<file>.lock` folder fresh (its `update` option); the owner's process
 * and machine are written inside it. A lock is taken over only when its holder is really gone:
 * on this machine, when its process no longer exists (at once, without waiting); from another
 * machine, when it has not been refreshed for STALE_MS. A session stopped for a while (Ctrl+Z,
 * kill -STOP, a long paste) therefore keeps its project, and checks on waking up that the lock
 * is still its own before writing again.
 */
export async function lockProject(file: string, command: string): Promise<ProjectLock> {
  const owner: Owner = { command, pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  let compromised = false;
  let released = false;
  const onCompromised = () => {
    compromised = true;
  };
  let release = await acquire(file, onCompromised);
  let signed = await writeOwner(file, owner);
  // We hold the lock: leftovers of writes killed half-way can go.
  await sweepLeftovers(file);

  return {
    async lost() {
      const current = await readOwner(file);
      // Someone else's name in our lock: another session has the project now.
      if (signed && current?.token !== owner.token) return lostMessage(file, current);
      if (!compromised) return undefined;
      // proper-lockfile gives up on a lock it could not refresh in time (the process was
      // stopped): since it still bears our name, it is simply taken again.
      try {
        await unlink(ownerPath(file)).catch(() => {});
        await rmdir(lockDir(file)).catch(() => {});
        release = await register(file, onCompromised);
        compromised = false;
        signed = await writeOwner(file, owner);
        return undefined;
      } catch {
        return lostMessage(file, await readOwner(file));
      }
    },
    async release() {
      if (released) return;
      released = true;
      if ((await readOwner(file))?.token !== owner.token && signed) return;
      await unlink(ownerPath(file)).catch(() => {});
      // A lock proper-lockfile gave up (a session stopped past the stale delay) is still ours
      // to remove: an empty folder only, never another session's lock.
      await release().catch(() => rmdir(lockDir(file)).catch(() => {}));
    },
  };
}

function register(file: string, onCompromised: () => void): Promise<() => Promise<void>> {
  return lockfile.lock(file, { stale: STALE_MS, update: UPDATE_MS, realpath: false, retries: 0, onCompromised });
}

/** Takes the lock, or takes over the one of a session that is gone; refuses a live one. */
async function acquire(file: string, onCompromised: () => void): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const held = await holder(file);
    if (held.state === 'alive') throw busy(file, held.owner);
    if (held.state === 'gone') await rm(lockDir(file), { recursive: true, force: true }).catch(() => {});
    try {
      return await register(file, onCompromised);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOCKED' || code === 'ENOTEMPTY') continue;
      throw lockFailure(error, file);
    }
  }
  throw busy(file, (await holder(file)).owner);
}

type Holder = { state: 'none' | 'gone' | 'alive'; owner?: Owner };

/** Whether the project is held, and by whom. */
async function holder(file: string): Promise<Holder> {
  const stats = await lstat(lockDir(file)).catch(() => undefined);
  if (!stats) return { state: 'none' };
  const owner = await readOwner(file);
  if (owner && owner.host === hostname()) return { state: isAlive(owner.pid) ? 'alive' : 'gone', owner };
  const stale = stats.mtimeMs < Date.now() - STALE_MS;
  return { state: stale ? 'gone' : 'alive', owner };
}

/** Refuses a second writer, telling who the first one is when we know. */
export async function refuseIfOpen(file: string): Promise<void> {
  const held = await holder(file);
  if (held.state === 'alive') throw busy(file, held.owner);
}

async function readOwner(file: string): Promise<Owner | undefined> {
  try {
    // Only a file of our own lock folder: never through a link someone put there.
    const stats = await lstat(ownerPath(file));
    if (!stats.isFile() || stats.size > 4096) return undefined;
    const owner = JSON.parse(await readFile(ownerPath(file), 'utf8')) as Partial<Owner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string') return undefined;
    return owner as Owner;
  } catch {
    return undefined;
  }
}

/** Signs the lock with its owner; false when that could not be done. */
async function writeOwner(file: string, owner: Owner): Promise<boolean> {
  try {
    // proper-lockfile checks at each refresh that the folder's modification time is the one it
    // set, and gives the lock up as compromised otherwise: adding our file must not change it.
    const folder = await lstat(lockDir(file));
    // Created new inside the lock folder we just made: O_EXCL and O_NOFOLLOW, never a link.
    const handle = await open(ownerPath(file), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
    try {
      await handle.writeFile(JSON.stringify(owner));
    } finally {
      await handle.close();
    }
    await utimes(lockDir(file), folder.atime, folder.mtime);
    return true;
  } catch {
    // Without it the lock still holds; a second session only says less about the first.
    return false;
  }
}

function describe(owner: Owner | undefined): string {
  if (!owner) return 'une autre session storyboard';
  const since = new Date(owner.since).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
  return `« storyboard ${owner.command} » (processus ${owner.pid} sur ${owner.host}, depuis ${since})`;
}

function busy(file: string, owner: Owner | undefined): StoryboardError {
  return new StoryboardError(
    {
      message: `le projet « ${file} » est déjà ouvert par ${describe(owner)}. Terminez d'abord cette session (si elle est suspendue, reprenez-la avec « fg » dans son terminal), puis réessayez.`,
    },
    file,
  );
}

function lostMessage(file: string, owner: Owner | undefined): string {
  return `le projet « ${file} » a été ouvert par ${describe(owner)} pendant que cette session était arrêtée`;
}

/** A lock that cannot be made: most often a folder where the person may not write. */
function lockFailure(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StoryboardError(
      {
        message: `impossible d'ouvrir « ${file} » pour le modifier : son dossier est en lecture seule (storyboard y écrit un verrou et le projet à chaque réponse). Copiez le projet dans un dossier où vous pouvez écrire`,
      },
      file,
    );
  }
  const sentence = fileProblem(error, file, 'ouvrir');
  return sentence ? new StoryboardError({ message: sentence }, file) : error;
}
