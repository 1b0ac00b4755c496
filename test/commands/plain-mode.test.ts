import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { inProcessSessionsEndedAfterEach } from '../helpers/in-process-terminal.js';
import { KEYS } from '../helpers/pty.js';

// In-process, with plain mode's own console on a screen of 60 columns: every byte it writes is seen.
const openSession = inProcessSessionsEndedAfterEach();

const open = (args: string[], cwd: string, env: Record<string, string | undefined>) => {
  return openSession(args, cwd, { cols: 60, env: { NO_COLOR: undefined, ...env } });
};

describe('plain mode (TERM=dumb, or --plain)', () => {
  it('asks one question at a time in plain lines, reads answers ended by « . » or Ctrl+D, and never moves the cursor', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-plain-'));
    const first = open(['new'], cwd, { TERM: 'dumb' });
    await first.waitFor('Nom du projet :');
    await first.type('Café des possibles\n\n\n\n');
    let at = await first.waitFor("Qu'est-ce qui a");
    await first.waitFor('une ligne avec un seul point', at);
    await first.type('Plus de café au village.\nLes anciens sont isolés.\n.\n');
    at = await first.waitFor('Réponse enregistrée.', at);
    at = await first.waitFor('Une envie ?', at);
    await first.type('Un besoinx');
    first.press('\u007f');
    await first.type('.');
    first.press(KEYS.ctrlD);
    at = await first.waitFor('Ces éléments', at);
    first.press(KEYS.tab);
    at = await first.waitFor('Exemples :', at);
    await first.type('Oui, par la mairie.\nEt par');
    first.press(KEYS.ctrlC);
    expect(await first.exited).toBe(130);

    const path = join(cwd, 'cafe-des-possibles.storyboard.yaml');
    const saved = parseProject(readFileSync(path, 'utf8'));
    expect(saved.answers['besoin-collectif.motivation']?.text).toBe('Plus de café au village.\nLes anciens sont isolés.');
    expect(saved.answers['besoin-collectif.envie-besoin']?.text).toBe('Un besoin.');
    expect(saved.drafts['besoin-collectif.partage']?.text).toBe('Oui, par la mairie.\nEt par');

    // --plain in a terminal that could do more: the menu is a numbered list, the draft comes back.
    const second = open(['--plain', 'resume'], cwd, { TERM: 'xterm-256color' });
    await second.waitFor('Tapez un numéro');
    await second.type('1\n');
    const back = await second.waitFor('Votre brouillon');
    await second.waitFor('Et par', back);
    await second.type(' le centre social.\n.\n');
    await second.waitFor('Réponse enregistrée.', back);
    second.press(KEYS.ctrlC);
    expect(await second.exited).toBe(130);
    expect(parseProject(readFileSync(path, 'utf8')).answers['besoin-collectif.partage']?.text).toBe(
      'Oui, par la mairie.\nEt par\n le centre social.',
    );

    // Not one escape sequence in either session: no cursor movement, no colour, no redraw.
    for (const session of [first, second]) {
      expect(session.raw).not.toContain('\u001b');
      expect(session.raw).not.toContain('\r\u001b');
    }
    // Each question is printed once, however many keys were typed at it.
    expect(first.raw.split('Une envie ?').length - 1).toBe(1);
  }, 40_000);
});
