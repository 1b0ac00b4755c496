import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, workshopCsv } from '../../../src/sequences/workshop/workshop-csv.js';
import { buildWorkshop } from '../../../src/sequences/workshop/workshop-model.js';
import { CONTENT } from '../story/story-fixtures.js';
import { workshopInputs } from './workshop-fixtures.js';

const read = (text: string): string[][] => parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n', relax_column_count: false });

describe('csvCell and csvText', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvCell('Café')).toBe('Café');
    expect(csvCell(12)).toBe('12');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('dit « oui » et "non"')).toBe('"dit « oui » et ""non"""');
    expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvCell(' espace')).toBe('" espace"');
  });

  it('turns what a spreadsheet would run as a formula into text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+33 6')).toBe("'+33 6");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('starts with a byte order mark and ends each row with CRLF', () => {
    expect(csvText([['a', 'b'], ['c', 1]])).toBe('\uFEFFa;b\r\nc;1\r\n');
  });

  it('reads back, through a CSV library, as the cells it was given', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: cells with control characters are cleaned, not kept: left out here
    const cell = fc.string({ unit: 'grapheme' }).filter((text) => !/^[=+\-@\s]/.test(text) && !/\s$/.test(text) && !/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/.test(text));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A row of one empty cell is a blank line, which readers skip: every row here has three.
        expect(read(csvText(rows))).toEqual(rows);
      }),
    );
  });
});

describe('workshopCsv', () => {
  const rows = read(workshopCsv(buildWorkshop(workshopInputs(), CONTENT), (iso) => iso.slice(0, 10)));
  const [header = [], ...body] = rows;

  it('has one row per project, one column per family, and the unreadable file on its own row', () => {
    expect(header.slice(0, 3)).toEqual(['Projet', 'Fichier', 'Structure']);
    expect(header.filter((name) => CONTENT.sequences.some((sequence) => sequence.title === name))).toHaveLength(11);
    expect(body).toHaveLength(5);
    for (const row of body) expect(row).toHaveLength(header.length);
    const column = (name: string) => header.indexOf(name);
    const fabrique = body[0] ?? [];
    expect(fabrique[column('Projet')]).toBe('Fabrique');
    expect(fabrique[column('Questions répondues')]).toBe('31');
    expect(fabrique[column('Repérage')]).toBe('fait');
    expect(fabrique[column('Gouvernance partagée')]).toBe('confirmée par le groupe');
    expect(fabrique[column('Modalités de diffusion')]).toBe('ajoutée par le groupe');
    expect(body[3]?.[column('Version du contenu')]).toBe('0.9');
    expect(body[4]?.[column('Fichier')]).toBe('e.storyboard.yaml');
    expect(body[4]?.[column('Problème')]).toBe('illisible : ligne 2, colonne 10 : syntaxe YAML invalide');
  });
});
