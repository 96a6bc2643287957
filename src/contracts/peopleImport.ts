import { type Static, Type } from 'typebox';
import { importColumns } from '../domain/import/columns';
import { importErrorCodes } from '../domain/import/issues';

export const ImportPeopleQuery = Type.Object({
  dryRun: Type.Optional(
    Type.Boolean({ default: false, description: 'Check and count, change nothing' }),
  ),
  skipInvalid: Type.Optional(
    Type.Boolean({
      default: false,
      description: 'Import the good lines even if others have errors',
    }),
  ),
});

/** The CSV file itself, UTF-8 (docs/import.md lists the columns). */
export const PeopleCsv = Type.String({
  minLength: 1,
  description: 'CSV, comma or semicolon separated',
});

export const ImportIssue = Type.Object({
  /** Line of the file, counting from 1 (the header). */
  line: Type.Integer({ minimum: 1 }),
  code: Type.Enum(importErrorCodes),
  column: Type.Optional(Type.Enum(importColumns)),
  value: Type.Optional(Type.String()),
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
  /** The reason, in the caller's language. */
  message: Type.String(),
});

export const ImportReport = Type.Object({
  rows: Type.Integer({ minimum: 0, description: 'Lines of people in the file' }),
  created: Type.Integer({ minimum: 0 }),
  updated: Type.Integer({ minimum: 0 }),
  unchanged: Type.Integer({ minimum: 0 }),
  skipped: Type.Integer({ minimum: 0, description: 'Lines left out for their errors' }),
  dryRun: Type.Boolean(),
  /** Whether anything was (in a dry run: would be) written. */
  written: Type.Boolean(),
  unknownColumns: Type.Array(Type.String()),
  errors: Type.Array(ImportIssue),
});

/** 422: the file has errors, so nothing was imported; the report says which lines and why. */
export const ImportRefused = Type.Object({
  error: Type.Object({ code: Type.Literal('import_failed'), message: Type.String() }),
  report: ImportReport,
});

export type ImportReportResponse = Static<typeof ImportReport>;
export type ImportRefusedResponse = Static<typeof ImportRefused>;
