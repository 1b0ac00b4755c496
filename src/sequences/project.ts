import * as v from 'valibot';
import { Document, Scalar, visit } from 'yaml';
import type { Content } from './content-schema.js';
import { StoryboardError } from './errors.js';
import { PROJECT_FORMAT, type Project, type ProjectIdentity, ProjectSchema } from './project-schema.js';
import { toIssues } from './schema-kit.js';
import { parseYamlSource } from './yaml-source.js';

export { PROJECT_FORMAT, type Project, type ProjectIdentity } from './project-schema.js';

const HEADER = [
  " Storyboard de l'innovation sociale : fichier projet.",
  ' Écrit par `storyboard` après chaque réponse. Vous pouvez le lire, le copier et le garder.',
  ' Pour continuer : storyboard resume <ce fichier>.',
].join('\n');

/** A new, empty project, answered against `content`. */
export function createProject(identity: ProjectIdentity, content: Content, now: Date): Project {
  const at = now.toISOString();
  return {
    format: PROJECT_FORMAT,
    content: { id: content.id, version: content.version },
    project: cleanIdentity(identity),
    created: at,
    updated: at,
    answers: {},
    drafts: {},
    skipped: [],
  };
}

function cleanIdentity(identity: ProjectIdentity): ProjectIdentity {
  const out: ProjectIdentity = { name: identity.name.trim() };
  if (identity.structure?.trim()) out.structure = identity.structure.trim();
  if (identity.territory?.trim()) out.territory = identity.territory.trim();
  const contributors = identity.contributors?.map((name) => name.trim()).filter(Boolean) ?? [];
  if (contributors.length > 0) out.contributors = contributors;
  return out;
}

/**
 * Parses a project file.
 * @throws StoryboardError with the line of each problem; a file from a newer storyboard is
 * refused with its own message, so that it is never rewritten in an older format.
 */
export function parseProject(text: string, file?: string): Project {
  const { source, issues } = parseYamlSource(text);
  if (issues.length > 0) throw new StoryboardError(issues, file);

  const format = (source.value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > PROJECT_FORMAT) {
    throw new StoryboardError(
      {
        message: `ce fichier projet a été écrit par une version plus récente de storyboard (format ${format}) : mettez storyboard à jour pour l'ouvrir`,
        position: source.locate(['format']),
        path: 'format',
      },
      file,
    );
  }
  const result = v.safeParse(ProjectSchema, source.value);
  if (!result.success) {
    throw new StoryboardError(toIssues(result.issues, source), file);
  }
  return result.output;
}

/**
 * Characters other YAML readers refuse raw (C1 controls, U+FFFE…) or that would reorder what a
 * person reads in an editor (bidirectional controls): never written as they are.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

/**
 * The project as YAML a person can read: fixed key order, multi-line answers as blocks. A text
 * holding an unprintable character is written between double quotes instead, where each such
 * character becomes an escape (`\x85`, `\u202E`) that every YAML reader turns back into it.
 */
export function serializeProject(project: Project): string {
  const doc = new Document(project);
  doc.commentBefore = HEADER;
  let escaped = false;
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && UNPRINTABLE.test(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
        escaped = true;
      }
    },
  });
  const text = doc.toString({ lineWidth: 0, blockQuote: 'literal' });
  if (!escaped) return text;
  // Only double-quoted texts can still hold such characters raw: escape them there.
  return text.replace(new RegExp(UNPRINTABLE.source, 'g'), (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Records an answer, which also clears the question's draft and its « passée » mark. */
export function withAnswer(project: Project, questionId: string, text: string, now: Date): Project {
  const { [questionId]: _draft, ...drafts } = project.drafts;
  return {
    ...project,
    updated: now.toISOString(),
    answers: { ...project.answers, [questionId]: { text, answered: now.toISOString() } },
    drafts,
    skipped: project.skipped.filter((id) => id !== questionId),
  };
}

/**
 * Marks a question as skipped (« à compléter »). An answer already given stays: an empty
 * submission never erases what the person wrote before.
 */
export function withSkip(project: Project, questionId: string, now: Date): Project {
  const { [questionId]: _draft, ...drafts } = project.drafts;
  const skipped =
    questionId in project.answers || project.skipped.includes(questionId)
      ? project.skipped
      : [...project.skipped, questionId];
  return { ...project, updated: now.toISOString(), drafts, skipped };
}

/** Keeps the text typed when the person stopped in the middle of an answer. */
export function withDraft(project: Project, questionId: string, text: string, now: Date): Project {
  return {
    ...project,
    updated: now.toISOString(),
    drafts: { ...project.drafts, [questionId]: { text, saved: now.toISOString() } },
  };
}

/** A file name from a project name: « Café des Possibles ! » → `cafe-des-possibles`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'projet';
}
