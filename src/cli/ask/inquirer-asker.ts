import { existsSync } from 'node:fs';
import { wrapAnsi } from 'fast-wrap-ansi';
import { ExitPromptError } from '@inquirer/core';
import { type AnswerRequest, type AnswerResult, type Asker, InterruptedError } from '../../sequences/asker.js';
import type { Sequence } from '../../sequences/content-schema.js';
import { CLAP_ID } from '../../sequences/progress.js';
import { stylesFor } from '../styles.js';
import { safeText } from '../terminal-text.js';
import { editorFr } from './french-theme.js';
import { multilinePrompt } from './multiline-prompt.js';

/** The Asker of a real terminal: séquence headers, then one multi-line prompt per question. */
export class InquirerAsker implements Asker {
  private readonly style = stylesFor(process.stdout);

  enterSequence(sequence: Sequence, sequenceNumber: number, sequenceCount: number): void {
    const title =
      sequence.id === CLAP_ID ? safeText(sequence.title) : `Séquence ${sequenceNumber}/${sequenceCount} — ${safeText(sequence.title)}`;
    // Wrapped at word boundaries: the terminal would cut words in two.
    const intro = wrapAnsi(safeText(sequence.intro), Math.min(process.stdout.columns || 80, 100));
    process.stdout.write(`\n${this.style.bold.cyan(title)}\n${this.style.dim(intro)}\n\n`);
  }

  async ask(request: AnswerRequest): Promise<AnswerResult> {
    const { question, position } = request;
    // The text typed so far, kept up to date by the prompt, becomes the draft on Ctrl+C.
    let typed = request.initial ?? '';
    const where = request.sequence.id === CLAP_ID ? 'Clap' : `Séquence ${position.sequenceNumber}/${position.sequenceCount}`;
    const progress =
      `${where} · question ${position.questionNumber}/${position.questionCount}` +
      ` · ${position.answered}/${position.total} répondues` +
      (request.initialKind === 'draft' ? ' · brouillon retrouvé' : '');
    try {
      let result = await multilinePrompt({
        message: safeText(question.text),
        // The person's own text, offered again: inert, like everything shown in the terminal.
        default: request.initial === undefined ? undefined : safeText(request.initial),
        progress,
        hint: question.hint === undefined ? undefined : safeText(question.hint),
        examples: question.examples.map(safeText),
        canGoBack: request.canGoBack,
        onChange: (text: string) => {
          typed = text;
        },
      });
      if (result.action === 'editor') {
        typed = result.text;
        chooseFriendlyEditor();
        const text = await editorFr({ message: safeText(question.text), default: result.text });
        result = { action: 'submit', text };
      }
      if (result.action === 'back') return { kind: 'back', draft: result.text };
      const text = result.text.replace(/\s+$/, '');
      return text === '' ? { kind: 'skip' } : { kind: 'answer', text };
    } catch (error) {
      if (error instanceof ExitPromptError) throw new InterruptedError(typed);
      throw error;
    }
  }
}

/**
 * Without $VISUAL or $EDITOR the editor prompt opens vi, a trap for someone who has never
 * used it: prefer nano when the machine has it.
 */
function chooseFriendlyEditor(): void {
  if (process.env.VISUAL || process.env.EDITOR) return;
  const nano = ['/usr/bin/nano', '/bin/nano', '/usr/local/bin/nano', '/opt/homebrew/bin/nano'].find((path) => existsSync(path));
  if (nano) process.env.EDITOR = nano;
}
