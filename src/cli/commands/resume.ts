import type { Content } from '../../sequences/content-schema.js';
import { StoryboardError } from '../../sequences/errors.js';
import { CLAP_ID, progressOf } from '../../sequences/progress.js';
import { loadContent } from '../content.js';
import { requireTerminal } from '../interactive.js';
import type { CliContext } from '../program.js';
import { resolveProjectFile } from '../project-file.js';
import type { ProjectSession } from '../project-session.js';
import { followRenames } from '../../sequences/renames.js';
import { contentMismatch, describeMoves } from '../store.js';
import { tellOnStderr } from '../interview.js';

export interface ResumeOptions {
  sequence?: string;
}

/** Continues a project over as many sittings as the person needs. */
export async function runResume(context: CliContext, file: string | undefined, options: ResumeOptions): Promise<void> {
  const content = await loadContent(context.contentFile);
  if (options.sequence && !content.sequences.some((sequence) => sequence.id === options.sequence)) {
    throw new StoryboardError({
      message: `séquence inconnue « ${options.sequence} ». Séquences possibles : ${content.sequences.map((sequence) => sequence.id).join(', ')}`,
    });
  }
  requireTerminal('resume');
  const { chooseProjectFile } = await import('../ask/resume-menu.js');
  const path = await resolveProjectFile(file, 'resume', chooseProjectFile);
  const { ProjectSession } = await import('../project-session.js');
  const session = await ProjectSession.open(path, 'resume', tellOnStderr);
  try {
    await resumeLocked(context, session, content, options);
  } finally {
    await session.close();
  }
}

async function resumeLocked(context: CliContext, session: ProjectSession, content: Content, options: ResumeOptions): Promise<void> {
  const { chooseResumeAction, overview } = await import('../ask/resume-menu.js');
  const { path } = session;
  const { project, moved } = followRenames(session.project, content);

  const notes = [contentMismatch(project, content), describeMoves(moved)].filter((note) => note !== undefined).join('\n');
  process.stdout.write(overview(project, progressOf(content, project), notes || undefined));

  const action = options.sequence
    ? ({ kind: 'sequence', id: options.sequence } as const)
    : await chooseResumeAction(content, progressOf(content, project));
  const { interview } = await import('../interview.js');
  if (action.kind !== 'clap') {
    await interview({ session, project, content, mode: action });
    return;
  }
  // « Finir avec le Clap »: tell the story in the Clap séquence, then write it with its markers.
  await interview({ session, project, content, mode: { kind: 'sequence', id: CLAP_ID } });
  const { runClap } = await import('./clap.js');
  await runClap(context, path, {});
}
