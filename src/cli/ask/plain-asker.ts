import { type AnswerRequest, type AnswerResult, type Asker, InterruptedError } from '../../sequences/asker.js';
import type { Sequence } from '../../sequences/content-schema.js';
import { CLAP_ID } from '../../sequences/progress.js';
import type { Io } from '../io.js';
import { wrap } from '../layout.js';
import { safeText } from '../terminal-text.js';
import { chooseEditor, editInEditor } from './external-editor.js';
import { plainConsole } from './plain-console.js';

const KEYS =
  'Écrivez votre réponse, sur autant de lignes que vous voulez. Pour la valider : une ligne avec un seul point, ou Ctrl+D ' +
  '(vide = « à compléter »). Tab : aide et exemples. Ctrl+P : question précédente. Ctrl+E : éditeur de texte. ' +
  'Ctrl+C : arrêter (tout est enregistré).';

/**
 * The Asker of plain mode: each question printed once as plain lines, the answer read line by
 * line. Nothing is ever redrawn, so a screen reader reads each thing once.
 */
export class PlainAsker implements Asker {
  private readonly io;
  private keysTold = false;

  constructor(private readonly world: Io) {
    this.io = plainConsole(world);
  }

  enterSequence(sequence: Sequence, sequenceNumber: number, sequenceCount: number): void {
    const title = sequence.id === CLAP_ID ? safeText(sequence.title) : `Séquence ${sequenceNumber} sur ${sequenceCount} : ${safeText(sequence.title)}`;
    this.say(`\n${title}\n${safeText(sequence.intro)}`);
  }

  async ask(request: AnswerRequest): Promise<AnswerResult> {
    const { question, position } = request;
    const hint = question.hint === undefined ? undefined : safeText(question.hint);
    const examples = question.examples.map(safeText);
    this.say(
      `\nQuestion ${position.questionNumber} sur ${position.questionCount} (${position.answered} sur ${position.total} répondues) : ${safeText(question.text)}`,
    );
    // The keys once in full, then a reminder: a screen reader reads every word each time.
    this.say(this.keysTold ? 'Une ligne avec un seul point, ou Ctrl+D, pour valider.' : KEYS);
    this.keysTold = true;
    let text = request.initial === undefined ? '' : safeText(request.initial);
    if (text !== '') {
      this.say(`${request.initialKind === 'draft' ? 'Votre brouillon' : 'Votre réponse actuelle'}, gardé tel quel ; ce que vous écrivez s’y ajoute (Ctrl+E pour le modifier dans l’éditeur) :`);
      this.io.write(`${text}\n`);
    }
    const onHelp = () => {
      const parts = [hint, examples.length > 0 ? `Exemples : ${examples.join(' ; ')}` : undefined].filter(Boolean);
      return parts.length > 0 ? wrap(parts.join('\n'), this.io.width()) : 'Pas d’aide pour cette question.';
    };
    for (;;) {
      const { end, text: typed } = await this.io.read(text, { multiline: true, canGoBack: request.canGoBack, onHelp });
      if (end === 'interrupt') throw new InterruptedError(typed);
      if (end === 'back') return { kind: 'back', draft: typed };
      if (end === 'submit') {
        const answer = typed.replace(/\s+$/, '');
        this.say(answer === '' ? 'Question laissée « à compléter ».' : 'Réponse enregistrée.');
        return answer === '' ? { kind: 'skip' } : { kind: 'answer', text: answer };
      }
      const editor = chooseEditor(this.world.env);
      this.say(
        editor.fallback
          ? 'Ouverture de vi. Pour écrire : touche i. Pour enregistrer et revenir : Échap, puis :wq et Entrée (sans enregistrer : Échap, :q! et Entrée).'
          : `Ouverture de ${safeText(editor.name)} : écrivez, enregistrez, puis fermez l’éditeur pour revenir ici.`,
      );
      this.io.release();
      const outcome = await editInEditor(typed, editor);
      text = outcome.kind === 'edited' ? safeText(outcome.text) : typed;
      this.say(
        outcome.kind === 'edited'
          ? 'Texte repris de l’éditeur, le voici. Ajoutez-y des lignes, ou validez avec une ligne « . » ou Ctrl+D :'
          : 'Votre texte est gardé tel quel :',
      );
      if (text !== '') this.io.write(`${text}\n`);
    }
  }

  private say(text: string): void {
    this.io.write(`${wrap(text, this.io.width())}\n`);
  }
}
