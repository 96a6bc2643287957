import { isLanguageCode } from '../people/languageCode';
import { canonicalTimeZone } from '../people/timeZone';
import { type Seniority, seniorities } from '../people/vocabulary';
import type { ImportColumn } from './columns';
import type { CsvRecord } from './csv';
import type { ImportIssue } from './issues';

export type ImportRole = 'employee' | 'manager' | 'admin';

/**
 * One line of the file, checked. A field that is absent (no such column, or an empty cell) is
 * undefined: an import never erases what Samen already knows.
 */
export interface RowValues {
  line: number;
  email: string;
  name: string;
  externalId?: string;
  team?: string;
  managerEmail?: string;
  jobTitle?: string;
  startDate?: string;
  site?: string;
  languages?: string[];
  timeZone?: string;
  locale?: 'nl' | 'en';
  role?: ImportRole;
  seniority?: Seniority;
  supportNeed?: number;
}

const MAX_TEXT = 200;
const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]+$/;

const languageNames: Record<string, string> = {
  nederlands: 'nl',
  dutch: 'nl',
  vlaams: 'nl',
  flemish: 'nl',
  frans: 'fr',
  french: 'fr',
  francais: 'fr',
  engels: 'en',
  english: 'en',
  duits: 'de',
  german: 'de',
  deutsch: 'de',
  spaans: 'es',
  spanish: 'es',
};

const roleNames: Record<string, ImportRole> = {
  employee: 'employee',
  medewerker: 'employee',
  werknemer: 'employee',
  manager: 'manager',
  leidinggevende: 'manager',
  admin: 'admin',
  administrator: 'admin',
  beheerder: 'admin',
};

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function readRow(
  record: CsvRecord,
  columns: readonly (ImportColumn | null)[],
): { values: RowValues; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const line = record.line;
  const problem = (
    column: ImportColumn,
    code: ImportIssue['code'],
    value: string,
    params?: ImportIssue['params'],
  ) => issues.push({ line, code, column, value, ...(params ? { params } : {}) });

  const extra = record.fields.slice(columns.length).filter((field) => field.trim() !== '');
  if (extra.length > 0) {
    issues.push({
      line,
      code: 'field_count',
      params: { expected: columns.length, actual: record.fields.length },
    });
  }
  const cell = new Map<ImportColumn, string>();
  columns.forEach((column, i) => {
    const value = record.fields[i]?.trim() ?? '';
    if (column && value !== '') cell.set(column, value);
  });

  const text = (column: ImportColumn): string | undefined => {
    const value = cell.get(column);
    if (value !== undefined && value.length > MAX_TEXT) {
      problem(column, 'too_long', `${value.slice(0, 40)}…`, { max: MAX_TEXT });
    }
    return value;
  };
  const email = (column: 'email' | 'manager_email'): string | undefined => {
    const value = cell.get(column);
    if (value === undefined) return undefined;
    const lower = value.toLowerCase();
    if (!EMAIL.test(lower) || lower.length > 320) problem(column, 'bad_email', value);
    return lower;
  };

  const values: RowValues = { line, email: email('email') ?? '', name: text('name') ?? '' };
  if (!cell.has('email')) problem('email', 'missing_value', '');
  if (!cell.has('name')) problem('name', 'missing_value', '');
  values.externalId = text('external_id');
  values.team = text('team');
  values.managerEmail = email('manager_email');
  values.jobTitle = text('job_title');
  values.site = text('site');

  const startDate = cell.get('start_date');
  if (startDate !== undefined) {
    values.startDate = parseDate(startDate) ?? undefined;
    if (!values.startDate) problem('start_date', 'bad_date', startDate);
  }
  const languages = cell.get('languages');
  if (languages !== undefined) {
    values.languages = [];
    for (const word of languages.split(/[\s,;/|]+/).filter(Boolean)) {
      const code = languageNames[plain(word)] ?? plain(word).split('-')[0];
      if (!isLanguageCode(code)) problem('languages', 'bad_language', word);
      else if (!values.languages.includes(code)) values.languages.push(code);
    }
  }
  const timeZone = cell.get('time_zone');
  if (timeZone !== undefined) {
    values.timeZone = canonicalTimeZone(timeZone) ?? undefined;
    if (!values.timeZone) problem('time_zone', 'bad_time_zone', timeZone);
  }
  const locale = cell.get('locale');
  if (locale !== undefined) {
    const code = languageNames[plain(locale)] ?? plain(locale).split(/[-_]/)[0];
    if (code === 'nl' || code === 'en') values.locale = code;
    else problem('locale', 'bad_locale', locale, { allowed: 'nl, en' });
  }
  const role = cell.get('role');
  if (role !== undefined) {
    values.role = roleNames[plain(role)];
    if (!values.role) problem('role', 'bad_role', role, { allowed: 'employee, manager, admin' });
  }
  const seniority = cell.get('seniority');
  if (seniority !== undefined) {
    values.seniority = seniorities.find((s) => s === plain(seniority));
    if (!values.seniority) {
      problem('seniority', 'bad_seniority', seniority, { allowed: seniorities.join(', ') });
    }
  }
  const supportNeed = cell.get('support_need');
  if (supportNeed !== undefined) {
    const value = Number(supportNeed);
    if (Number.isInteger(value) && value >= 1 && value <= 5) values.supportNeed = value;
    else problem('support_need', 'bad_support_need', supportNeed);
  }
  return { values, issues };
}

/** YYYY-MM-DD, or the Belgian DD/MM/YYYY (also with - or .), as YYYY-MM-DD; null if no real date. */
export function parseDate(text: string): string | null {
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const european = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (european)
    [day, month, year] = [Number(european[1]), Number(european[2]), Number(european[3])];
  else return null;
  if (year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
