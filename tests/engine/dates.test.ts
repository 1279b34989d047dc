import { describe, expect, it } from 'vitest';
import { isoDateRange, isoFromDays, parseIsoDate } from '../../src/engine/dates.js';

describe('calendar dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11016],
    ['2026-12-01', 20788],
    ['9999-12-31', 2932896],
  ])('%s is day %i', (iso, days) => {
    expect(parseIsoDate(iso)).toBe(days);
    expect(isoFromDays(days)).toBe(iso);
  });

  it.each(['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '26-12-01', '2026-1-01'])(
    'rejects %s',
    (iso) => {
      expect(parseIsoDate(iso)).toBeUndefined();
    },
  );

  it('lists consecutive dates across month, leap-day and year ends', () => {
    expect(isoDateRange(parseIsoDate('2023-12-30')!, 4)).toEqual([
      '2023-12-30',
      '2023-12-31',
      '2024-01-01',
      '2024-01-02',
    ]);
    expect(isoDateRange(parseIsoDate('2024-02-28')!, 3)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    for (let start = parseIsoDate('1999-01-01')!; start < parseIsoDate('2101-01-01')!; start += 97) {
      const range = isoDateRange(start, 400);
      for (let i = 0; i < range.length; i += 1)
        if (range[i] !== isoFromDays(start + i)) throw new Error(range[i]);
    }
  });
});
