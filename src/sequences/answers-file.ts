import * as v from 'valibot';
import type { Content } from './content-schema.js';
import { StoryboardError } from './errors.js';
import { createProject, type Project, withAnswer } from './project.js';
import { mapping, str, strict, toIssues } from './schema-kit.js';
import { parseYamlSource } from './yaml-source.js';

const AnswersFileSchema = strict(
  {
    // Optional when the name is given on the command line (`new NOM --answers FICHIER`).
    project: v.optional(
      strict(
        {
          name: v.optional(str('le nom du projet')),
          structure: v.optional(str('la structure porteuse')),
          territory: v.optional(str('le territoire')),
          contributors: v.optional(v.array(str('un contributeur'), 'les contributeurs doivent être une liste')),
        },
        '« project »',
      ),
      {},
    ),
    answers: v.optional(v.pipe(mapping('« answers »'), v.record(v.string(), str('une réponse'))), {}),
  },
  'le fichier de réponses',
);

/**
 * Builds a project from an answers file (`storyboard new --answers`), as if typed: the same
 * project a person would get by answering these questions in order.
 * @throws StoryboardError naming any unknown question id, with the list of valid ones
 */
export function projectFromAnswersFile(
  textOfFile: string,
  content: Content,
  now: Date,
  options: { file?: string; name?: string } = {},
): Project {
  const { source, issues } = parseYamlSource(textOfFile);
  if (issues.length > 0) throw new StoryboardError(issues, options.file);
  const result = v.safeParse(AnswersFileSchema, source.value);
  if (!result.success) {
    throw new StoryboardError(toIssues(result.issues, source), options.file);
  }
  const { project: identity, answers } = result.output;
  const name = options.name ?? identity.name;
  if (!name?.trim()) {
    throw new StoryboardError({ message: 'le nom du projet manque : ajoutez « project: { name: … } » ou donnez-le après « new »' }, options.file);
  }

  const order = content.sequences.flatMap((sequence) => sequence.questions.map((question) => question.id));
  const unknown = Object.keys(answers).filter((id) => !order.includes(id));
  if (unknown.length > 0) {
    throw new StoryboardError(
      unknown.map((id) => ({
        message: `question inconnue « ${id} ». Questions possibles : ${order.join(', ')}`,
        path: `answers.${id}`,
        position: source.locate(['answers', id]),
      })),
      options.file,
    );
  }

  let project = createProject({ ...identity, name }, content, now);
  for (const id of order) {
    const answer = answers[id];
    if (answer !== undefined && answer.trim() !== '') project = withAnswer(project, id, answer.replace(/\s+$/, ''), now);
  }
  return project;
}
