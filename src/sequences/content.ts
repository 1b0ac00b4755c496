import * as v from 'valibot';
import { type Content, ContentSchema } from './content-schema.js';
import { formatPath, type Issue, StoryboardError } from './errors.js';
import { finalRename } from './renames.js';
import { toIssues } from './schema-kit.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/**
 * Parses and validates a storyboard content file.
 * @param text the file's text
 * @param file the file's name, carried into the error for the message
 * @throws StoryboardError listing every problem, each with its line, column and path
 */
export function parseContent(text: string, file?: string): Content {
  const { source, issues } = parseYamlSource(text);
  if (issues.length > 0) throw new StoryboardError(issues, file);

  const result = v.safeParse(ContentSchema, source.value);
  if (!result.success) {
    throw new StoryboardError(toIssues(result.issues, source), file);
  }
  const problems = [...findDuplicateIds(result.output, source), ...checkRenames(result.output, source)];
  if (problems.length > 0) throw new StoryboardError(problems, file);
  return result.output;
}

/** A rename must lead to a question that exists, from an id that no question uses any more. */
function checkRenames(content: Content, source: YamlSource): Issue[] {
  const questions = new Set(content.sequences.flatMap((sequence) => sequence.questions.map((question) => question.id)));
  const issues: Issue[] = [];
  for (const [from, first] of Object.entries(content.renamed)) {
    const path = ['renamed', from];
    // A rename may lead to an id renamed again later (a → b, b → c): its end must exist.
    const to = finalRename(content.renamed, first);
    if (!questions.has(to)) {
      issues.push({ message: `« renamed » mène « ${from} » vers « ${to} », qui n'est pas une question de ce contenu`, path: formatPath(path), position: source.locate(path) });
    } else if (questions.has(from)) {
      issues.push({ message: `« ${from} » est encore une question de ce contenu : elle ne peut pas avoir été renommée`, path: formatPath(path), position: source.locate(path) });
    }
  }
  return issues;
}

/** Ids are how answers find their question again: each must be unique and well placed. */
function findDuplicateIds(content: Content, source: YamlSource): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[], what: string) => {
    const first = seen.get(id);
    const where = formatPath(path);
    if (first) {
      issues.push({ message: `${what} « ${id} » est déjà utilisé en ${first}`, path: where, position: source.locate(path) });
    } else {
      seen.set(id, where);
    }
  };

  content.sequences.forEach((sequence, s) => {
    claim(sequence.id, ['sequences', s, 'id'], "l'identifiant de séquence");
    sequence.questions.forEach((question, q) => {
      const path = ['sequences', s, 'questions', q, 'id'];
      if (!question.id.startsWith(`${sequence.id}.`)) {
        issues.push({
          message: `l'identifiant de question « ${question.id} » doit commencer par « ${sequence.id}. », le nom de sa séquence`,
          path: formatPath(path),
          position: source.locate(path),
        });
      }
      claim(question.id, path, "l'identifiant de question");
    });
    sequence.markers.forEach((marker, m) => {
      claim(`${sequence.id}/${marker.id}`, ['sequences', s, 'markers', m, 'id'], "l'identifiant de marqueur");
    });
  });
  return issues;
}
