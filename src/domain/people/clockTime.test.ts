import { describe, expect, it } from 'vitest';
import { formatClockTime, parseClockTime } from './clockTime';

describe('clock times', () => {
  it('reads HH:MM as minutes after midnight, up to 24:00', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('08:30')).toBe(510);
    expect(parseClockTime('23:59')).toBe(1439);
    expect(parseClockTime('24:00')).toBe(1440);
  });

  it('refuses anything else', () => {
    for (const bad of ['8:30', '24:01', '25:00', '12:60', '12.30', '', ' 09:00', '0900']) {
      expect(parseClockTime(bad), bad).toBeNull();
    }
  });

  it('writes minutes back as HH:MM', () => {
    expect(formatClockTime(0)).toBe('00:00');
    expect(formatClockTime(545)).toBe('09:05');
    expect(formatClockTime(1440)).toBe('24:00');
    for (let minute = 0; minute <= 1440; minute += 7) {
      expect(parseClockTime(formatClockTime(minute))).toBe(minute);
    }
  });
});
