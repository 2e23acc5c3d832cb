/** The role page's quick facts: pay, outlook, education and experience, each one short value with its citation. */
import type { Citation } from './citations.ts';
import { formatChange, formatMoney, formatPayPeriod, formatPercent } from './format.ts';
import { headlinePayLabel, type HeadlinePay } from './headline.ts';
import type { PayRow } from './pay.ts';

export interface QuickFact {
  id: 'pay' | 'outlook' | 'education' | 'experience';
  label: string;
  // One line: "$135,980 USD a year".
  value: string;
  citation: Citation;
  // What the value is of, or a second figure that backs it, e.g. "Software Developers, May 2025".
  detail?: string;
  // The citation of a figure in `detail`, when it has its own source.
  detailCitation?: Citation;
}

/** The parts of a role page the facts are drawn from. */
export interface QuickFactSources {
  headline?: HeadlinePay;
  payRows: readonly PayRow[];
  outlook: readonly { citation: Citation; region: string; growthPct: number; span: string; measured?: { title: string } }[];
  education: { typicalEntry: string; citation: Citation; levels: readonly { level: string; share?: number; citation: Citation }[] };
  experience?: { citation: Citation; bands: readonly { label: string; share: number }[] };
}

const regionShort = (regionName: string) => (regionName === 'United States' ? 'US' : regionName === 'United Kingdom' ? 'UK' : regionName);

function payFact({ headline, payRows }: QuickFactSources): QuickFact | undefined {
  if (!headline) return undefined;
  // The row the headline was taken from: same source, period and amount.
  const row = payRows.find(
    (candidate) => candidate.period === 'year' && candidate.citation.source.id === headline.sourceId && candidate.headline === headline.amount,
  );
  if (!row) return undefined;
  return {
    id: 'pay',
    label: `${headlinePayLabel(headline.kind)}, ${regionShort(row.regionName)}`,
    value: `${formatMoney(headline.amount, headline.currency)} ${formatPayPeriod('year')}`,
    citation: row.citation,
    detail: `${row.measured?.title ?? row.publisher}, ${row.asOfStated ? row.asOf : 'date not stated'}`,
  };
}

function outlookFact({ outlook }: QuickFactSources): QuickFact | undefined {
  const lead = outlook[0];
  if (!lead) return undefined;
  return {
    id: 'outlook',
    label: `Job outlook, ${regionShort(lead.region)}`,
    value: `${formatChange(lead.growthPct)}, ${lead.span}`,
    citation: lead.citation,
    ...(lead.measured ? { detail: lead.measured.title } : {}),
  };
}

function educationFact({ education }: QuickFactSources): QuickFact {
  const measured = education.levels.find((level) => level.share !== undefined);
  return {
    id: 'education',
    label: 'Typical education',
    value: education.typicalEntry,
    citation: education.citation,
    ...(measured ? { detail: `${formatPercent(measured.share!)} of workers hold a ${measured.level.toLowerCase()}`, detailCitation: measured.citation } : {}),
  };
}

function experienceFact({ experience }: QuickFactSources): QuickFact | undefined {
  if (!experience) return undefined;
  const commonest = [...experience.bands].sort((a, b) => b.share - a.share)[0];
  if (!commonest) return undefined;
  return {
    id: 'experience',
    label: 'Experience',
    value: commonest.label,
    citation: experience.citation,
    detail: `the commonest band, ${formatPercent(commonest.share)} of workers`,
  };
}

/** The facts a page has, in reading order; a fact without a figure is left out rather than shown empty. */
export function quickFacts(sources: QuickFactSources): QuickFact[] {
  return [payFact(sources), outlookFact(sources), educationFact(sources), experienceFact(sources)].filter((fact): fact is QuickFact => fact !== undefined);
}
