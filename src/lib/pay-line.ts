/**
 * The one plain-language sentence a role page opens with: where the cited figures put annual pay, per currency and
 * region, never converted between currencies ("Most sources put US pay between $79,057 and $121,668 USD a year; one
 * source puts UK pay between £38,750 and £70,750 GBP a year."), and for each part which figures it rests on and who
 * published them. Components render these strings as they are.
 */
import type { Citation } from './citations.ts';
import { formatAmount, HOURS_PER_YEAR } from './format.ts';
import { amountFloor, annualPay, type AnnualPay, type Amount } from './pay.ts';
import type { PayRow } from './pay.ts';
import { regionName } from './regions.ts';

/** A source named under the pay line, with every citation of it that the part rests on. */
export interface PayLineSource {
  publisher: string;
  citations: Citation[];
  // Said after the name when we turned one of its hourly rates into a year's pay, e.g. "hourly rate × 2,080 hours".
  note?: string;
}

/** One currency and region of the pay line. */
export interface PayLinePart {
  currency: string;
  region: string;
  // The region as the sentence says it: "US", "UK", "Canada".
  regionLabel: string;
  // The region as a noun phrase: "the US", "the UK", "Canada".
  regionPhrase: string;
  low: number;
  high: number;
  // The clause, e.g. "most sources put US pay between $79,057 and $121,668 USD a year".
  clause: string;
  // Which figures the clause rests on, e.g. "the middle 4 of 6 medians and averages".
  basis: string;
  sources: PayLineSource[];
}

export interface PayLine {
  // The whole sentence, capitalised and ending with a full stop.
  text: string;
  parts: PayLinePart[];
}

/** With this many headline figures or more, the lowest and highest are left out and the line says "most sources". */
export const trimFrom = 5;

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (value: number) => numberWords[value] ?? String(value);

/** "US pay", "UK pay", "pay in Canada": how the sentence names the pay of a region. */
function regionLabel(region: string): string {
  if (region === 'US') return 'US';
  if (region === 'GB') return 'UK';
  return regionName(region);
}

function regionPay(region: string): string {
  const label = regionLabel(region);
  return region === 'US' || region === 'GB' ? `${label} pay` : `pay in ${label}`;
}

/** An amount as the sentence says it; a floor keeps its "or more". */
function say(amount: Amount, currency: string): string {
  return typeof amount === 'number' ? formatAmount(amount, currency) : `${formatAmount(amount.atLeast, currency)} or more`;
}

function kinds(points: readonly { kind: 'median' | 'mean' | 'total' }[]): string {
  const names = [
    points.some((point) => point.kind === 'median') && 'medians',
    points.some((point) => point.kind === 'mean') && 'averages',
    points.some((point) => point.kind === 'total') && 'total pay estimates',
  ].filter((name): name is string => Boolean(name));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? 'medians');
}

/** Who published the figures, once each, in the order the rows come, with a note on any we converted. */
function sourcesOf(figures: readonly AnnualPay[]): PayLineSource[] {
  const byPublisher = new Map<string, { citations: Map<string, Citation>; converted: boolean }>();
  for (const { row, convertedFromHourly } of figures) {
    const entry = byPublisher.get(row.publisher) ?? { citations: new Map(), converted: false };
    entry.citations.set(row.citation.source.id, row.citation);
    entry.converted ||= convertedFromHourly;
    byPublisher.set(row.publisher, entry);
  }
  return [...byPublisher].map(([publisher, entry]) => ({
    publisher,
    citations: [...entry.citations.values()].sort((a, b) => a.number - b.number),
    ...(entry.converted ? { note: `hourly rate × ${HOURS_PER_YEAR.toLocaleString('en-US')} hours, our conversion` } : {}),
  }));
}

interface Spread {
  low: Amount;
  high: Amount;
  subject: string;
  basis: string;
}

/** Where one currency and region's figures put pay, and on what that rests. */
function spreadOf(figures: readonly AnnualPay[]): Spread | undefined {
  const points = figures
    .flatMap((figure) =>
      figure.headline !== undefined ? [{ amount: figure.headline, value: amountFloor(figure.headline), kind: figure.row.headlineKind }] : [],
    )
    .sort((a, b) => a.value - b.value);
  const publishers = new Set(figures.map((figure) => figure.row.publisher)).size;
  if (points.length >= trimFrom) {
    const middle = points.slice(1, -1);
    return {
      low: middle[0]!.amount,
      high: middle.at(-1)!.amount,
      subject: 'most sources put',
      basis: `the middle ${middle.length} of ${points.length} ${kinds(points)}`,
    };
  }
  if (points.length >= 2) {
    const subject = publishers === 1 ? 'one source puts' : publishers === 2 ? 'both sources put' : `all ${count(publishers)} sources put`;
    return { low: points[0]!.amount, high: points.at(-1)!.amount, subject, basis: `the lowest to the highest of ${count(points.length)} ${kinds(points)}` };
  }
  const only = figures[0];
  if (!only) return undefined;
  const { p25, p75 } = only.stats;
  if (p25 !== undefined && p75 !== undefined) return { low: p25, high: p75, subject: 'one source puts', basis: 'the 25th to the 75th percentile' };
  if (only.range)
    return {
      low: only.range.low,
      high: only.range.high,
      subject: 'one source puts',
      basis: only.range.label ? `the ${only.range.label.toLowerCase()}` : 'its range',
    };
  const point = points[0];
  if (!point) return undefined;
  return {
    low: point.amount,
    high: point.amount,
    subject: 'one source puts',
    basis: point.kind === 'median' ? 'the median' : point.kind === 'mean' ? 'the average' : 'the total pay estimate',
  };
}

/**
 * The pay line of a role's pay rows: one part per currency and region in the order the rows first use them,
 * from annual figures (hourly ones converted and marked when the source gives no annual figure).
 * Undefined when no row has a headline figure.
 */
export function payLine(rows: readonly PayRow[]): PayLine | undefined {
  const groups = new Map<string, AnnualPay[]>();
  for (const figure of annualPay(rows)) {
    const key = `${figure.row.currency} ${figure.row.region}`;
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  const parts: PayLinePart[] = [];
  let previousSubject: string | undefined;
  for (const figures of groups.values()) {
    const spread = spreadOf(figures);
    const { currency, region } = figures[0]!.row;
    if (!spread) continue;
    const amounts = spread.low === spread.high ? `at ${say(spread.low, currency)}` : `between ${say(spread.low, currency)} and ${say(spread.high, currency)}`;
    // A part with the same plural subject as the one before drops the repeated words: "…; UK between £A and £B GBP".
    const clause =
      spread.subject === previousSubject && spread.subject !== 'one source puts'
        ? `${regionLabel(region)} ${amounts} ${currency}`
        : `${spread.subject} ${regionPay(region)} ${amounts} ${currency} a year`;
    previousSubject = spread.subject;
    parts.push({
      currency,
      region,
      regionLabel: regionLabel(region),
      regionPhrase: region === 'US' || region === 'GB' ? `the ${regionLabel(region)}` : regionLabel(region),
      low: amountFloor(spread.low),
      high: amountFloor(spread.high),
      clause,
      basis: spread.basis,
      sources: sourcesOf(figures),
    });
  }
  if (parts.length === 0) return undefined;
  const sentence = parts.map((part) => part.clause).join('; ');
  return { text: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`, parts };
}
