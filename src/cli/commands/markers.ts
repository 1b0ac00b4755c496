import type { Content } from '../../sequences/content-schema.js';
import { StoryboardError } from '../../sequences/errors.js';
import { parseProject } from '../../sequences/project.js';
import {
  type AnswerMarkerHit,
  detectMarkers,
  detectMarkersInAnswers,
  familiesFound,
  type MarkerHit,
} from '../../sequences/markers/index.js';
import { parseYamlSource } from '../../sequences/yaml-source.js';
import { command } from '../command-name.js';
import type { CliContext } from '../context.js';
import { loadContent } from '../load-content.js';
import type { InputStream, Io } from '../io.js';
import { loadMarkerModel } from '../markers-model.js';
import { textWidth, wrap } from '../layout.js';
import { formatSize, readUserFile } from '../read-user-file.js';
import { MAX_PROJECT_BYTES } from '../project-file.js';
import { stylesFor } from '../styles.js';
import { oneLine, safeText, toJsonText } from '../terminal-text.js';

/** A story is a few pages; the limit only stops a wrong file (a video, a dump) early. */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/**
 * `storyboard markers [FILE|-] [--json]`: tags the markers of social innovation in a plain
 * text (a file, or standard input with `-`) or in the answers of a project file.
 * Finding no marker is an answer, not an error: the exit code is 0 either way.
 */
export async function runMarkers(context: CliContext, file: string | undefined, options: { json?: boolean }): Promise<void> {
  const { io } = context;
  const loaded = await loadContent(context.contentFile);
  const { content } = loaded;
  // Any YAML file is read as a project: `new --file` may have named it otherwise.
  const isProject = file !== undefined && /\.ya?ml$/i.test(file);
  const text = await readInput(file, isProject, io.stdin);
  const detection = { model: loadMarkerModel(), detector: await loaded.detector() };
  const hits: (MarkerHit | AnswerMarkerHit)[] =
    isProject && file ? detectMarkersInAnswers(answersOf(text, file), content, detection) : detectMarkers(text, content, detection);

  if (options.json) {
    io.stdout.write(`${toJsonText({ markers: hits.map(toJson) })}\n`);
    return;
  }
  io.stdout.write(formatHuman(hits, content, io));
}

async function readInput(file: string | undefined, isProject: boolean, stdin: InputStream): Promise<string> {
  if (file === undefined || file === '-') {
    if (file === undefined && stdin.isTTY) {
      throw new StoryboardError({
        message: `indiquez le texte à analyser : « ${command('markers MON-TEXTE.txt')} », ou « - » pour le lire sur l\u2019entrée standard`,
      });
    }
    return readStdin(stdin);
  }
  // A project file gets the same limits as everywhere else; an empty text simply has no marker.
  if (isProject) return readUserFile(file, { maxBytes: MAX_PROJECT_BYTES, what: 'le fichier projet' });
  return readUserFile(file, { maxBytes: MAX_TEXT_BYTES, what: 'le fichier texte', allowEmpty: true });
}

async function readStdin(stdin: InputStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_TEXT_BYTES) {
      throw new StoryboardError({ message: `le texte reçu est trop gros : la limite est de ${formatSize(MAX_TEXT_BYTES)}` });
    }
    chunks.push(buffer);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new StoryboardError({ message: "le texte reçu n'est pas lisible (encodage UTF-8 attendu)" });
  }
}

/**
 * The answers' texts by question id, read by the project file's own parser. A hand-written
 * file that has only `answers: { ID: { text } }` (no `format`) is still analysed: markers only
 * need the texts, and a facilitator may well prepare such a file to try the tagger.
 */
function answersOf(text: string, file: string): Record<string, string> {
  const answers: Record<string, string> = {};
  try {
    const project = parseProject(text, file);
    for (const [question, answer] of Object.entries(project.answers)) answers[question] = answer.text;
    return answers;
  } catch (error) {
    const { source, issues } = parseYamlSource(text);
    const value = issues.length === 0 ? (source.value as { format?: unknown; answers?: unknown } | null) : undefined;
    // A file that says it is a project (it has a format) must be a valid one: a damaged project,
    // or one from a newer storyboard, is reported, never half read.
    if (typeof value !== 'object' || value === null || 'format' in value) throw error;
    const raw = value.answers;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw error;
    for (const [question, answer] of Object.entries(raw)) {
      const answerText = (answer as { text?: unknown } | null)?.text;
      if (typeof answerText === 'string') answers[question] = answerText;
    }
    if (Object.keys(answers).length === 0) throw error;
    return answers;
  }
}

/** The documented JSON shape (DESIGN.md §4), in this key order. */
function toJson(hit: MarkerHit | AnswerMarkerHit) {
  const { family, marker, label, evidence, start, end } = hit;
  return 'question' in hit ? { family, marker, label, evidence, start, end, question: hit.question } : { family, marker, label, evidence, start, end };
}

function formatHuman(hits: readonly (MarkerHit | AnswerMarkerHit)[], content: Content, io: Io): string {
  const style = stylesFor(io.stdout, io);
  const width = textWidth(io.stdout, io.env);
  const families = familiesFound(hits, content);
  const total = content.sequences.filter((sequence) => sequence.markers.length > 0).length;
  if (families.length === 0) {
    return `${wrap("Aucun marqueur de l'innovation sociale repéré dans ce texte.\nRacontez le besoin, les personnes, les partenaires, les ressources… et relancez l'analyse.", width)}\n`;
  }
  const questions = new Map(content.sequences.flatMap((sequence) => sequence.questions.map((question) => [question.id, question.text] as const)));
  const lines = [style.bold(wrap(`Marqueurs de l'innovation sociale repérés : ${families.length} famille${families.length > 1 ? 's' : ''} sur ${total}`, width)), ''];
  for (const id of families) {
    const sequence = content.sequences.find((candidate) => candidate.id === id);
    lines.push(wrap(`${style.green('✓')} ${style.bold(safeText(sequence?.title ?? id))}${style.dim(`  [${safeText(id)}]`)}`, width, '  '));
    // In a project, the evidence is shown under the question it answers, each piece once:
    // several markers of a family often rest on the same words (« mairie »).
    const groups = new Map<string, string[]>();
    for (const hit of hits) {
      if (hit.family !== id) continue;
      const where = 'question' in hit ? hit.question : '';
      const evidence = oneLine(hit.evidence);
      const seen = groups.get(where) ?? [];
      if (!seen.some((other) => other.toLocaleLowerCase('fr') === evidence.toLocaleLowerCase('fr'))) seen.push(evidence);
      groups.set(where, seen);
    }
    for (const [question, evidence] of groups) {
      // No-break spaces inside the guillemets (French typography): a quote never starts or
      // ends a line alone.
      const quoted = evidence.map((words) => `«\u00a0${words}\u00a0»`).join(' · ');
      if (question === '') {
        lines.push(wrap(`    ${quoted}`, width));
        continue;
      }
      lines.push(style.dim(wrap(`    ${oneLine(questions.get(question) ?? question)}`, width)), wrap(`      ${quoted}`, width));
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
