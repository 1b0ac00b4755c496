import { escapeXml, STATUS_LOOK } from '../story/families-svg.js';
import type { FamilyStatus } from '../reperage.js';
import type { FamilyAcross } from './workshop-model.js';

const ORDER: readonly FamilyStatus[] = ['confirmed', 'added', 'suggested', 'rejected', 'missing'];
const LABEL_W = 250;
const BAR_W = 420;
const ROW_H = 30;
const LEGEND_H = 56;

/** A family's name cut to fit its label. */
const short = (title: string) => (Array.from(title).length > 38 ? `${Array.from(title).slice(0, 37).join('')}…` : title);

/**
 * The families across the workshop: one bar per family, as long as the workshop has projects,
 * split by how many projects have it confirmed, added, suggested, rejected or not yet. Each
 * part says its count in a <title> and the row ends with the count of projects that show it;
 * the table after the picture gives the same in words.
 * @param describedBy the id of the element that says the same in words
 */
export function workshopSvg(families: readonly FamilyAcross[], projects: number, describedBy: string): string {
  const width = LABEL_W + BAR_W + 60;
  const height = families.length * ROW_H + LEGEND_H;
  const scale = projects > 0 ? BAR_W / projects : 0;
  const rows = families.map((family, index) => {
    const y = index * ROW_H;
    let x = LABEL_W;
    const parts = ORDER.filter((status) => family.counts[status] > 0).map((status) => {
      const look = STATUS_LOOK[status];
      const w = family.counts[status] * scale;
      const part = `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}" fill="${look.fill}" stroke="${look.stroke}" stroke-width="1.5"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}><title>${escapeXml(`${family.title} : ${look.word}, ${family.counts[status]} projet${family.counts[status] > 1 ? 's' : ''}`)}</title></rect>`;
      x += w;
      return part;
    });
    return [
      `<g><text x="${LABEL_W - 10}" y="${y + ROW_H / 2 + 5}" text-anchor="end" font-size="13" fill="#222222">${escapeXml(short(family.title))}</text>`,
      ...parts,
      `<text x="${LABEL_W + BAR_W + 8}" y="${y + ROW_H / 2 + 5}" font-size="13" fill="#222222">${family.present}/${projects}</text></g>`,
    ].join('');
  });
  const legendY = families.length * ROW_H + 12;
  const legend = ORDER.map((status, index) => {
    const look = STATUS_LOOK[status];
    const x = (index % 3) * 240;
    const y = legendY + Math.floor(index / 3) * 24;
    return (
      `<rect x="${x + 1}" y="${y + 3}" width="16" height="16" rx="3" fill="${look.fill}" stroke="${look.stroke}" stroke-width="2"${look.dash ? ' stroke-dasharray="3 2"' : ''}/>` +
      `<text x="${x + 24}" y="${y + 16}" font-size="13" fill="#222222">${escapeXml(`${look.symbol} ${look.word}`)}</text>`
    );
  });
  const summary = families.map((family) => `${family.title} : dans ${family.present} projet${family.present > 1 ? 's' : ''} sur ${projects}`).join(' ; ');
  return [
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="atelier-titre atelier-desc" aria-describedby="${escapeXml(describedBy)}" font-family="inherit">`,
    `<title id="atelier-titre">Les familles de marqueurs dans les ${projects} projets de l'atelier</title>`,
    `<desc id="atelier-desc">${escapeXml(`Une barre par famille, découpée par projet selon où elle en est. ${summary}.`)}</desc>`,
    ...rows,
    ...legend,
    '</svg>',
  ].join('\n');
}
