import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';

const records = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`not parsed: ${result.code} at ${result.line}`);
  return result.records;
};

describe('parseCsv', () => {
  it('reads a plain comma file with numbered lines', () => {
    expect(records('email,name\nan@x.be,An\nbo@x.be,Bo\n')).toEqual([
      { line: 1, fields: ['email', 'name'] },
      { line: 2, fields: ['an@x.be', 'An'] },
      { line: 3, fields: ['bo@x.be', 'Bo'] },
    ]);
  });

  it('drops a byte order mark and reads semicolons with CRLF line ends', () => {
    const result = parseCsv('\uFEFFe-mail;naam\r\nan@x.be;An Peeters\r\n');
    expect(result).toEqual({
      ok: true,
      delimiter: ';',
      records: [
        { line: 1, fields: ['e-mail', 'naam'] },
        { line: 2, fields: ['an@x.be', 'An Peeters'] },
      ],
    });
  });

  it('keeps separators, doubled quotes and line breaks inside quotes, and counts lines', () => {
    const text =
      'name,languages,note\n"Peeters, An","nl,fr","she said ""hi""\non two lines"\nBo,en,\n';
    expect(records(text)).toEqual([
      { line: 1, fields: ['name', 'languages', 'note'] },
      { line: 2, fields: ['Peeters, An', 'nl,fr', 'she said "hi"\non two lines'] },
      { line: 4, fields: ['Bo', 'en', ''] },
    ]);
  });

  it('skips blank lines but keeps their line numbers for what follows', () => {
    expect(records('a,b\n\n\r\n1,2\r3,4')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['1', '2'] },
      { line: 5, fields: ['3', '4'] },
    ]);
  });

  it('reports a quote that is never closed, at the line it opens', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({ ok: false, code: 'unclosed_quote', line: 2 });
  });

  it('picks the separator of the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('"a;b;c",d,e\nx;y;z;w')).toBe(',');
    expect(detectDelimiter('a;b;"c,d,e"')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('reads back any table it is given in quoted form', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r\n', ' ') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';'),
        (rows, separator) => {
          const text = rows
            .map((row) => row.map((value) => `"${value.replaceAll('"', '""')}"`).join(separator))
            .join('\r\n');
          const result = parseCsv(`"h1"${separator}"h2"\n${text}`);
          expect(result.ok && result.records.slice(1).map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});
