/**
 * The canonical spelling of an IANA time zone ("europe/brussels" → "Europe/Brussels"), or null
 * when the runtime's time zone database does not know it. Stored zones are always canonical, so
 * scheduling can compare them as strings.
 */
export function canonicalTimeZone(value: string): string | null {
  if (value.trim() === '' || value !== value.trim()) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
