import { loadContent } from '../content.js';
import type { CliContext } from '../program.js';
import { stylesFor } from '../styles.js';
import { safeText, toJsonText } from '../terminal-text.js';

/** Prints the séquences and their questions, for people or (with --json) for scripts. */
export async function runSequences(context: CliContext, options: { json?: boolean }): Promise<void> {
  const content = await loadContent(context.contentFile);
  if (options.json) {
    const sequences = content.sequences.map((sequence) => ({
      id: sequence.id,
      title: sequence.title,
      intro: sequence.intro,
      questions: sequence.questions.map(({ id, text, hint }) => ({ id, text, hint: hint ?? null })),
      markers: sequence.markers.map(({ id, label }) => ({ id, label })),
    }));
    process.stdout.write(`${toJsonText({ sequences })}\n`);
    return;
  }

  const style = stylesFor(process.stdout);
  // A facilitator's content may hold control characters: none reaches the terminal.
  const lines = [style.bold(safeText(content.title)), ''];
  content.sequences.forEach((sequence, index) => {
    lines.push(style.bold(`${index + 1}. ${safeText(sequence.title)}`) + style.dim(`  [${safeText(sequence.id)}]`));
    lines.push(`   ${safeText(sequence.intro)}`);
    for (const question of sequence.questions) lines.push(`   • ${safeText(question.text)}`);
    if (sequence.markers.length > 0) {
      lines.push(style.dim(`   Marqueurs : ${sequence.markers.map((marker) => safeText(marker.label)).join(' · ')}`));
    }
    lines.push('');
  });
  process.stdout.write(lines.join('\n'));
}
