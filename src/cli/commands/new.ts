import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectFromAnswersFile } from '../../sequences/answers-file.js';
import { createProject, slugify } from '../../sequences/project.js';
import { command } from '../command-name.js';
import { loadContent } from '../load-content.js';
import type { CliContext } from '../context.js';
import { columnsOf, textWidth, wrap } from '../layout.js';
import { requireTerminal } from '../interactive.js';
import { readUserFile } from '../read-user-file.js';
import { MAX_PROJECT_BYTES, PROJECT_SUFFIX } from '../project-file.js';
import { promptsOf } from '../prompts.js';
import { alreadyExists, createProjectFile } from '../project-writer.js';
import { stylesFor } from '../styles.js';

export interface NewOptions {
  file?: string;
  answers?: string;
}

const pathFor = (name: string, options: NewOptions) => options.file ?? `${slugify(name)}${PROJECT_SUFFIX}`;

/** Starts a project: from an answers file (scripts), or by asking (people). */
export async function runNew(context: CliContext, name: string | undefined, options: NewOptions): Promise<void> {
  const { io } = context;
  const { content } = await loadContent(context.contentFile);
  if (options.answers) {
    const text = await readUserFile(options.answers, { maxBytes: MAX_PROJECT_BYTES, what: 'le fichier de réponses' });
    const project = projectFromAnswersFile(text, content, io.now(), { file: options.answers, name });
    const path = pathFor(project.project.name, options);
    if (existsSync(path)) {
      const { refuseIfOpen } = await import('../lock.js');
      await refuseIfOpen(path);
    }
    await createProjectFile(path, project);
    const count = Object.keys(project.answers).length;
    io.stderr.write(`Projet créé : ${path} (${count} réponse${count > 1 ? 's' : ''}).\n`);
    return;
  }

  // Refuse before asking anything when we already know the file is taken.
  const known = options.file ?? (name?.trim() ? pathFor(name, options) : undefined);
  if (known && existsSync(known)) throw alreadyExists(known);
  requireTerminal(io, 'new');

  const { askIdentity, welcome } = await import('../ask/identity.js');
  const prompts = await promptsOf(context);
  const style = stylesFor(io.stdout, io);
  io.stdout.write(welcome(content, style, textWidth(io.stdout, io.env)));
  const identity = await askIdentity(prompts, name, (candidate) => {
    const path = pathFor(candidate, options);
    return existsSync(path) ? `Le projet « ${path} » existe déjà : pour le continuer, ${command(`resume ${path}`)}` : true;
  });
  const path = pathFor(identity.name, options);
  const project = createProject(identity, content, io.now());
  await createProjectFile(path, project);
  io.stdout.write(`${style.dim(wrap(`Projet enregistré dans ${resolve(io.cwd, path)}`, columnsOf(io.stdout, io.env), '  '))}\n`);

  const { ProjectSession } = await import('../project-session.js');
  const { interview, sayWhereWeAre, tellOnStderr } = await import('../interview.js');
  const session = await ProjectSession.open(path, 'new', tellOnStderr(io));
  try {
    const outcome = await interview({ io, prompts, session, project: session.project, content, mode: { kind: 'continue' } });
    sayWhereWeAre(io, path, content, outcome.project);
  } finally {
    await session.close();
  }
}
