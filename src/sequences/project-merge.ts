import type { Project } from './project-schema.js';

/** What came of putting together two versions of a project that both moved on from one. */
export interface MergedProject {
  project: Project;
  /**
   * The places both sides changed differently (`answers.ID`, `drafts.ID`, `project.name`…):
   * the session's version is kept there, and the caller keeps the other one beside the file.
   */
  conflicts: string[];
}

type Plain = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A three-way merge of a project: `base` is the file as the session last read or wrote it,
 * `theirs` the file as someone else changed it since (by hand, in another program), `ours` what
 * the session wants to write. What only one side changed is taken from that side, so that a
 * hand edit and the answers typed in the session both stay; where both changed the same answer
 * (or draft, or identity field) differently, the session's wins and the place is reported.
 */
export function mergeProjects(base: Project, theirs: Project, ours: Project): MergedProject {
  const conflicts: string[] = [];
  const merged = mergeRecord(base as unknown as Plain, theirs as unknown as Plain, ours as unknown as Plain, (key) => key, new Set());
  for (const section of ['answers', 'drafts', 'project'] as const) {
    merged[section] = mergeRecord(
      (base[section] ?? {}) as Plain,
      (theirs[section] ?? {}) as Plain,
      (ours[section] ?? {}) as Plain,
      (key) => `${section}.${key}`,
      conflicts,
    );
  }
  const answers = merged.answers as Project['answers'];
  merged.skipped = mergeList(base.skipped, theirs.skipped, ours.skipped).filter((id) => !(id in answers));
  if (typeof theirs.updated === 'string' && typeof ours.updated === 'string') {
    merged.updated = [theirs.updated, ours.updated].sort().at(-1);
  }
  return { project: merged as unknown as Project, conflicts };
}

/** Key by key: one side's change is taken, both sides' different changes keep ours. */
function mergeRecord(base: Plain, theirs: Plain, ours: Plain, name: (key: string) => string, conflicts: Set<string> | string[]): Plain {
  const out: Plain = {};
  // Ours first, for the order of keys a person reads; then what only they have.
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])];
  for (const key of keys) {
    const b = Object.hasOwn(base, key) ? base[key] : undefined;
    const t = Object.hasOwn(theirs, key) ? theirs[key] : undefined;
    const o = Object.hasOwn(ours, key) ? ours[key] : undefined;
    let value: unknown;
    if (same(o, b)) value = t;
    else if (same(t, b) || same(t, o)) value = o;
    else {
      value = o ?? t;
      if (Array.isArray(conflicts)) conflicts.push(name(key));
    }
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** A set kept as a list: what either side added is in, what either side removed is out. */
function mergeList(base: readonly string[], theirs: readonly string[], ours: readonly string[]): string[] {
  const removed = new Set(base.filter((id) => !theirs.includes(id) || !ours.includes(id)));
  return [...new Set([...ours, ...theirs])].filter((id) => !removed.has(id));
}
