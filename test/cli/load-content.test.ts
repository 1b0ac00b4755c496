import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_PATH, loadContent } from '../../src/cli/load-content.js';
import { compileDetector, detectMarkers } from '../../src/sequences/markers/index.js';

// The build (npm test runs it first) writes dist/content.json and dist/patterns.json.
const folder = mkdtempSync(join(tmpdir(), 'storyboard-load-content-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const TEXT =
  "L'association du quartier ouvre un atelier de réparation avec les habitant·e·s, la commune et le centre social, qui décident ensemble en assemblée.";

describe('loadContent: the content and its detector', () => {
  it('compiles the detector once, when first asked, from the patterns the build read for the shipped content', async () => {
    const loaded = await loadContent();
    const detector = await loaded.detector();
    expect(await loaded.detector()).toBe(detector);
    // The same patterns as reading every indicator anew, in the same order.
    const fresh = compileDetector(loaded.content);
    expect(detector).not.toBe(fresh);
    expect(detector.index.patterns).toEqual(fresh.index.patterns);
    expect(detector.roles).toEqual(fresh.roles);
    expect(detectMarkers(TEXT, loaded.content, { detector })).toEqual(detectMarkers(TEXT, loaded.content));
    expect(detectMarkers(TEXT, loaded.content, { detector }).length).toBeGreaterThan(0);
  });

  it('reads the indicators anew for a content that is not the build’s copy, and finds the same', async () => {
    const copy = join(folder, 'contenu.yaml');
    copyFileSync(DEFAULT_CONTENT_PATH, copy);
    const shipped = await loadContent();
    const other = await loadContent(copy);
    expect(other.content).toEqual(shipped.content);
    expect(other.content).not.toBe(shipped.content);
    const detector = await other.detector();
    expect(detector.index.patterns).toEqual((await shipped.detector()).index.patterns);
    expect(detectMarkers(TEXT, other.content, { detector })).toEqual(detectMarkers(TEXT, shipped.content, { detector: await shipped.detector() }));
  });
});
