import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportRefusedResponse, ImportReportResponse } from '../../contracts/peopleImport';
import { ApiError, api } from './client';

export type ImportReport = ImportReportResponse;

/**
 * Checks (dry run) or imports a CSV file. A refused import (422: the file has errors, nothing
 * was written) still resolves with its report, which lists the lines and reasons.
 */
export function useImportPeople() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      csv: string;
      dryRun: boolean;
      skipInvalid: boolean;
    }): Promise<ImportReport> => {
      try {
        return await api<ImportReport>('/api/v1/admin/import/people', {
          method: 'POST',
          body: input.csv,
          contentType: 'text/csv; charset=utf-8',
          query: { dryRun: input.dryRun, skipInvalid: input.skipInvalid },
        });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'import_failed') {
          return (error.body as ImportRefusedResponse).report;
        }
        throw error;
      }
    },
    onSuccess: (report) => {
      if (report.written && !report.dryRun) {
        for (const key of ['people', 'teams', 'sites']) {
          void client.invalidateQueries({ queryKey: [key] });
        }
      }
    },
  });
}
