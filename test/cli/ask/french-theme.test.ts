import { Separator } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { promptColor } from '../../../src/cli/ask/french-styles.js';
import { confirmFr, inputFr, selectFr } from '../../../src/cli/ask/french-theme.js';

// Inquirer's own texts and key hints, none of which may reach a French screen.
const ENGLISH =
  /navigate|\bselect\b|\bPress\b|<enter>|launch|preferred|You must|valid value|Invalid|\(disabled\)|\bYes\b|\bNo\b|Validating|Received/;
// An SGR (colour) escape: ESC [ … m.
const SGR = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`);

beforeEach(() => {
  // The test runner may force colours; these prompts must decide from their own output.
  vi.stubEnv('FORCE_COLOR', undefined);
  vi.stubEnv('NO_COLOR', undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('promptColor', () => {
  const tty = { isTTY: true } as unknown as NodeJS.WritableStream;

  it('colours a terminal, not a pipe', () => {
    expect(promptColor(tty)).toBe(true);
    expect(promptColor({} as NodeJS.WritableStream)).toBe(false);
  });

  it('honours NO_COLOR and TERM=dumb, from the environment it is given', () => {
    expect(promptColor(tty, { argv: [], env: { NO_COLOR: '1' } })).toBe(false);
    expect(promptColor(tty, { argv: [], env: { TERM: 'dumb' } })).toBe(false);
    expect(promptColor(tty, { argv: ['node', 'storyboard', '--no-color'], env: {} })).toBe(false);
  });
});

describe('selectFr', () => {
  it('shows French key hints, plain when the output is not a terminal', async () => {
    const { answer, events, getScreen } = await render(selectFr<string>, {
      message: 'Que voulez-vous faire ?',
      choices: [
        { name: 'Continuer', value: 'continue' },
        new Separator(),
        { name: 'Le Clap', value: 'clap', disabled: true },
        { name: 'Revoir', value: 'revisit' },
      ],
    });
    const screen = getScreen();
    expect(screen).toContain('↑↓ se déplacer • ⏎ choisir');
    expect(screen).toContain('Le Clap (indisponible)');
    expect(screen).not.toMatch(ENGLISH);
    expect(getScreen({ raw: true })).not.toMatch(SGR);
    events.keypress('down');
    events.keypress('enter');
    expect(getScreen()).toContain('Ce choix n’est pas disponible.');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('revisit');
  });
});

describe('confirmFr', () => {
  it('asks "(O/n)" and understands "non"', async () => {
    const { answer, events, getScreen } = await render(confirmFr, { message: 'Continuer ?' });
    expect(getScreen()).toContain('Continuer ? (O/n)');
    events.type('non');
    events.keypress('enter');
    await expect(answer).resolves.toBe(false);
    expect(getScreen()).toBe('✔ Continuer ? non');
  });

  it('explains in French what it accepts', async () => {
    const { answer, events, getScreen } = await render(confirmFr, { message: 'Continuer ?', default: false });
    expect(getScreen()).toContain('(o/N)');
    events.type('peut-être');
    events.keypress('enter');
    expect(getScreen()).toContain('Répondez « oui » ou « non ».');
    expect(getScreen()).not.toMatch(ENGLISH);
    events.keypress({ name: 'u', ctrl: true });
    events.type('o');
    events.keypress('enter');
    await expect(answer).resolves.toBe(true);
  });
});

describe('inputFr', () => {
  it('refuses an empty required answer in French', async () => {
    const { answer, events, getScreen, nextRender } = await render(inputFr, { message: 'Nom du projet', required: true });
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('Une réponse est nécessaire.');
    expect(getScreen()).not.toMatch(ENGLISH);
    events.type('Café des voisins');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Café des voisins');
  });

  it('turns a bare "false" from the validator into a French sentence', async () => {
    const { answer, events, getScreen, nextRender } = await render(inputFr, { message: 'Code', validate: () => false });
    events.type('x');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('Cette réponse ne convient pas.');
    expect(getScreen()).not.toMatch(ENGLISH);
    await settle(answer);
  });

  it('keeps the validator’s own message', async () => {
    const { answer, events, getScreen, nextRender } = await render(inputFr, { message: 'Nom', validate: () => 'Trop court.' });
    events.type('x');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('> Trop court.');
    await settle(answer);
  });
});

/**
 * A prompt left waiting when the test ends is rejected at the worker's exit, outside any test
 * (an unhandled rejection vitest reports as an error): it is cancelled here instead.
 */
async function settle(answer: Promise<unknown>): Promise<void> {
  // Inquirer's prompt promise can be cancelled; @inquirer/testing types it as a plain promise.
  (answer as Promise<unknown> & { cancel?: () => void }).cancel?.();
  await expect(answer).rejects.toThrow();
}
