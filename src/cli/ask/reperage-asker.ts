import { ExitPromptError } from '@inquirer/core';
import { InterruptedError } from '../../sequences/asker.js';
import type { AnswerChoice, FamilyReview, ReperageAsker } from '../../sequences/reperage-review.js';
import { type Io, promptContext } from '../io.js';
import { columnsOf, menuEntry, textWidth, truncate, wrap } from '../layout.js';
import { stylesFor } from '../styles.js';
import { oneLine, safeText } from '../terminal-text.js';
import { selectFr } from './french-theme.js';
import { multilinePrompt } from './multiline-prompt.js';

/** Quotes shown per family: enough to judge, few enough to read aloud in a group. */
const QUOTES_SHOWN = 4;
const NONE = '\u0000aucune';

/** The repérage in a real terminal: one family at a time, the words that show it, a choice. */
export class InquirerReperageAsker implements ReperageAsker {
  private readonly style;

  constructor(private readonly io: Io) {
    this.style = stylesFor(io.stdout, io);
  }

  private width(): number {
    return textWidth(this.io.stdout, this.io.env);
  }

  private entry(text: string): string {
    return menuEntry(text, columnsOf(this.io.stdout, this.io.env));
  }

  start(found: number, count: number): void {
    const intro =
      found === 0
        ? `storyboard n'a repéré aucune des ${count} familles de marqueurs dans vos réponses : montrez-lui où elles sont.`
        : `storyboard a repéré ${found} des ${count} familles de marqueurs dans vos réponses. ` +
          "Relisez-les ensemble : confirmez celles qui vous ressemblent, écartez les autres ; puis, pour chaque famille qu'il n'a pas vue, montrez la réponse qui en parle.";
    const width = this.width();
    this.io.stdout.write(`\n${this.style.bold.cyan(wrap('Clap — repérez les marqueurs de l\u2019innovation sociale', width))}\n${this.style.dim(wrap(intro, width))}\n`);
  }

  async confirm(review: FamilyReview): Promise<'confirmed' | 'rejected'> {
    const lines = [this.header(review), 'storyboard la repère dans ces mots :'];
    const width = this.width();
    // Quotes of the same answer under its question, named once.
    const shown = review.evidence.slice(0, QUOTES_SHOWN);
    shown.forEach((quote, index) => {
      lines.push(wrap(`  « ${oneLine(quote.text)} »`, width, '    '));
      const next = shown[index + 1];
      if (quote.questionText && next?.questionText !== quote.questionText) {
        lines.push(this.style.dim(wrap(`    ${oneLine(quote.questionText)}`, width, '    ')));
      }
    });
    const more = review.evidence.length - QUOTES_SHOWN;
    if (more > 0) lines.push(this.style.dim(`  et ${more} autre${more > 1 ? 's' : ''}`));
    this.io.stdout.write(`${lines.join('\n')}\n`);
    const previous = review.previous?.decision === 'rejected' ? 'rejected' : review.previous ? 'confirmed' : undefined;
    return interruptible(() =>
      selectFr<'confirmed' | 'rejected'>(
        {
          message: wrap('Le groupe la reconnaît-il dans le projet ?', this.width() - 2, '  '),
          choices: [
            { name: this.entry('Oui, c\u2019est bien nous : la confirmer'), short: 'Oui, la confirmer', value: 'confirmed' },
            { name: this.entry('Non, ce n\u2019est pas ce que nous faisons : l\u2019écarter'), short: 'Non, l\u2019écarter', value: 'rejected' },
          ],
          default: previous,
        },
        promptContext(this.io),
      ),
    );
  }

  async pointTo(review: FamilyReview, answers: readonly AnswerChoice[]): Promise<string | undefined> {
    this.io.stdout.write(`${this.header(review)}${wrap("storyboard ne l'a pas repérée dans vos réponses.", this.width())}\n`);
    const previous = review.previous?.decision === 'added' ? review.previous.question : undefined;
    const choice = await interruptible(() =>
      selectFr<string>(
        {
        message: wrap('Une de vos réponses la montre-t-elle ?', this.width() - 2, '  '),
        choices: [
          { name: 'Non, pas encore', value: NONE },
          ...answers.map((answer) => ({
            // One line each, even in a narrow terminal: the séquence shows below the list.
            name: truncate(`${oneLine(answer.question)} — « ${oneLine(answer.excerpt)} »`, Math.max(20, this.width() - 4)),
            short: oneLine(answer.question),
            value: answer.id,
            description: safeText(answer.sequence),
          })),
        ],
        default: previous && answers.some((answer) => answer.id === previous) ? previous : NONE,
        pageSize: 10,
        },
        promptContext(this.io),
      ),
    );
    return choice === NONE ? undefined : choice;
  }

  async explain(review: FamilyReview, answer: AnswerChoice): Promise<string> {
    let typed = review.previous?.note ?? '';
    try {
      const result = await multilinePrompt({
        message: `En une phrase : pourquoi cette réponse montre-t-elle « ${oneLine(review.family.title)} » ?`,
        default: review.previous?.note === undefined ? undefined : safeText(review.previous.note),
        progress: `Clap · repérage · famille ${review.index}/${review.count} · réponse : ${oneLine(answer.question)}`,
        onChange: (text: string) => {
          typed = text;
        },
      }, promptContext(this.io));
      return result.text.trim();
    } catch (error) {
      if (error instanceof ExitPromptError) throw new InterruptedError(typed);
      throw error;
    }
  }

  private header(review: FamilyReview): string {
    return `\n${this.style.bold(wrap(`Famille ${review.index}/${review.count} — ${safeText(review.family.title)}`, this.width()))}\n`;
  }
}

/** Ctrl+C in a choice: the choices made so far are already saved. */
async function interruptible<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof ExitPromptError) throw new InterruptedError();
    throw error;
  }
}
