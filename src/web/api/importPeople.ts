import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** One bad row of the file, with its line number and the reason in the UI language. */
export interface ImportProblem {
  line: number;
  field?: string | null;
  code: string;
  message: string;
}

/** What the server found in (dry run) or did with (import) the uploaded file. */
export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  problems: ImportProblem[];
}

export function useImportPeople() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) =>
      api<ImportReport>('/api/v1/admin/import/people', {
        method: 'POST',
        body: csv,
        contentType: 'text/csv; charset=utf-8',
        query: { dryRun },
      }),
    onSuccess: (report) => {
      if (!report.dryRun) {
        void client.invalidateQueries({ queryKey: ['people'] });
        void client.invalidateQueries({ queryKey: ['teams'] });
        void client.invalidateQueries({ queryKey: ['sites'] });
      }
    },
  });
}
