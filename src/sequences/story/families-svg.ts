import type { FamilyStatus } from '../reperage.js';

/** One family as the picture draws it: plain text (not Markdown), its status. */
export interface PictureFamily {
  title: string;
  status: FamilyStatus;
}

// `short` fits a tile; the legend gives `word` in full.
export const STATUS_LOOK: Record<FamilyStatus, { fill: string; stroke: string; text: string; dash?: string; symbol: string; short: string; word: string }> = {
  confirmed: { fill: '#1f6f50', stroke: '#1f6f50', text: '#ffffff', symbol: '●', short: 'confirmée', word: 'confirmée par le groupe' },
  added: { fill: '#2b5d9b', stroke: '#2b5d9b', text: '#ffffff', symbol: '◆', short: 'ajoutée', word: 'ajoutée par le groupe' },
  suggested: { fill: '#fdf3d0', stroke: '#b08a1e', text: '#3d3000', dash: '6 4', symbol: '◐', short: 'suggérée', word: 'suggérée par storyboard' },
  rejected: { fill: '#eeeeee', stroke: '#8a8a8a', text: '#555555', symbol: '×', short: 'écartée', word: 'écartée par le groupe' },
  missing: { fill: '#ffffff', stroke: '#9a9a9a', text: '#444444', dash: '2 4', symbol: '○', short: 'pas encore', word: 'pas encore' },
};

const COLUMNS = 3;
const TILE_W = 226;
const TILE_H = 84;
const GAP = 12;
const LEGEND_H = 56;

/** XML text: the five characters that could end or open markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A family's name on at most three lines of about `width` characters, at word boundaries. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && Array.from(`${line} ${word}`).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > 3) return [...lines.slice(0, 2), `${lines.slice(2).join(' ').slice(0, width - 1)}…`];
  return lines;
}

/**
 * The eleven families as a picture: one tile per family, in the storyboard's order, filled by
 * where it stands (confirmed, added, suggested, rejected, missing). Every tile says its status
 * in words and with a symbol, so that it reads in black and white; `<title>` and `<desc>` give
 * a text equivalent, and the page's table gives the same in full.
 * @param describedBy the id of the element that says the same in words
 */
export function familiesSvg(families: readonly PictureFamily[], describedBy: string): string {
  const rows = Math.ceil(families.length / COLUMNS);
  const width = COLUMNS * TILE_W + (COLUMNS - 1) * GAP;
  const height = rows * TILE_H + (rows - 1) * GAP + GAP + LEGEND_H;
  const counts = (Object.keys(STATUS_LOOK) as FamilyStatus[]).map((status) => ({
    status,
    count: families.filter((family) => family.status === status).length,
  }));
  const summary = counts.map(({ status, count }) => `${STATUS_LOOK[status].word} : ${count}`).join(' ; ');

  const tiles = families.map((family, index) => {
    const look = STATUS_LOOK[family.status];
    const x = (index % COLUMNS) * (TILE_W + GAP);
    const y = Math.floor(index / COLUMNS) * (TILE_H + GAP);
    const name = wrap(family.title, 24)
      .map((line, row) => `<tspan x="${x + 12}" y="${y + 26 + row * 17}">${escapeXml(line)}</tspan>`)
      .join('');
    return [
      `<g><title>${escapeXml(`${family.title} : ${look.word}`)}</title>`,
      `<rect x="${x + 1}" y="${y + 1}" width="${TILE_W - 2}" height="${TILE_H - 2}" rx="8" fill="${look.fill}" stroke="${look.stroke}" stroke-width="2"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}/>`,
      `<text fill="${look.text}" font-size="14" font-weight="600"${family.status === 'rejected' ? ' text-decoration="line-through"' : ''}>${name}</text>`,
      `<text x="${x + 12}" y="${y + TILE_H - 12}" fill="${look.text}" font-size="13">${escapeXml(`${look.symbol} ${look.short}`)}</text></g>`,
    ].join('');
  });

  const legendY = rows * TILE_H + (rows - 1) * GAP + GAP;
  const legend = counts.map(({ status, count }, index) => {
    const look = STATUS_LOOK[status];
    const x = (index % 3) * (TILE_W + GAP);
    const y = legendY + Math.floor(index / 3) * 26;
    return (
      `<rect x="${x + 1}" y="${y + 3}" width="16" height="16" rx="3" fill="${look.fill}" stroke="${look.stroke}" stroke-width="2"${look.dash ? ' stroke-dasharray="3 2"' : ''}/>` +
      `<text x="${x + 24}" y="${y + 16}" font-size="13" fill="#222222">${escapeXml(`${look.symbol} ${look.word} (${count})`)}</text>`
    );
  });

  return [
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="familles-titre familles-desc" aria-describedby="${escapeXml(describedBy)}" font-family="inherit">`,
    `<title id="familles-titre">Les ${families.length} familles de marqueurs de l'innovation sociale</title>`,
    `<desc id="familles-desc">${escapeXml(`Une case par famille. ${summary}.`)}</desc>`,
    ...tiles,
    ...legend,
    '</svg>',
  ].join('\n');
}
