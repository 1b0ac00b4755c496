import type { Content } from '../content-schema.js';
import { progressOf } from '../progress.js';
import type { Project } from '../project-schema.js';
import { type FamilyStatus, familyStatus, type ReperageCounts, reperageCounts, reperageOf } from '../reperage.js';
import { markerFamilies } from '../story/marker-summary.js';
import type { StoryHit } from '../story/story-types.js';

/** One project file of the workshop, as the CLI read it: the project and its markers, or why it could not be read. */
export type WorkshopInput =
  | { file: string; project: Project; hits: readonly StoryHit[] }
  | { file: string; error: string };

/** How far a project has gone: nothing yet, started (less than half), well on its way, finished. */
export type Stage = 'empty' | 'started' | 'advanced' | 'finished';

export const STAGE_TEXT: Record<Stage, string> = {
  empty: 'pas commencé',
  started: 'commencé',
  advanced: 'bien avancé',
  finished: 'fini',
};

export interface ProjectFamily {
  id: string;
  title: string;
  status: FamilyStatus;
}

/** What the workshop report says about one project. */
export interface ProjectSummary {
  file: string;
  name: string;
  structure?: string;
  territory?: string;
  contributors: string[];
  content: { id: string; version: string };
  /** ISO timestamp of the project's last change. */
  updated: string;
  answered: number;
  total: number;
  skipped: number;
  drafts: number;
  stage: Stage;
  /** Whether the group made at least one choice in the repérage. */
  reperageDone: boolean;
  reperage: ReperageCounts;
  /** The families in the content's order, each with where it stands in this project. */
  families: ProjectFamily[];
  counts: Record<FamilyStatus, number>;
}

export interface UnreadableProject {
  file: string;
  /** One sentence: why the file could not be read. */
  reason: string;
}

/** Present in most projects, in some, or in few. */
export type Spread = 'common' | 'some' | 'rare';

/** One family across the workshop. */
export interface FamilyAcross {
  id: string;
  title: string;
  /** How many projects have it in each status. */
  counts: Record<FamilyStatus, number>;
  /** Projects where it shows (confirmed, added or suggested). */
  present: number;
  /** Projects where the group itself recognised it (confirmed or added). */
  recognised: number;
  spread: Spread;
}

/** A question of a family's séquence, and how many projects have not answered it yet. */
export interface PisteQuestion {
  id: string;
  text: string;
  unanswered: number;
}

/** A family few projects show, with the questions that would bring it out. */
export interface Piste {
  id: string;
  title: string;
  /** Projects where it does not show (not yet, or rejected by the group). */
  absent: number;
  /** The names of those projects, in the report's order. */
  absentFrom: string[];
  questions: PisteQuestion[];
}

/** A content (id and version) and the projects answered with it. */
export interface ContentUse {
  id: string;
  version: string;
  files: string[];
}

export interface WorkshopReport {
  /** The content the report reads the projects with. */
  content: { id: string; version: string; title: string };
  projects: ProjectSummary[];
  unreadable: UnreadableProject[];
  families: FamilyAcross[];
  pistes: Piste[];
  /** Every content the projects used, most used first. */
  contents: ContentUse[];
  /** The projects were not all answered with one same content. */
  contentsDiffer: boolean;
  /** Some projects were answered with another content than the one used for the report. */
  differsFromCurrent: boolean;
}

const STATUSES: readonly FamilyStatus[] = ['confirmed', 'added', 'suggested', 'rejected', 'missing'];
const PISTES = 3;

/** A count for each status, all at zero. */
export function zeroCounts(): Record<FamilyStatus, number> {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<FamilyStatus, number>;
}

/** Shows in the project: recognised by the group, or seen by storyboard and not rejected. */
export const isPresent = (status: FamilyStatus) => status === 'confirmed' || status === 'added' || status === 'suggested';

export function stageOf(answered: number, total: number): Stage {
  if (answered === 0) return 'empty';
  if (answered >= total) return 'finished';
  return answered * 2 < total ? 'started' : 'advanced';
}

