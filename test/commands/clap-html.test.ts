import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';
import { CHROMIUM, chromiumRender } from '../helpers/chromium.js';
import { runStoryboard } from '../helpers/run-in-process.js';

const COMPLETE = join(REPO, 'test/fixtures/story/complete.yaml');
const ENV = { SOURCE_DATE_EPOCH: '1714644000' };
const REPERAGE = [
  'reperage:',
  '  - { family: gouvernance-partagee, decision: confirmed }',
  "  - { family: diffusion, decision: added, question: diffusion.essaimage, note: 'Un deuxième atelier a ouvert.' }",
  '  - { family: rupture, decision: rejected }',
].join('\n');

async function reviewedProject(): Promise<string> {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-html-'));
  writeFileSync(join(cwd, 'reponses.yaml'), `${readFileSync(COMPLETE, 'utf8')}${REPERAGE}\n`);
  expect((await runStoryboard(['new', '--answers', 'reponses.yaml', '--file', 'fabrique.storyboard.yaml'], { cwd })).status).toBe(0);
  return cwd;
}

/** A PNG's size and how many distinct colours its pixels have (8-bit RGB or RGBA, as Chromium writes). */
function pngColours(file: string): { width: number; height: number; colours: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = body[9] === 6 ? 4 : 3;
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  // Each row starts with its filter byte; filtered bytes differ from colours, but a blank page
  // still gives a handful of values and a page with text and a picture gives hundreds.
  const colours = new Set<string>();
  const stride = width * channels + 1;
  for (let row = 0; row < height; row += 7) {
    for (let x = 1; x + channels <= stride; x += channels * 3) colours.add(raw.subarray(row * stride + x, row * stride + x + channels).toString('hex'));
  }
  return { width, height, colours: colours.size };
}

describe('storyboard clap --html', () => {
  it('writes <projet>.story.html next to the project: one page, its fingerprint, kept when edited by hand', async () => {
    const cwd = await reviewedProject();
    const written = await runStoryboard(['clap', '--html'], { cwd, env: ENV });
    expect(written.status).toBe(0);
    expect(written.stderr).toContain('Page écrite : fabrique.story.html');
    const html = readFileSync(join(cwd, 'fabrique.story.html'), 'utf8');
    expect(html).toMatch(/<meta name="storyboard-empreinte" content="sha256-[0-9a-f]{64}">/);
    expect(html).toContain('<svg viewBox=');
    expect((await runStoryboard(['clap', '--html'], { cwd, env: ENV })).status).toBe(0);

    writeFileSync(join(cwd, 'fabrique.story.html'), html.replace('Notre histoire', 'Notre belle histoire'));
    const refused = await runStoryboard(['clap', '--html'], { cwd, env: ENV });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('« fabrique.story.html » a été modifié depuis le dernier clap');
    expect((await runStoryboard(['clap', '--html', '--force'], { cwd, env: ENV })).status).toBe(0);
    expect(readFileSync(join(cwd, 'fabrique.story.html.bak'), 'utf8')).toContain('Notre belle histoire');
  });

  it('refuses --html with --template (usage, exit 2)', async () => {
    const cwd = await reviewedProject();
    const result = await runStoryboard(['clap', '--html', '--template', 'x.mustache'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--template');
  });

  it.skipIf(!CHROMIUM)('opens in headless Chromium: a page with text and its picture, and prints on A4', async () => {
    const cwd = await reviewedProject();
    expect((await runStoryboard(['clap', '--html'], { cwd, env: ENV })).status).toBe(0);
    const page = pathToFileURL(join(cwd, 'fabrique.story.html')).href;

    const shot = join(cwd, 'page.png');
    const pdf = join(cwd, 'page.pdf');
    // One launch: the screenshot, the page's text as Chromium laid it out (no script runs: the
    // DOM is the page itself), and the page printed.
    const { status, dom } = chromiumRender(page, { windowSize: '900,2400', screenshot: shot, pdf });
    expect(status).toBe(0);
    const { width, height, colours } = pngColours(shot);
    expect([width, height]).toEqual([900, 2400]);
    expect(colours).toBeGreaterThan(50);

    expect(dom).toContain('<h1>La Fabrique des Deux Rives</h1>');
    expect(dom).toContain('<h2>Notre histoire</h2>');
    expect(dom).toContain('Tout a commencé un soir');
    expect(dom).toContain('<title>Modalités de diffusion : ajoutée par le groupe</title>');
    // Chromium writes the non-breaking spaces back as entities.
    expect(dom).toContain('Marqueur reconnu par le groupe&nbsp;: Gouvernance partagée.');

    const printed = readFileSync(pdf).toString('latin1');
    expect(printed.startsWith('%PDF')).toBe(true);
    // A4 is 595 × 842 points.
    const boxes = [...printed.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((match) => [Number(match[1]), Number(match[2])]);
    expect(boxes.length).toBeGreaterThan(2);
    for (const [w = 0, h = 0] of boxes) {
      expect(Math.round(w)).toBe(595);
      expect(Math.round(h)).toBe(842);
    }
  }, 180_000);
});
