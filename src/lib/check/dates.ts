/** A calendar period as the content writes it: a year, a month or a day. */
export interface Period {
  // As written, normalised: "2025", "2025-05" or "2025-05-15".
  text: string;
  // First and last day, YYYY-MM-DD.
  start: string;
  end: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

/** Reads a YAML date (Date), a year number or a YYYY[-MM[-DD]] string; undefined for anything else. */
export function toPeriod(value: unknown): Period | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const day = value.toISOString().slice(0, 10);
    return { text: day, start: day, end: day };
  }
  if (typeof value === 'number' && Number.isInteger(value)) return toPeriod(String(value));
  if (typeof value !== 'string') return undefined;
  if (YEAR.test(value)) return { text: value, start: `${value}-01-01`, end: `${value}-12-31` };
  const month = MONTH.exec(value);
  if (month) {
    const monthNumber = Number(month[2]);
    if (monthNumber < 1 || monthNumber > 12) return undefined;
    return { text: value, start: `${value}-01`, end: `${value}-${String(daysInMonth(Number(month[1]), monthNumber)).padStart(2, '0')}` };
  }
  const day = DAY.exec(value);
  if (day && Number(day[3]) >= 1 && Number(day[3]) <= daysInMonth(Number(day[1]), Number(day[2]))) {
    return { text: value, start: value, end: value };
  }
  return undefined;
}

/** Only a full day (Date or YYYY-MM-DD), for fields such as `lastReviewed`. */
export function toDay(value: unknown): Period | undefined {
  const period = toPeriod(value);
  return period && period.start === period.end ? period : undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date, YYYY-MM-DD, in local time. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True when the period starts after `today`. */
export function isFuture(period: Period, today: string): boolean {
  return period.start > today;
}

/** Whole years from the period's last day to `today` (0 when it has not ended). */
export function ageInYears(period: Period, today: string): number {
  const [endYear, endMonth, endDay] = period.end.split('-').map(Number) as [number, number, number];
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const years = year - endYear - (month < endMonth || (month === endMonth && day < endDay) ? 1 : 0);
  return Math.max(0, years);
}
