/** Formatting of money, ranges, percentages and dates: one place, so every page says numbers the same way. */

/** Hours in a full-time year, as BLS uses to turn hourly wages into annual ones. */
export const HOURS_PER_YEAR = 2080;

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Creating an Intl.NumberFormat costs far more than using one (it was a tenth of a 1,000-role build), so each is made once.
const formatters = new Map<string, Intl.NumberFormat>();

function cachedFormatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function currencyFormatter(currency: string, fractionDigits: number, compact: boolean): Intl.NumberFormat {
  return cachedFormatter({
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    ...(compact ? { notation: 'compact' as const } : {}),
  });
}

/** The symbol and amount, e.g. "$79,057" or "£52,250"; cents only when the amount has them. */
export function formatAmount(amount: number, currency: string): string {
  const fractionDigits = Number.isInteger(amount) ? 0 : 2;
  return currencyFormatter(currency, fractionDigits, false).format(amount);
}

/** An hourly wage always with its cents ("$45.00"), as BLS and ONS publish them; a yearly one in whole units. */
export function formatWage(amount: number, currency: string, unit: 'year' | 'hour'): string {
  return unit === 'hour' ? currencyFormatter(currency, 2, false).format(amount) : formatAmount(amount, currency);
}

/** An amount with its ISO currency code, so no figure is ever ambiguous: "$79,057 USD". */
export function formatMoney(amount: number, currency: string): string {
  return `${formatAmount(amount, currency)} ${currency}`;
}

/** Short form for tight spaces such as chart labels: "$79K". */
export function formatMoneyShort(amount: number, currency: string): string {
  return currencyFormatter(currency, 0, true).format(amount);
}

/** "a year" or "an hour", for sentences and table cells. */
export function formatPayPeriod(period: 'year' | 'hour'): string {
  return period === 'year' ? 'a year' : 'an hour';
}

/** A band in one currency: "$49,000–$127,000 USD". */
export function formatMoneyRange(low: number, high: number, currency: string): string {
  return `${formatAmount(low, currency)}–${formatAmount(high, currency)} ${currency}`;
}

/** An hourly wage as a full-time annual amount (2,080 hours), rounded to whole units. */
export function annualFromHourly(hourly: number): number {
  return Math.round(hourly * HOURS_PER_YEAR);
}

/** A percentage with as many decimals as it was published with: "22%", "7.42%". */
export function formatPercent(value: number): string {
  return `${cachedFormatter({ maximumFractionDigits: 2 }).format(value)}%`;
}

/** A change with its sign: "+15.8%", "−3%" (true minus sign). */
export function formatChange(value: number): string {
  const magnitude = formatPercent(Math.abs(value));
  if (value > 0) return `+${magnitude}`;
  if (value < 0) return `\u2212${magnitude}`;
  return magnitude;
}

/** Percentage change from one amount to another, to one decimal place. */
export function percentChange(from: number, to: number): number {
  return Math.round(((to - from) / from) * 1000) / 10;
}

/** A whole count with thousands separators: "1,687,890". */
export function formatCount(value: number): string {
  return cachedFormatter({ maximumFractionDigits: 1 }).format(value);
}

/** A reference period as readers say it: "2025", "May 2025", "26 April 2024". */
export function formatPeriod(period: string): string {
  const [year, month, day] = period.split('-');
  if (!month) return year ?? period;
  const monthName = monthNames[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