/** One project's progress and families, read against `content`. */
export function summariseProject(file: string, project: Project, hits: readonly StoryHit[], content: Content): ProjectSummary {
  const progress = progressOf(content, project);
  const families = markerFamilies(content);
  const found = new Set(hits.map((hit) => hit.family));
  const projectFamilies = families.map((family) => ({
    id: family.id,
    title: family.title,
    status: familyStatus(reperageOf(project, family.id), found.has(family.id)),
  }));
  const counts = zeroCounts();
  for (const family of projectFamilies) counts[family.status]++;
  const reperage = reperageCounts(
    project,
    families.map((family) => family.id),
  );
  const { structure, territory } = project.project;
  return {
    file,
    name: project.project.name,
    ...(structure ? { structure } : {}),
    ...(territory ? { territory } : {}),
    contributors: project.project.contributors ?? [],
    content: { id: project.content.id, version: project.content.version },
    updated: project.updated,
    answered: progress.answered,
    total: progress.total,
    skipped: progress.sequences.reduce((sum, sequence) => sum + sequence.skipped.length, 0),
    drafts: progress.sequences.reduce((sum, sequence) => sum + sequence.drafts.length, 0),
    stage: stageOf(progress.answered, progress.total),
    reperageDone: reperage.confirmed + reperage.added + reperage.rejected > 0,
    reperage,
    families: projectFamilies,
    counts,
  };
}

/** Common when at least half the projects show it, rare when a third or fewer do. */
export function spreadOf(present: number, projects: number): Spread {
  if (projects > 0 && present * 2 >= projects) return 'common';
  return present * 3 <= projects ? 'rare' : 'some';
}

/**
 * The workshop's picture: each project's progress and families, then across projects which
 * families are common and which are rare, and the « pistes »: the families absent from the
 * most projects, each with its séquence's questions, the least answered first.
 */
export function buildWorkshop(inputs: readonly WorkshopInput[], content: Content): WorkshopReport {
  const projects: ProjectSummary[] = [];
  const answered: Set<string>[] = [];
  const unreadable: UnreadableProject[] = [];
  for (const input of inputs) {
    if ('error' in input) {
      unreadable.push({ file: input.file, reason: input.error });
      continue;
    }
    projects.push(summariseProject(input.file, input.project, input.hits, content));
    answered.push(new Set(Object.keys(input.project.answers)));
  }

  const families = markerFamilies(content).map((family, index): FamilyAcross => {
    const counts = zeroCounts();
    for (const project of projects) {
      const status = project.families[index]?.status;
      if (status) counts[status]++;
    }
    const present = counts.confirmed + counts.added + counts.suggested;
    return { id: family.id, title: family.title, counts, present, recognised: counts.confirmed + counts.added, spread: spreadOf(present, projects.length) };
  });

  const pistes = families
    .map((family, index) => ({ family, index, absent: projects.length - family.present }))
    .filter(({ absent }) => absent > 0)
    // The most absent first; on a tie, the content's order.
    .sort((a, b) => b.absent - a.absent || a.index - b.index)
    .slice(0, PISTES)
    .map(({ family, index, absent }): Piste => {
      const sequence = content.sequences.find((item) => item.id === family.id);
      const questions = (sequence?.questions ?? [])
        .map((question) => ({ id: question.id, text: question.text, unanswered: answered.filter((set) => !set.has(question.id)).length }))
        .sort((a, b) => b.unanswered - a.unanswered);
      return {
        id: family.id,
        title: family.title,
        absent,
        absentFrom: projects.filter((project) => !isPresent(project.families[index]?.status ?? 'missing')).map((project) => project.name),
        questions,
      };
    });

  const uses = new Map<string, ContentUse>();
  for (const project of projects) {
    const key = `${project.content.id}\u0000${project.content.version}`;
    const use = uses.get(key) ?? { id: project.content.id, version: project.content.version, files: [] };
    use.files.push(project.file);
    uses.set(key, use);
  }
  const contents = [...uses.values()].sort((a, b) => b.files.length - a.files.length);
  return {
    content: { id: content.id, version: content.version, title: content.title },
    projects,
    unreadable,
    families,
    pistes,
    contents,
    contentsDiffer: contents.length > 1,
    differsFromCurrent: contents.some((use) => use.id !== content.id || use.version !== content.version),
  };
}
