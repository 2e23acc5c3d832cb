/** A calendar period as the content writes it: a year, a month or a day. */
export interface Period {
  // As written, normalised: "2025", "2025-05" or "2025-05-15".
  text: string;
  // First day, YYYY-MM-DD.
  start: string;
  // Last day, YYYY-MM-DD.
  end: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

function daysInMonth(year: number, month: number): number {
  return month < 1 || month > 12 ? 0 : new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads a YYYY, YYYY-MM or YYYY-MM-DD string (what the date schemas output); undefined for anything else. */
export function toPeriod(text: string): Period | undefined {
  if (YEAR.test(text)) return { text, start: `${text}-01-01`, end: `${text}-12-31` };
  const month = MONTH.exec(text);
  if (month) {
    const days = daysInMonth(Number(month[1]), Number(month[2]));
    return days === 0 ? undefined : { text, start: `${text}-01`, end: `${text}-${String(days).padStart(2, '0')}` };
  }
  const day = DAY.exec(text);
  if (day && Number(day[3]) >= 1 && Number(day[3]) <= daysInMonth(Number(day[1]), Number(day[2]))) return { text, start: text, end: text };
  return undefined;
}

/** Today's date, YYYY-MM-DD, in local time. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day content is judged on: $CHECK_TODAY (YYYY-MM-DD) when set, so checks and builds can be
 * reproduced on a fixed date, else the local date. Read on every call, as a build may run past midnight.
 */
export function contentToday(): string {
  const fixed = process.env.CHECK_TODAY;
  if (fixed === undefined || fixed === '') return localToday();
  if (!toPeriod(fixed) || !DAY.test(fixed)) throw new Error(`expected CHECK_TODAY as YYYY-MM-DD, got ${JSON.stringify(fixed)}`);
  return fixed;
}

/** True when the period starts after `today`. */
export function isFuture(period: Period, today: string): boolean {
  return period.start > today;
}

/** Whole years from the period's last day to `today` (0 when it has not ended). */
export function ageInYears(period: Period, today: string): number {
  const [endYear, endMonth, endDay] = period.end.split('-').map(Number) as [number, number, number];
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return Math.max(0, year - endYear - (month < endMonth || (month === endMonth && day < endDay) ? 1 : 0));
}
