import type { ImportColumn } from './columns';

/**
 * Why a line of an import file cannot be imported. Each code has a message in the `import`
 * translation namespace (`import:error.<code>`), given the column, the value and the params.
 */
export const importErrorCodes = [
  'unclosed_quote',
  'missing_column',
  'duplicate_column',
  'field_count',
  'missing_value',
  'too_long',
  'bad_email',
  'bad_date',
  'bad_time_zone',
  'bad_language',
  'bad_locale',
  'bad_role',
  'bad_seniority',
  'bad_support_need',
  'duplicate_email',
  'duplicate_external_id',
  'duplicate_person',
  'email_taken',
  'external_id_mismatch',
  'unknown_manager',
  'manager_invalid',
  'manager_cycle',
  'own_role',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

export interface ImportIssue {
  /** Line of the file, counting from 1 (the header); problems with the whole file are on line 1. */
  line: number;
  code: ImportErrorCode;
  column?: ImportColumn;
  /** The offending value as written in the file. */
  value?: string;
  params?: Record<string, string | number>;
}
