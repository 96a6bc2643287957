import type { Sql } from '../client';

/** One column of a bulk write: its name, its PostgreSQL array element type, and its value. */
export interface UnnestColumn<Row> {
  name: string;
  type: 'uuid' | 'text' | 'date' | 'timestamptz' | 'smallint' | 'integer' | 'boolean';
  value: (row: Row) => unknown;
  /** SQL around the unnested value `u.<name>`, e.g. to turn a joined list into an array. */
  expression?: string;
}

// Large enough that 100,000 people take a few dozen statements, small enough that one
// statement's parameters stay a few megabytes.
export const BATCH_SIZE = 5000;

/**
 * Writes many rows with one statement per batch: each column travels as one array parameter and
 * `unnest` turns the arrays back into rows, which is far faster than a statement per row and
 * works the same on PGlite and PostgreSQL. The organisation id is a separate fixed parameter.
 */
export async function unnestInsert<Row>(
  sql: Sql,
  table: string,
  organisationId: string,
  columns: readonly UnnestColumn<Row>[],
  rows: readonly Row[],
  suffix = '',
  batchSize = BATCH_SIZE,
): Promise<void> {
  const names = columns.map((column) => column.name);
  const arrays = columns.map((column, i) => `$${i + 2}::${column.type}[]`);
  const values = columns.map((column) => column.expression ?? `u.${column.name}`);
  const text =
    `insert into ${table} (organisation_id, ${names.join(', ')}) ` +
    `select $1, ${values.join(', ')} from unnest(${arrays.join(', ')}) as u(${names.join(', ')}) ${suffix}`;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await sql.query(text, [
      organisationId,
      ...columns.map((column) => batch.map((row) => column.value(row) ?? null)),
    ]);
  }
}

/**
 * Updates many rows of `table` (matched on id within the organisation) the same way;
 * `alsoSet` adds fixed assignments such as `updated_at = now()`.
 */
export async function unnestUpdate<Row>(
  sql: Sql,
  table: string,
  organisationId: string,
  id: (row: Row) => string,
  columns: readonly UnnestColumn<Row>[],
  rows: readonly Row[],
  alsoSet: readonly string[] = [],
): Promise<void> {
  const names = columns.map((column) => column.name);
  const arrays = columns.map((column, i) => `$${i + 3}::${column.type}[]`);
  const sets = [
    ...columns.map((column) => `${column.name} = ${column.expression ?? `u.${column.name}`}`),
    ...alsoSet,
  ];
  const text =
    `update ${table} t set ${sets.join(', ')} ` +
    `from unnest($2::uuid[], ${arrays.join(', ')}) as u(id, ${names.join(', ')}) ` +
    'where t.organisation_id = $1 and t.id = u.id';
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    await sql.query(text, [
      organisationId,
      batch.map(id),
      ...columns.map((column) => batch.map((row) => column.value(row) ?? null)),
    ]);
  }
}
