import type { ImportIssue } from '../domain/import/issues';
import type { Translator } from './catalog';
import type { Locale } from './locales';

/** The reason a line cannot be imported, in the reader's language (namespace `import`). */
export function importIssueMessage(
  translator: Translator,
  locale: Locale,
  issue: ImportIssue,
): string {
  return translator.t(locale, `import:error.${issue.code}`, {
    ...issue.params,
    value: issue.value ?? '',
    column: issue.column ? translator.t(locale, `import:column.${issue.column}`) : '',
  });
}
