import { describe, expect, it } from 'vitest';
import {
  annualFromHourly,
  formatAmount,
  formatChange,
  formatCount,
  formatMoney,
  formatMoneyRange,
  formatMoneyShort,
  formatPayPeriod,
  formatPercent,
  formatPeriod,
  percentChange,
} from '../../src/lib/format.ts';

describe('money', () => {
  it('always names the currency, never converting', () => {
    expect(formatMoney(79057, 'USD')).toBe('$79,057 USD');
    expect(formatMoney(52250, 'GBP')).toBe('£52,250 GBP');
    expect(formatMoney(1000, 'EUR')).toBe('€1,000 EUR');
  });

  it('keeps cents only when the amount has them', () => {
    expect(formatAmount(29.48, 'USD')).toBe('$29.48');
    expect(formatAmount(29.5, 'USD')).toBe('$29.50');
    expect(formatAmount(66667, 'USD')).toBe('$66,667');
  });

  it('formats a range in one currency with an en dash', () => {
    expect(formatMoneyRange(49000, 127000, 'USD')).toBe('$49,000–$127,000 USD');
  });

  it('shortens amounts for chart axes', () => {
    expect(formatMoneyShort(125000, 'USD')).toBe('$125K');
    expect(formatMoneyShort(0, 'GBP')).toBe('£0');
  });

  it('names the pay period in words, as the quick facts and pay table use it', () => {
    expect(formatPayPeriod('year')).toBe('a year');
    expect(formatPayPeriod('hour')).toBe('an hour');
  });

  it('converts hourly to annual at 2,080 hours', () => {
    expect(annualFromHourly(29.48)).toBe(61318);
    expect(annualFromHourly(52.95)).toBe(110136);
  });
});

describe('percentages and counts', () => {
  it('keeps the published precision', () => {
    expect(formatPercent(22)).toBe('22%');
    expect(formatPercent(7.42)).toBe('7.42%');
  });

  it('signs changes with a true minus sign', () => {
    expect(formatChange(15.8)).toBe('+15.8%');
    expect(formatChange(-3)).toBe('\u22123%');
    expect(formatChange(0)).toBe('0%');
  });

  it('computes percentage change to one decimal', () => {
    expect(percentChange(132270, 135980)).toBe(2.8);
    expect(percentChange(100, 90)).toBe(-10);
  });

  it('groups thousands', () => {
    expect(formatCount(1687890)).toBe('1,687,890');
  });
});

describe('periods', () => {
  it('says years, months and days as readers do', () => {
    expect(formatPeriod('2025')).toBe('2025');
    expect(formatPeriod('2025-05')).toBe('May 2025');
    expect(formatPeriod('2024-04-26')).toBe('26 April 2024');
  });
});
