import { loadContent } from '../content.js';
import type { CliContext } from '../program.js';
import { stylesFor } from '../styles.js';

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
    process.stdout.write(`${JSON.stringify({ sequences }, null, 2)}\n`);
    return;
  }

  const style = stylesFor(process.stdout);
  const lines = [style.bold(content.title), ''];
  content.sequences.forEach((sequence, index) => {
    lines.push(style.bold(`${index + 1}. ${sequence.title}`) + style.dim(`  [${sequence.id}]`));
    lines.push(`   ${sequence.intro}`);
    for (const question of sequence.questions) lines.push(`   • ${question.text}`);
    if (sequence.markers.length > 0) {
      lines.push(style.dim(`   Marqueurs : ${sequence.markers.map((marker) => marker.label).join(' · ')}`));
    }
    lines.push('');
  });
  process.stdout.write(lines.join('\n'));
}
