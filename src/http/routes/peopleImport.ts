import { importPeople, type ImportReport as Report } from '../../app/people/importPeople';
import {
  ImportPeopleQuery,
  ImportRefused,
  ImportReport,
  type ImportReportResponse,
  PeopleCsv,
} from '../../contracts/peopleImport';
import { BulkImportRepository } from '../../db/repositories/bulkImport';
import { ImportSnapshotRepository } from '../../db/repositories/importSnapshot';
import { importIssueMessage } from '../../i18n/importIssueMessage';
import type { Locale } from '../../i18n/locales';
import { requireActor } from '../context';
import type { App } from '../server';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

export function peopleImportRoutes(app: App) {
  // The CSV parser belongs to this route alone, in its own scope.
  app.register(async (scope: App) => {
    scope.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: MAX_FILE_BYTES },
      (_request, body, done) => done(null, body),
    );

    const describe = (report: Report, locale: Locale): ImportReportResponse => ({
      ...report,
      errors: report.errors.map((issue) => ({
        ...issue,
        message: importIssueMessage(app.deps.translator, locale, issue),
      })),
    });

    scope.post(
      '/api/v1/admin/import/people',
      {
        bodyLimit: MAX_FILE_BYTES,
        schema: {
          tags: ['people'],
          summary: 'Admins: import people from a CSV file (text/csv body; docs/import.md)',
          consumes: ['text/csv'],
          querystring: ImportPeopleQuery,
          body: PeopleCsv,
          response: { 200: ImportReport, 422: ImportRefused },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const dryRun = request.query.dryRun ?? false;
        const skipInvalid = request.query.skipInvalid ?? false;
        const report = await app.deps.db.transaction((tx) =>
          importPeople(
            {
              snapshot: new ImportSnapshotRepository(tx, actor.organisationId),
              writer: new BulkImportRepository(tx, actor.organisationId),
            },
            actor,
            { csv: request.body, dryRun, skipInvalid },
          ),
        );
        const body = describe(report, request.locale);
        if (report.errors.length > 0 && !dryRun && !skipInvalid) {
          return reply.status(422).send({
            error: {
              code: 'import_failed' as const,
              message: app.deps.translator.t(request.locale, 'errors:import_failed', {
                count: report.errors.length,
              }),
            },
            report: body,
          });
        }
        return body;
      },
    );
  });
}
