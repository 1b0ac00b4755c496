import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseEditor, editInEditor } from '../../../src/cli/ask/external-editor.js';

/** An editor: a shell script doing `body` to its file ($1). */
function editor(body: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'storyboard-ed-')), 'ed.sh');
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return { command: path, name: 'ed.sh', fallback: false };
}

describe('editInEditor', () => {
  it('reads UTF-8 as UTF-8, without the final newline editors add', async () => {
    const outcome = await editInEditor('avant', editor(`printf 'les écoles\\r\\nsuite\\n\\n' > "$1"`));
    expect(outcome).toEqual({ kind: 'edited', text: 'les écoles\nsuite', notUtf8: false });
  });

  it('drops a byte order mark', async () => {
    const outcome = await editInEditor('', editor(`printf '\\357\\273\\277été' > "$1"`));
    expect(outcome).toEqual({ kind: 'edited', text: 'été', notUtf8: false });
  });

  it('reads bytes that cannot be UTF-8 as Windows-1252, and says so', async () => {
    // « écoles » saved in Latin-1: é is the single byte 0xE9.
    const outcome = await editInEditor('', editor(`printf 'les \\351coles' > "$1"`));
    expect(outcome).toEqual({ kind: 'edited', text: 'les écoles', notUtf8: true });
  });

  it('tells an unchanged text, an abandoned edit, an emptied file and an editor that does not exist', async () => {
    expect(await editInEditor('déjà là', editor('true'))).toEqual({ kind: 'unchanged' });
    expect(await editInEditor('déjà là', editor(`printf 'autre' > "$1"; exit 1`))).toEqual({ kind: 'cancelled', reason: 'exit' });
    expect(await editInEditor('déjà là', editor(`: > "$1"`))).toEqual({ kind: 'cancelled', reason: 'emptied' });
    const missing = await editInEditor('x', { command: '/nulle/part/editeur', name: 'editeur', fallback: false });
    expect(missing.kind).toBe('failed');
  });
});

describe('chooseEditor', () => {
  it('takes $VISUAL, then $EDITOR, then nano, then vi (which must then be explained)', () => {
    expect(chooseEditor({ VISUAL: 'code --wait', EDITOR: 'nano' }, () => false)).toEqual({ command: 'code --wait', name: 'code', fallback: false });
    expect(chooseEditor({ EDITOR: '/usr/bin/vim' }, () => false).name).toBe('vim');
    expect(chooseEditor({}, (path) => path === '/usr/bin/nano')).toEqual({ command: '/usr/bin/nano', name: 'nano', fallback: false });
    expect(chooseEditor({ VISUAL: ' ', EDITOR: '' }, () => false)).toEqual({ command: 'vi', name: 'vi', fallback: true });
  });
});
