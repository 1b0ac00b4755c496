import type { Content } from '../../sequences/content-schema.js';
import { StoryboardError } from '../../sequences/errors.js';
import { CLAP_ID, progressOf } from '../../sequences/progress.js';
import { loadContent } from '../content.js';
import { requireTerminal } from '../interactive.js';
import type { CliContext } from '../program.js';
import { resolveProjectFile } from '../project-file.js';
import { contentMismatch, describeMoves, openProject } from '../store.js';

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
  const { lockProject } = await import('../lock.js');
  const release = await lockProject(path, 'resume');
  try {
    await resumeLocked(context, path, content, options);
  } finally {
    await release();
  }
}

async function resumeLocked(context: CliContext, path: string, content: Content, options: ResumeOptions): Promise<void> {
  const { chooseResumeAction, overview } = await import('../ask/resume-menu.js');
  const { project, moved } = await openProject(path, content);

  const notes = [contentMismatch(project, content), describeMoves(moved)].filter((note) => note !== undefined).join('\n');
  process.stdout.write(overview(project, progressOf(content, project), notes || undefined));

  const action = options.sequence
    ? ({ kind: 'sequence', id: options.sequence } as const)
    : await chooseResumeAction(content, progressOf(content, project));
  if (action.kind === 'reperage') {
    const { reperageInTerminal } = await import('../reperage-session.js');
    await reperageInTerminal(path, project, content);
    process.stdout.write('Pour écrire votre histoire avec ce repérage : storyboard clap\n');
    return;
  }
  const { interview } = await import('../interview.js');
  if (action.kind !== 'clap') {
    await interview({ path, project, content, mode: action });
    return;
  }
  // « Finir avec le Clap »: tell the story in the Clap séquence, review its markers as a
  // group, then write it.
  const told = await interview({ path, project, content, mode: { kind: 'sequence', id: CLAP_ID } });
  const { reperageInTerminal } = await import('../reperage-session.js');
  await reperageInTerminal(path, told.project, content);
  const { runClap } = await import('./clap.js');
  await runClap(context, path, {});
}
