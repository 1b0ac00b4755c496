import * as v from 'valibot';
import type { Content } from './content-schema.js';
import { formatPath, type Issue, StoryboardError } from './errors.js';
import { createProject, type Project, withAnswer } from './project.js';
import { parseYamlSource } from './yaml-source.js';

const text = (what: string) => v.string(`${what} doit être un texte`);

const AnswersFileSchema = v.strictObject(
  {
    project: v.strictObject(
      {
        name: v.optional(text('le nom du projet')),
        structure: v.optional(text('la structure porteuse')),
        territory: v.optional(text('le territoire')),
        contributors: v.optional(v.array(text('un contributeur'), 'les contributeurs doivent être une liste')),
      },
      (issue) => (issue.expected === 'never' ? `clé inconnue « ${String(issue.path?.at(-1)?.key)} » dans « project »` : '« project » doit être une liste de clés et de valeurs'),
    ),
    answers: v.optional(v.record(v.string(), text('une réponse')), {}),
  },
  (issue) =>
    issue.expected === 'never'
      ? `clé inconnue « ${String(issue.path?.at(-1)?.key)} » (attendu : project, answers)`
      : 'le fichier de réponses doit avoir la forme { project: { name: … }, answers: { QUESTION: texte } }',
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
    const list: Issue[] = result.issues.map((issue) => {
      const path = (issue.path ?? []).map((item) => item.key as string | number);
      return { message: issue.message, path: formatPath(path) || undefined, position: source.locate(path) };
    });
    throw new StoryboardError(list, options.file);
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
