/**
 * A small RFC 4180 reader for HR exports: UTF-8 with or without a byte order mark, comma or
 * semicolon separated (Excel in Belgium writes semicolons), fields in double quotes that may
 * hold separators, doubled quotes and line breaks, and CRLF, LF or CR line ends.
 */
export type Delimiter = ',' | ';';

export interface CsvRecord {
  /** Line of the file the record starts on, counting from 1, as an editor shows it. */
  line: number;
  fields: string[];
}

export type CsvResult =
  | { ok: true; delimiter: Delimiter; records: CsvRecord[] }
  | { ok: false; code: 'unclosed_quote'; line: number };

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    // A blank line is no record; a line of only separators is one (with empty fields).
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === '') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) return { ok: false, code: 'unclosed_quote', line: quoteLine };
        const inner = text[i];
        if (inner === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (inner === '\n' || (inner === '\r' && text[i + 1] !== '\n')) line++;
        field += inner;
        i++;
      }
      continue;
    }
    if (char === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += char;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, delimiter, records };
}

/** The separator used most often in the first line, outside quotes; a comma when tied. */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
