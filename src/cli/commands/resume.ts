import type { Content } from '../../sequences/content-schema.js';
import { StoryboardError } from '../../sequences/errors.js';
import { CLAP_ID, progressOf } from '../../sequences/progress.js';
import type { Project } from '../../sequences/project.js';
import { type LoadedContent, loadContent } from '../load-content.js';
import type { CliContext } from '../context.js';
import { requireTerminal } from '../interactive.js';
import { resolveProjectFile } from '../project-file.js';
import type { ProjectSession } from '../project-session.js';
import { type Prompts, promptsOf } from '../prompts.js';
import { followRenames } from '../../sequences/renames.js';
import { contentMismatch, describeMoves } from '../store.js';
import { tellOnStderr } from '../interview.js';

export interface ResumeOptions {
  sequence?: string;
}

/** Continues a project over as many sittings as the person needs. */
export async function runResume(context: CliContext, file: string | undefined, options: ResumeOptions): Promise<void> {
  const { io } = context;
  const loaded = await loadContent(context.contentFile);
  const { content } = loaded;
  const sequence = options.sequence === undefined ? undefined : sequenceId(content, options.sequence);
  requireTerminal(io, 'resume');
  const prompts = await promptsOf(context);
  const { chooseProjectFile } = await import('../ask/resume-menu.js');
  const path = await resolveProjectFile(file, 'resume', io.cwd, (files) => chooseProjectFile(prompts, files));
  const { ProjectSession } = await import('../project-session.js');
  const session = await ProjectSession.open(path, 'resume', tellOnStderr(io));
  try {
    await resumeLocked(context, prompts, session, loaded, sequence);
  } finally {
    await session.close();
  }
}

/**
 * The séquence named by `--sequence`: its id, or the number every screen shows (« 5 » for
 * « Séquence 5/11 »). The Clap has no number: `clap` names it.
 */
export function sequenceId(content: Content, given: string): string {
  const wanted = given.trim().replace(/\.$/, '');
  if (content.sequences.some((sequence) => sequence.id === wanted)) return wanted;
  const numbered = content.sequences.filter((sequence) => sequence.id !== CLAP_ID);
  if (/^\d+$/.test(wanted)) {
    const found = numbered[Number(wanted) - 1];
    if (found) return found.id;
  }
  throw new StoryboardError({
    message:
      `séquence inconnue « ${given} ». Donnez son numéro, de 1 à ${numbered.length}, ou son identifiant : ` +
      content.sequences.map((sequence) => sequence.id).join(', '),
  });
}

/**
 * The overview and the menu, again after each séquence reviewed, until the person continues,
 * finishes with the Clap or leaves.
 */
async function resumeLocked(context: CliContext, prompts: Prompts, session: ProjectSession, loaded: LoadedContent, sequence: string | undefined): Promise<void> {
  const { content } = loaded;
  const { chooseResumeAction, overview } = await import('../ask/resume-menu.js');
  const { interview, sayWhereWeAre } = await import('../interview.js');
  const { path } = session;
  const { io } = context;
  const renamed = followRenames(session.project, content);
  let project: Project = renamed.project;
  let notes: string | undefined = [contentMismatch(project, content), describeMoves(renamed.moved)].filter((note) => note !== undefined).join('\n');

  const { reperageInTerminal } = await import('../reperage-session.js');
  let direct = sequence;
  for (;;) {
    io.stdout.write(overview(io, project, progressOf(content, project), notes || undefined));
    notes = undefined;
    const action = direct ? ({ kind: 'sequence', id: direct } as const) : await chooseResumeAction(io, prompts, content, progressOf(content, project));
    direct = undefined;
    if (action.kind === 'quit') break;
    if (action.kind === 'reperage') {
      project = await reperageInTerminal(io, prompts, session, project, loaded);
      continue;
    }
    if (action.kind === 'sequence') {
      project = (await interview({ io, prompts, session, project, content, mode: action })).project;
      continue;
    }
    if (action.kind === 'continue') {
      project = (await interview({ io, prompts, session, project, content, mode: action })).project;
      break;
    }
    // « Finir avec le Clap »: tell the story in the Clap séquence, review its markers as a
    // group, then write it.
    project = (await interview({ io, prompts, session, project, content, mode: { kind: 'sequence', id: CLAP_ID } })).project;
    await reperageInTerminal(io, prompts, session, project, loaded);
    const { runClap } = await import('./clap.js');
    await runClap(context, path, {});
    return;
  }
  sayWhereWeAre(io, path, content, project);
}
