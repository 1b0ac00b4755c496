import type { Content } from './content-schema.js';
import type { Project } from './project-schema.js';

/**
 * Where a rename finally leads: renames may chain (a → b, b → c), and a loop a facilitator
 * might write is cut after a few steps.
 */
export function finalRename(renamed: Readonly<Record<string, string>>, id: string): string {
  let to = id;
  for (let hops = 0; renamed[to] !== undefined && hops < 50; hops++) to = renamed[to] as string;
  return to;
}

export interface FollowedRenames {
  project: Project;
  /** The answers moved to their question's new id, for telling the person. */
  moved: { from: string; to: string }[];
}

/**
 * Moves answers, drafts and « passée » marks given under a question id that the content has
 * since renamed (its `renamed` map) to the new id. An answer is never overwritten: when the
 * new id already has one, the old answer stays where it is and is reported as kept.
 * Renames may chain (a → b, b → c); the project is returned unchanged when nothing moves.
 */
export function followRenames(project: Project, content: Content): FollowedRenames {
  const renamed = content.renamed;
  const moved: { from: string; to: string }[] = [];
  let answers = project.answers;
  let drafts = project.drafts;
  let skipped = project.skipped;

  for (const [start, first] of Object.entries(renamed)) {
    const to = finalRename(renamed, first);
    if (to === start) continue;
    if (start in answers && !(to in answers)) {
      const { [start]: answer, ...rest } = answers;
      answers = { ...rest, [to]: answer as Project['answers'][string] };
      moved.push({ from: start, to });
    }
    if (start in drafts && !(to in drafts)) {
      const { [start]: draft, ...rest } = drafts;
      drafts = { ...rest, [to]: draft as Project['drafts'][string] };
    }
    if (skipped.includes(start)) skipped = [...new Set(skipped.map((id) => (id === start ? to : id)))];
  }
  if (answers === project.answers && drafts === project.drafts && skipped === project.skipped) return { project, moved };
  return { project: { ...project, answers, drafts, skipped }, moved };
}
