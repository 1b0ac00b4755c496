import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../../scripts/train-markers.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'storyboard-train-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Trains on two small labelled sets, quickly, into `out`; returns the model file's text. */
function train(out: string): string {
  execFileSync(process.execPath, [SCRIPT, '--sets', 'markers-blind-10,markers-blind-11', '--iterations', '60', '--out', out], {
    stdio: 'ignore',
  });
  return readFileSync(out, 'utf8');
}

describe('npm run train:markers', () => {
  it('writes the same model byte for byte when run twice on the same sets', () => {
    const first = train(join(work, 'a.json'));
    const second = train(join(work, 'b.json'));
    expect(second).toBe(first);
    const model = JSON.parse(first) as { families: string[]; weights: Record<string, number[]> };
    expect(model.families).toHaveLength(11);
    // It did learn something: some word weighs in some family.
    expect(Object.keys(model.weights).some((name) => !name.startsWith('#'))).toBe(true);
  }, 120_000);
});
