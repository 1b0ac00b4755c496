import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandName } from '../../src/cli/command-name.js';
import { BIN } from '../helpers/run-cli.js';

describe('commandName: the hints name a command that works in the person’s shell', () => {
  const root = mkdtempSync(join(tmpdir(), 'storyboard-path-'));
  const linked = join(root, 'global-bin');
  const npxBin = join(root, 'projet', 'node_modules', '.bin');
  const other = join(root, 'other-bin');
  for (const folder of [linked, npxBin, other]) mkdirSync(folder, { recursive: true });
  symlinkSync(BIN, join(linked, 'storyboard'));
  symlinkSync(BIN, join(npxBin, 'storyboard'));
  writeFileSync(join(other, 'storyboard'), '#!/bin/sh\n');
  chmodSync(join(other, 'storyboard'), 0o755);
  const path = (...folders: string[]) => ({ PATH: folders.join(delimiter) });

  it('says « storyboard » when that name on the PATH is this program (npm install -g, npm link)', () => {
    expect(commandName(path('/usr/bin', linked), BIN)).toBe('storyboard');
  });

  it('says « npx storyboard » after `npm install` alone: npx’s node_modules/.bin is not the shell’s PATH', () => {
    expect(commandName(path(npxBin, '/usr/bin'), BIN)).toBe('npx storyboard');
    expect(commandName(path('/usr/bin'), BIN)).toBe('npx storyboard');
  });

  it('says « npx storyboard » when the shell would run another storyboard first', () => {
    expect(commandName(path(other, linked), BIN)).toBe('npx storyboard');
  });
});
