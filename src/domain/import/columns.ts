/** The columns an import file may have; docs/import.md describes each. */
export const importColumns = [
  'email',
  'name',
  'external_id',
  'team',
  'manager_email',
  'job_title',
  'start_date',
  'site',
  'languages',
  'time_zone',
  'locale',
  'role',
  'seniority',
  'support_need',
] as const;
export type ImportColumn = (typeof importColumns)[number];

export const requiredColumns: readonly ImportColumn[] = ['email', 'name'];

// Header spellings seen in Dutch and English HR exports, compared without case, accents,
// spaces, hyphens or underscores ("E-mail adres" = "emailadres").
const aliases: Record<ImportColumn, readonly string[]> = {
  email: ['email', 'emailaddress', 'emailadres', 'mail', 'mailadres'],
  name: ['name', 'fullname', 'displayname', 'naam', 'volledigenaam'],
  external_id: [
    'externalid',
    'employeeid',
    'employeenumber',
    'personeelsnummer',
    'personeelsnr',
    'werknemersnummer',
    'stamnummer',
  ],
  team: ['team', 'teamname', 'teamnaam', 'ploeg'],
  manager_email: [
    'manageremail',
    'manager',
    'managermail',
    'emailmanager',
    'leidinggevende',
    'leidinggevendeemail',
    'emailleidinggevende',
  ],
  job_title: ['jobtitle', 'title', 'job', 'position', 'functie', 'functietitel', 'titel'],
  start_date: ['startdate', 'hiredate', 'startdatum', 'indienst', 'indienstsinds', 'datumindienst'],
  site: ['site', 'office', 'location', 'vestiging', 'locatie', 'kantoor'],
  languages: ['languages', 'spokenlanguages', 'talen', 'taalkennis'],
  time_zone: ['timezone', 'tz', 'tijdzone'],
  locale: ['locale', 'language', 'interfacelanguage', 'taal', 'interfacetaal'],
  role: ['role', 'rol'],
  seniority: ['seniority', 'senioriteit', 'niveau'],
  support_need: ['supportneed', 'support', 'ondersteuningsnood', 'begeleidingsnood'],
};

const byAlias = new Map<string, ImportColumn>(
  importColumns.flatMap((column) => aliases[column].map((alias) => [alias, column] as const)),
);

export const headerKey = (header: string) =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export interface HeaderMapping {
  /** The column each position of a row holds; null for a column Samen does not know. */
  columns: (ImportColumn | null)[];
  unknown: string[];
  missing: ImportColumn[];
  /** Columns named twice, e.g. "e-mail" and "email". */
  duplicated: ImportColumn[];
}

export function mapHeader(headers: readonly string[]): HeaderMapping {
  const columns = headers.map((header) => byAlias.get(headerKey(header)) ?? null);
  const seen = new Set<ImportColumn>();
  const duplicated = new Set<ImportColumn>();
  for (const column of columns) {
    if (column === null) continue;
    if (seen.has(column)) duplicated.add(column);
    seen.add(column);
  }
  return {
    columns,
    unknown: headers.filter((header, i) => columns[i] === null && header.trim() !== ''),
    missing: requiredColumns.filter((column) => !seen.has(column)),
    duplicated: [...duplicated],
  };
}
