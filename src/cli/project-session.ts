import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StoryboardError } from '../sequences/errors.js';
import { mergeProjects } from '../sequences/project-merge.js';
import { type Project, parseProject, serializeProject } from '../sequences/project.js';
import { command } from './command-name.js';
import { type ProjectLock, lockProject } from './lock.js';
import { MAX_PROJECT_BYTES, PROJECT_SUFFIX } from './project-file.js';
import { readOnlyRefusal, saveProjectText } from './project-writer.js';
import { readUserFile } from './read-user-file.js';
import { createFile } from './safe-write.js';
import { writeFailure } from './write-errors.js';

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A project opened for a session that writes it (new, resume): it holds the lock for as long
 * as it lives, and remembers the file as it last read or wrote it. Before each save it looks
 * at the file again: a change made meanwhile by someone else (by hand, in another program) is
 * merged with the session's answers rather than written over, and what cannot be merged is
 * kept in a copy beside the project. A session that has lost its lock stops writing.
 */
export class ProjectSession {
  private constructor(
    readonly path: string,
    private readonly lock: ProjectLock,
    private base: Project,
    private digest: string,
    private readonly tell: (line: string) => void,
  ) {}

  /** Locks the project, then reads it: what is read is what the next save compares with. */
  static async open(path: string, command: string, tell: (line: string) => void): Promise<ProjectSession> {
    // A project made read-only by its owner is refused before a single question is asked.
    const stats = await lstat(path).catch(() => undefined);
    const readOnly = stats?.isFile() ? readOnlyRefusal(path, stats) : undefined;
    if (readOnly) throw new StoryboardError({ message: readOnly }, path);
    const lock = await lockProject(path, command);
    try {
      const text = await readUserFile(path, { maxBytes: MAX_PROJECT_BYTES, what: 'le fichier projet' });
      return new ProjectSession(path, lock, parseProject(text, path), hash(text), tell);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** The project as read when the session began. */
  get project(): Project {
    return this.base;
  }

  /**
   * Writes `next`, merged with any change made to the file since the session last saw it.
   * @returns what the file now holds, which the session goes on from
   */
  async save(next: Project): Promise<Project> {
    const lost = await this.lock.lost();
    if (lost) {
      const copy = await this.keepAside(serializeProject(next), 'reponses-non-enregistrees');
      throw new StoryboardError(
        {
          message: `${lost} : pour ne rien écraser, cette session n'enregistre plus rien. Les réponses données ici sont gardées dans « ${copy} » ; reprenez le projet avec ${command('resume')} et recopiez-les si besoin`,
        },
        this.path,
      );
    }
    const onDisk = await this.readCurrent();
    let merged = next;
    if (onDisk === undefined) {
      this.tell(`Le fichier « ${this.path} » avait disparu pendant la session : il est recréé avec toutes les réponses.`);
    } else if (hash(onDisk) !== this.digest) {
      merged = await this.mergeWith(onDisk, next);
    }
    const text = serializeProject(merged);
    await saveProjectText(this.path, text);
    this.base = merged;
    this.digest = hash(text);
    return merged;
  }

  async close(): Promise<void> {
    await this.lock.release();
  }

  /** The file's text now, or undefined if it is gone; never read through a link. */
  private async readCurrent(): Promise<string | undefined> {
    try {
      const handle = await open(this.path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | constants.O_NONBLOCK);
      try {
        const stats = await handle.stat();
        if (!stats.isFile() || stats.size > MAX_PROJECT_BYTES) return '';
        return await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      // A link or anything else put in its place: treated as a change that cannot be merged.
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') return '';
      throw writeFailure(error, this.path);
    }
  }

  private async mergeWith(onDisk: string, next: Project): Promise<Project> {
    let theirs: Project | undefined;
    try {
      theirs = parseProject(onDisk, this.path);
    } catch {
      theirs = undefined;
    }
    if (!theirs) {
      const copy = onDisk === '' ? undefined : await this.keepAside(onDisk, 'autre-version');
      this.tell(
        `Le fichier « ${this.path} » a été modifié en dehors de cette session et n'est plus un projet valide : ` +
          (copy ? `cette version est gardée telle quelle dans « ${copy} », ` : '') +
          'le projet est réécrit avec les réponses de cette session.',
      );
      return next;
    }
    const { project, conflicts } = mergeProjects(this.base, theirs, next);
    if (conflicts.length === 0) {
      this.tell(`Le fichier « ${this.path} » a été modifié en dehors de cette session : ses changements et vos réponses sont réunis.`);
      return project;
    }
    const copy = await this.keepAside(onDisk, 'autre-version');
    this.tell(
      `Le fichier « ${this.path} » a été modifié en dehors de cette session. Les changements ont été réunis ; ` +
        `là où les deux versions diffèrent (${conflicts.join(', ')}), le projet garde celle de cette session, ` +
        `et l'autre version est gardée entière dans « ${copy} ».`,
    );
    return project;
  }

  /** Writes `text` to a new file beside the project, named so that it is not taken for one. */
  private async keepAside(text: string, label: string): Promise<string> {
    const name = basename(this.path);
    const stem = name.endsWith(PROJECT_SUFFIX) ? name.slice(0, -PROJECT_SUFFIX.length) : name.replace(/\.ya?ml$/i, '');
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    for (let n = 1; ; n++) {
      const copy = join(dirname(this.path), `${stem}.${label}-${stamp}${n > 1 ? `-${n}` : ''}.yaml`);
      try {
        await createFile(copy, text);
        return copy;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST' && n < 100) continue;
        throw writeFailure(error, copy);
      }
    }
  }
}
