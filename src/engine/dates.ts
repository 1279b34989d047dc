/**
 * Calendar dates as whole days since 1970-01-01 (proleptic Gregorian, UTC), using
 * Howard Hinnant's civil-date algorithms: exact, allocation-free, and independent of
 * the host's time zone or clock.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a civil date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number, as `YYYY-MM-DD`. */
export function isoFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day number of an ISO date, or undefined when it is not a real date (e.g. 2026-02-30). */
export function parseIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const days = daysFromCivil(year, month, day);
  return isoFromDays(days) === text ? days : undefined;
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `count` consecutive ISO dates from day number `start`: one string each, no per-day date maths. */
export function isoDateRange(start: number, count: number): string[] {
  const first = isoFromDays(start);
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  let day = Number(first.slice(8, 10));
  let prefix = `${first.slice(0, 4)}-${TWO_DIGITS[month]}-`;
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    out[i] = prefix + TWO_DIGITS[day]!;
    if (++day > daysInMonth(year, month)) {
      day = 1;
      if (++month > 12) {
        month = 1;
        year++;
      }
      prefix = `${String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-`;
    }
  }
  return out;
}
