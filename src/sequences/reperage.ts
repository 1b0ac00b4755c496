import type { Content } from './content-schema.js';
import type { Decision, Project, ReperageEntry } from './project-schema.js';

export type { Decision, ReperageEntry } from './project-schema.js';

/**
 * Where a family of markers stands in a project: decided by the group (confirmed, added,
 * rejected), or only seen by storyboard (suggested), or nowhere yet (missing).
 */
export type FamilyStatus = 'confirmed' | 'added' | 'suggested' | 'rejected' | 'missing';

/** The group's choice for a family, if it made one. */
export function reperageOf(project: Project, family: string): ReperageEntry | undefined {
  return project.reperage?.find((entry) => entry.family === family);
}

/** A family's status from the group's choice and from what storyboard found in the answers. */
export function familyStatus(entry: ReperageEntry | undefined, found: boolean): FamilyStatus {
  if (entry) return entry.decision;
  return found ? 'suggested' : 'missing';
}

/**
 * Records the group's choice for a family, replacing an earlier one; the entries stay in the
 * content's order so that the file reads like the storyboard.
 */
export function withReperage(project: Project, entry: ReperageEntry, content: Content, now: Date): Project {
  const others = (project.reperage ?? []).filter((item) => item.family !== entry.family);
  const order = content.sequences.map((sequence) => sequence.id);
  const rank = (family: string) => {
    const index = order.indexOf(family);
    return index === -1 ? order.length : index;
  };
  const reperage = [...others, entry].sort((a, b) => rank(a.family) - rank(b.family));
  return { ...project, updated: now.toISOString(), reperage };
}

/** Forgets the group's choice for a family (it said no answer shows it after all). */
export function withoutReperage(project: Project, family: string, now: Date): Project {
  if (!reperageOf(project, family)) return project;
  return { ...project, updated: now.toISOString(), reperage: (project.reperage ?? []).filter((item) => item.family !== family) };
}

export interface ReperageCounts {
  confirmed: number;
  added: number;
  rejected: number;
}

/** How many families the group confirmed, added and rejected (families the content knows). */
export function reperageCounts(project: Project, families: readonly string[]): ReperageCounts {
  const counts: ReperageCounts = { confirmed: 0, added: 0, rejected: 0 };
  for (const entry of project.reperage ?? []) if (families.includes(entry.family)) counts[entry.decision as Decision]++;
  return counts;
}

/** « repérage : 7 familles confirmées, 1 ajoutée, 2 écartées », or that it is still to do. */
export function reperageLine(counts: ReperageCounts): string {
  const { confirmed, added, rejected } = counts;
  if (confirmed + added + rejected === 0) return 'repérage : pas encore fait par le groupe';
  // French counts 0 and 1 in the singular.
  const s = (count: number) => (count > 1 ? 's' : '');
  return `repérage : ${confirmed} famille${s(confirmed)} confirmée${s(confirmed)}, ${added} ajoutée${s(added)}, ${rejected} écartée${s(rejected)}`;
}
