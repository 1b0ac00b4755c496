import { ExitPromptError } from '@inquirer/core';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { type MultilineConfig, multilinePrompt } from '../../../src/cli/ask/multiline-prompt.js';

const ctrl = (name: string) => ({ name, ctrl: true });
const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';
const ENGLISH = /\b(press|enter|submit|navigate|select|cancel|back|previous|editor|help|lines?|skip|quit|exit)\b/i;
// An SGR (colour) escape: ESC [ … m.
const SGR = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`);

function ask(config: Partial<MultilineConfig> = {}) {
  return render(multilinePrompt, { message: 'Qui est concerné ?', color: false, ...config });
}

describe('multilinePrompt', () => {
  it('adds a line with Enter and resolves the whole text with Ctrl+D', async () => {
    const { answer, events, getScreen } = await ask();
    events.type('Les habitants');
    events.keypress('enter');
    events.type('du quartier');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'Les habitants\ndu quartier' });
    expect(getScreen()).toBe('✔ Qui est concerné ? Les habitants (2 lignes)');
  });

  it('keeps a pasted block whole instead of submitting it', async () => {
    const { answer, events, getScreen, nextRender } = await ask();
    events.type('a\rb\rc');
    await nextRender();
    expect(getScreen()).toMatch(/│ a\n\s*│ b\n\s*│ c/);
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'a\nb\nc' });
  });

  it('counts a "\\r\\n" pair as one line break', async () => {
    const { answer, events, input } = await ask();
    input.write('x\r\ny');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'x\ny' });
  });

  it('joins a line to the previous one with Backspace at its start, cursor at the join', async () => {
    const { answer, events } = await ask();
    events.type('ab');
    events.keypress('enter');
    events.type('cd');
    events.keypress('left');
    events.keypress('left');
    events.keypress('backspace');
    events.type('X');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'abXcd' });
  });

  it('splits a line where the cursor is and moves between lines with the arrows', async () => {
    const { answer, events } = await ask();
    events.type('undeux');
    for (let i = 0; i < 4; i++) events.keypress('left');
    events.keypress('enter');
    events.keypress('up');
    events.type('X');
    events.keypress('down');
    events.type('Y');
    events.keypress(ctrl('d'));
    // Up keeps the column where the line allows (0 here); down as well.
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'Xun\ndYeux' });
  });

  it('resolves an empty text on Ctrl+D with nothing typed, shown "à compléter" without a tick', async () => {
    const { answer, events, getScreen } = await ask();
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: '' });
    expect(getScreen()).toBe('○ Qui est concerné ? à compléter');
  });

  it('resolves on Ctrl+D after Enter (an empty last line) and trims blank edges', async () => {
    const { answer, events } = await ask();
    events.keypress('enter');
    events.type('  texte  ');
    events.keypress('enter');
    events.keypress('enter');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: '  texte' });
  });

  it('submits the text untouched when Ctrl+D comes with the cursor mid-line', async () => {
    const { answer, events } = await ask();
    events.type('abc');
    events.keypress('left');
    // Readline alone would delete the "c" under the cursor.
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'abc' });
  });

  it('goes back with Ctrl+P when allowed, handing back the text typed so far', async () => {
    const { answer, events, getScreen } = await ask({ canGoBack: true });
    expect(getScreen()).toContain('Ctrl+P : question précédente');
    events.type('brouillon');
    events.keypress(ctrl('p'));
    await expect(answer).resolves.toEqual({ action: 'back', text: 'brouillon' });
  });

  it('ignores Ctrl+P when going back is not allowed, and does not offer it', async () => {
    const { answer, events, getScreen } = await ask({ canGoBack: false });
    expect(getScreen()).not.toContain('Ctrl+P');
    events.type('un');
    events.keypress('enter');
    events.type('deux');
    // Readline would recall "un" from its history on Ctrl+P: the line must stay "deux".
    events.keypress(ctrl('p'));
    events.type('!');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'un\ndeux!' });
  });

  it('hands the text over to the editor with Ctrl+E', async () => {
    const { answer, events } = await ask({ default: 'début' });
    events.type(' suite');
    events.keypress(ctrl('e'));
    await expect(answer).resolves.toEqual({ action: 'editor', text: 'début suite' });
  });

  it('shows and hides the hint and examples with Tab', async () => {
    const hint = 'Pensez aux personnes qui en bénéficient.';
    const { answer, events, getScreen } = await ask({ hint, examples: ['Les familles du quartier', 'Les bénévoles'] });
    expect(getScreen()).not.toContain(hint);
    expect(getScreen()).toContain('Tab : aide et exemples');
    events.keypress('tab');
    expect(getScreen()).toContain(hint);
    expect(getScreen()).toContain('– Les familles du quartier');
    expect(getScreen()).toContain('– Les bénévoles');
    expect(getScreen()).toContain('Tab : masquer l’aide');
    events.keypress('tab');
    expect(getScreen()).not.toContain(hint);
    expect(getScreen()).not.toContain('Les bénévoles');
    events.keypress(ctrl('d'));
    // Tab never lands in the answer.
    await expect(answer).resolves.toEqual({ action: 'submit', text: '' });
  });

  it('does not offer Tab when the question has neither hint nor examples', async () => {
    const { getScreen } = await ask();
    expect(getScreen()).not.toContain('Tab');
  });

  it('shows the progress line and the default text, which stays editable', async () => {
    const { answer, events, getScreen } = await ask({ default: 'déjà\nlà', progress: 'Séquence 3/11 · question 2/3 · 7/31 répondues' });
    expect(getScreen()).toContain('Séquence 3/11 · question 2/3 · 7/31 répondues');
    expect(getScreen()).toMatch(/│ déjà\n\s*│ là/);
    events.keypress('backspace');
    events.type('e !');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'déjà\nle !' });
  });

  it('reports the whole current text to onChange after each change, not on mere moves', async () => {
    const seen: string[] = [];
    const { events } = await ask({ default: 'a', onChange: (text) => seen.push(text) });
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    events.type('b');
    await settle();
    events.keypress('enter');
    await settle();
    events.keypress('up');
    await settle();
    events.type('c');
    await settle();
    expect(seen).toEqual(['ab', 'ab\n', 'cab\n']);
  });

  it('reports a burst of keys (a paste) once, when it is over', async () => {
    const seen: string[] = [];
    const { events } = await ask({ onChange: (text) => seen.push(text) });
    events.type('une ligne');
    events.keypress('enter');
    events.type('une autre');
    expect(seen).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['une ligne\nune autre']);
  });

  it('takes a bracketed paste in one go, where the cursor is, keeping tabs and line breaks', async () => {
    const seen: string[] = [];
    const { answer, events, input, getScreen, nextRender } = await ask({ default: 'Avant Après', onChange: (text) => seen.push(text) });
    for (let i = 0; i < 5; i++) events.keypress('left');
    input.write(`${PASTE_START}un\r\ndeux\r\ttrois\u0007 ${PASTE_END}`);
    await nextRender();
    expect(getScreen()).toMatch(/│ Avant un\n\s*│ deux\n\s*│ \ttrois Après/);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['Avant un\ndeux\n\ttrois Après']);
    // Keys after the paste edit where it ended; Ctrl+D and Enter inside it were text, not keys.
    events.type('!');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'Avant un\ndeux\n\ttrois !Après' });
  });

  it('takes a paste of 10,000 lines whole, with every key of it kept from readline', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Ligne ${i + 1} : un texte écrit ailleurs, à garder tel quel.`);
    const { answer, events, input } = await ask({ visibleRows: 12 });
    input.write(`${PASTE_START}${lines.join('\r')}\u0004\u0003${PASTE_END}`);
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: lines.join('\n') });
  });

  it('takes a bare paste (a terminal without bracketed paste) chunk by chunk, as typed', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Ligne ${i + 1} : un texte écrit ailleurs.`);
    const { answer, input } = await ask({ visibleRows: 12 });
    const text = `${lines.join('\r\n')}\r\n`;
    // Cut inside a "\r\n"; the keys that come in the same chunk as pasted text (Backspace,
    // then Ctrl+D, as tmux sends them) act as keys.
    const cut = text.indexOf('\n', 1_000);
    input.write(text.slice(0, cut));
    input.write(text.slice(cut));
    input.write(`${'x'.repeat(70)}\u007fy\u0004`);
    await expect(answer).resolves.toEqual({ action: 'submit', text: `${lines.join('\n')}\n${'x'.repeat(69)}y` });
  });

  it('takes a bracketed paste that starts inside a long chunk as bracketed: Ctrl+D in it is text', async () => {
    const { answer, events, input } = await ask();
    input.write(`${'t'.repeat(70)}${PASTE_START}a\rb\u0004c${PASTE_END}`);
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: `${'t'.repeat(70)}a\nbc` });
  });

  it('does not wait for ever for the end of a paste that never comes', async () => {
    const { answer, events, input } = await ask();
    input.write(`${PASTE_START}collé`);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    events.type(' puis tapé');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'collé puis tapé' });
  });

  it('keeps in the draft what was pasted when the prompt ends in the middle of a paste', async () => {
    let draft = '';
    const { answer, input } = await ask({ onChange: (text) => (draft = text) });
    input.write(`${PASTE_START}à moitié`);
    // Inquirer's prompts can be cancelled; @inquirer/testing's type does not say so.
    (answer as Promise<unknown> & { cancel: () => void }).cancel();
    await expect(answer).rejects.toThrow();
    expect(draft).toBe('à moitié');
  });

  it('rejects with ExitPromptError on Ctrl+C, after onChange got the typed text', async () => {
    let draft = '';
    const { answer, events } = await ask({ onChange: (text) => (draft = text) });
    events.type('première');
    events.keypress('enter');
    events.type('deuxième');
    events.keypress(ctrl('c'));
    await expect(answer).rejects.toBeInstanceOf(ExitPromptError);
    expect(draft).toBe('première\ndeuxième');
  });

  it('writes its key hints in French only', async () => {
    const { getScreen } = await ask({ canGoBack: true, hint: 'Un indice' });
    const screen = getScreen();
    for (const part of [
      'Entrée : nouvelle ligne',
      'Ctrl+D : valider (vide = passer)',
      'Tab : aide et exemples',
      'Ctrl+P : question précédente',
      'Ctrl+E : éditeur',
      'Ctrl+C : arrêter (tout est enregistré)',
    ]) {
      expect(screen).toContain(part);
    }
    expect(screen).not.toMatch(ENGLISH);
  });

  it('keeps a long answer whole but draws only what fits', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `ligne ${i} ${'mot '.repeat(i % 7)}`.trimEnd());
    const { answer, events, input, getScreen, nextRender } = await ask({ visibleRows: 12 });
    input.write(lines.join('\r'));
    await nextRender();
    const screen = getScreen();
    expect(screen).toContain('lignes plus haut');
    expect(screen).toContain('│ ligne 399');
    expect(screen).not.toContain('ligne 0');
    expect(screen.split('\n').length).toBeLessThan(20);
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: lines.join('\n') });
  });

  it('uses colours only when asked', async () => {
    const plain = await ask({ color: false, progress: 'Séquence 1/2' });
    expect(plain.getScreen({ raw: true })).not.toMatch(SGR);
    const coloured = await ask({ color: true, progress: 'Séquence 1/2' });
    expect(coloured.getScreen({ raw: true })).toMatch(SGR);
  });
});
