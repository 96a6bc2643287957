import { describe, expect, it } from 'vitest';
import { importColumns } from '../domain/import/columns';
import { importErrorCodes } from '../domain/import/issues';
import { createTranslator } from './catalog';
import { importIssueMessage } from './importIssueMessage';
import { locales } from './locales';

const translator = await createTranslator();

describe('importIssueMessage', () => {
  it('has a message for every reason and a name for every column, in every language', () => {
    for (const locale of locales) {
      for (const code of importErrorCodes) {
        expect(translator.exists(`import:error.${code}`), `${locale} ${code}`).toBe(true);
        const message = importIssueMessage(translator, locale, { line: 2, code });
        expect(message).not.toContain(`error.${code}`);
      }
      for (const column of importColumns) {
        expect(translator.t(locale, `import:column.${column}`)).not.toContain('column.');
      }
    }
  });

  it('fills in the value, the column and the params', () => {
    const issue = {
      line: 4,
      code: 'bad_email',
      column: 'manager_email',
      value: 'jan@',
    } as const;
    expect(importIssueMessage(translator, 'en', issue)).toBe(
      "“jan@” is not a valid e-mail address (manager's e-mail).",
    );
    expect(importIssueMessage(translator, 'nl', issue)).toBe(
      '“jan@” is geen geldig e-mailadres (e-mailadres van de leidinggevende).',
    );
    expect(
      importIssueMessage(translator, 'nl', {
        line: 3,
        code: 'duplicate_email',
        column: 'email',
        value: 'an@x.be',
        params: { line: 2 },
      }),
    ).toBe('an@x.be staat al op regel 2.');
  });
});
