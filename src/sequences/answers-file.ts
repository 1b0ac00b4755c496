import * as v from 'valibot';
import type { Content } from './content-schema.js';
import { StoryboardError } from './errors.js';
import { createProject, type Project, withAnswer } from './project.js';
import { DECISIONS } from './project-schema.js';
import { withReperage } from './reperage.js';
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
    // The group's repérage, as the project file keeps it; the date is optional here.
    reperage: v.optional(
      v.array(
        strict(
          {
            family: str('la famille'),
            decision: v.picklist(DECISIONS, 'la décision doit être « confirmed » (confirmée), « rejected » (écartée) ou « added » (ajoutée)'),
            evidence: v.optional(v.array(str('un extrait'), 'les extraits doivent être une liste')),
            question: v.optional(str('la question')),
            note: v.optional(str('la note du groupe')),
            date: v.optional(v.pipe(str('la date du choix'), v.isoTimestamp('la date du choix doit être une date (AAAA-MM-JJTHH:MM:SSZ)'))),
          },
          'un choix du repérage',
        ),
        '« reperage » doit être une liste',
      ),
      [],
    ),
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
  const { project: identity, answers, reperage } = result.output;
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

  const reperageIssues = checkReperage(reperage, content, order, answers);
  if (reperageIssues.length > 0) {
    throw new StoryboardError(
      reperageIssues.map(({ index, key, message }) => ({
        message,
        path: `reperage[${index}]${key ? `.${key}` : ''}`,
        position: source.locate(key ? ['reperage', index, key] : ['reperage', index]),
      })),
      options.file,
    );
  }

  let project = createProject({ ...identity, name }, content, now);
  for (const id of order) {
    const answer = answers[id];
    if (answer !== undefined && answer.trim() !== '') project = withAnswer(project, id, answer.replace(/\s+$/, ''), now);
  }
  for (const { date, evidence, question, note, ...choice } of reperage) {
    project = withReperage(
      project,
      {
        ...choice,
        ...(evidence && evidence.length > 0 ? { evidence } : {}),
        ...(question ? { question } : {}),
        ...(note?.trim() ? { note: note.trim() } : {}),
        date: date ?? now.toISOString(),
      },
      content,
      now,
    );
  }
  return project;
}

/** Families the content has, once each; an added family points to an answer of the file. */
function checkReperage(
  reperage: readonly { family: string; decision: string; question?: string | undefined }[],
  content: Content,
  order: readonly string[],
  answers: Record<string, string>,
): { index: number; key?: string; message: string }[] {
  const families = content.sequences.filter((sequence) => sequence.markers.length > 0).map((sequence) => sequence.id);
  const issues: { index: number; key?: string; message: string }[] = [];
  const seen = new Set<string>();
  reperage.forEach((entry, index) => {
    if (!families.includes(entry.family)) {
      issues.push({ index, key: 'family', message: `famille inconnue « ${entry.family} ». Familles possibles : ${families.join(', ')}` });
    } else if (seen.has(entry.family)) {
      issues.push({ index, key: 'family', message: `la famille « ${entry.family} » a déjà un choix plus haut : gardez-en un seul` });
    }
    seen.add(entry.family);
    if (entry.question !== undefined && !order.includes(entry.question)) {
      issues.push({ index, key: 'question', message: `question inconnue « ${entry.question} »` });
    } else if (entry.question !== undefined && !answers[entry.question]?.trim()) {
      issues.push({ index, key: 'question', message: `la question « ${entry.question} » n'a pas de réponse dans ce fichier` });
    }
    if (entry.decision === 'added' && entry.question === undefined) {
      issues.push({ index, message: 'une famille ajoutée par le groupe dit quelle réponse la montre : ajoutez « question: … »' });
    }
  });
  return issues;
}
