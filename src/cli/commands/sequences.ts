import { loadContent } from '../load-content.js';
import { textWidth, wrap } from '../layout.js';
import type { CliContext } from '../context.js';
import { stylesFor } from '../styles.js';
import { safeText, toJsonText } from '../terminal-text.js';

/** Prints the séquences and their questions, for people or (with --json) for scripts. */
export async function runSequences(context: CliContext, options: { json?: boolean }): Promise<void> {
  const { io } = context;
  const { content } = await loadContent(context.contentFile);
  if (options.json) {
    const sequences = content.sequences.map((sequence) => ({
      id: sequence.id,
      title: sequence.title,
      intro: sequence.intro,
      questions: sequence.questions.map(({ id, text, hint }) => ({ id, text, hint: hint ?? null })),
      markers: sequence.markers.map(({ id, label }) => ({ id, label })),
    }));
    io.stdout.write(`${toJsonText({ sequences })}\n`);
    return;
  }

  const style = stylesFor(io.stdout, io);
  const width = textWidth(io.stdout, io.env);
  // A facilitator's content may hold control characters: none reaches the terminal. Each
  // paragraph wraps at words under its own indent.
  const lines = [style.bold(wrap(safeText(content.title), width)), ''];
  content.sequences.forEach((sequence, index) => {
    lines.push(wrap(style.bold(`${index + 1}. ${safeText(sequence.title)}`) + style.dim(`  [${safeText(sequence.id)}]`), width, '   '));
    lines.push(wrap(`   ${safeText(sequence.intro)}`, width));
    for (const question of sequence.questions) lines.push(wrap(`   • ${safeText(question.text)}`, width, '     '));
    if (sequence.markers.length > 0) {
      lines.push(style.dim(wrap(`   Marqueurs : ${sequence.markers.map((marker) => safeText(marker.label)).join(' · ')}`, width)));
    }
    lines.push('');
  });
  io.stdout.write(lines.join('\n'));
}
