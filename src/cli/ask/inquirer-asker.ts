import { ExitPromptError } from '@inquirer/core';
import { type AnswerRequest, type AnswerResult, type Asker, InterruptedError } from '../../sequences/asker.js';
import type { Sequence } from '../../sequences/content-schema.js';
import { CLAP_ID } from '../../sequences/progress.js';
import { type Io, promptContext } from '../io.js';
import { textWidth, wrap } from '../layout.js';
import { stylesFor } from '../styles.js';
import { safeText } from '../terminal-text.js';
import { chooseEditor, type EditOutcome, editInEditor } from './external-editor.js';
import { multilinePrompt } from './multiline-prompt.js';

/** The Asker of a real terminal: séquence headers, then one multi-line prompt per question. */
export class InquirerAsker implements Asker {
  private readonly style;

  constructor(private readonly io: Io) {
    this.style = stylesFor(io.stdout, io);
  }

  enterSequence(sequence: Sequence, sequenceNumber: number, sequenceCount: number): void {
    const title =
      sequence.id === CLAP_ID ? safeText(sequence.title) : `Séquence ${sequenceNumber}/${sequenceCount} — ${safeText(sequence.title)}`;
    // Wrapped at word boundaries: the terminal would cut words in two.
    const width = textWidth(this.io.stdout, this.io.env);
    this.io.stdout.write(`\n${this.style.bold.cyan(wrap(title, width))}\n${this.style.dim(wrap(safeText(sequence.intro), width))}\n\n`);
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
    // The person's own text, offered again: inert, like everything shown in the terminal.
    let start = request.initial === undefined ? undefined : safeText(request.initial);
    let notice: string | undefined;
    try {
      for (;;) {
        const result = await multilinePrompt({
          message: safeText(question.text),
          default: start,
          progress,
          notice,
          hint: question.hint === undefined ? undefined : safeText(question.hint),
          examples: question.examples.map(safeText),
          canGoBack: request.canGoBack,
          onChange: (text: string) => {
            typed = text;
          },
        }, promptContext(this.io));
        if (result.action === 'back') return { kind: 'back', draft: result.text };
        if (result.action === 'submit') {
          const text = result.text.replace(/\s+$/, '');
          return text === '' ? { kind: 'skip' } : { kind: 'answer', text };
        }
        // Ctrl+E: the editor opens at once; what it saves comes back here for a last look,
        // and is validated with Ctrl+D like anything typed.
        typed = result.text;
        const outcome = await this.edit(result.text);
        if (outcome.kind === 'edited') typed = safeText(outcome.text);
        start = typed;
        notice = afterEdit(outcome);
      }
    } catch (error) {
      if (error instanceof ExitPromptError) throw new InterruptedError(typed);
      throw error;
    }
  }

  private async edit(text: string): Promise<EditOutcome> {
    const editor = chooseEditor(this.io.env);
    const how = editor.fallback
      ? 'Ouverture de vi. Pour écrire : touche i. Pour enregistrer et revenir : Échap, puis :wq et Entrée (sans enregistrer : Échap, :q! et Entrée).'
      : `Ouverture de ${safeText(editor.name)} : écrivez, enregistrez, puis fermez l’éditeur pour revenir ici.`;
    this.io.stdout.write(`${this.style.dim(wrap(how, textWidth(this.io.stdout, this.io.env)))}\n`);
    return editInEditor(text, editor);
  }
}

/** What the prompt says when it comes back from the editor. */
function afterEdit(outcome: EditOutcome): string {
  switch (outcome.kind) {
    case 'edited':
      return outcome.notUtf8
        ? 'Texte repris de l’éditeur (il n’était pas enregistré en UTF-8 : vérifiez les accents). Relisez-le, puis Ctrl+D pour valider.'
        : 'Texte repris de l’éditeur : relisez-le, puis Ctrl+D pour valider.';
    case 'unchanged':
      return 'L’éditeur n’a rien changé : votre texte est là, Ctrl+D pour valider.';
    case 'cancelled':
      return outcome.reason === 'emptied'
        ? 'L’éditeur a rendu un texte vide : votre texte d’avant est gardé.'
        : 'Édition abandonnée : votre texte d’avant est gardé.';
    case 'failed':
      return `L’éditeur n’a pas pu s’ouvrir (${safeText(outcome.message)}) : votre texte est gardé, continuez ici.`;
  }
}
