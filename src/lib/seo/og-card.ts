import { formatMoney, formatMoneyRange } from '../format.ts';
import { headlinePayLabel, type HeadlinePay } from '../headline.ts';
import { regionName } from '../regions.ts';
import type { RolePage } from '../role-page.ts';
import { familyLabel } from '../taxonomy.ts';
import { machineUrls } from './urls.ts';
import { site } from '../../site.config.ts';

/** Size of every share image, as Open Graph and Twitter cards expect. */
export const ogImageSize = { width: 1200, height: 630 } as const;

/** A share image of a page: its site path and what it shows, for og:image:alt. */
export interface ShareImage {
  path: string;
  alt: string;
}

/** What a share image says, in plain strings: the renderer knows layout, not roles. */
export interface OgCard {
  title: string;
  summary: string;
  // The one pay figure, with its currency and period, e.g. "$133,080 a year".
  figure?: { label: string; amount: string; region: string; source: string };
  footer: string;
}

/**
 * One share image that stands for a group of pages (a role family, an occupation group): its id, the
 * card it renders and the image as pages declare it. Pages of a large collection share their group's
 * image; og:title and og:description, which every platform shows beside the image, stay the page's own.
 */
export interface ShareCardGroup {
  // Lower-case letters, digits and hyphens; the image is served at /og/groups/<id>.png.
  id: string;
  card: OgCard;
  image: ShareImage;
}

/** The group card as the image a page declares, with alt text that says what the card shows. */
export function shareCardGroup(id: string, card: OgCard): ShareCardGroup {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`Share card group id "${id}" must be lower-case words joined by hyphens`);
  const figure = card.figure
    ? `: ${card.figure.label.toLowerCase()}, ${card.figure.amount}, ${card.figure.region}. ${card.figure.source}.`
    : `. ${card.summary}`;
  return { id, card, image: { path: machineUrls.groupImage(id), alt: `${card.title}${figure}` } };
}

const headlineKey = (pay: HeadlinePay) => [pay.sourceId, pay.currency, pay.region, pay.kind].join('|');

/**
 * The range of a family's headline pay, over the roles whose headline shares one source, currency,
 * region and statistic (the most common such basis): never a range across currencies or sources.
 */
export function headlineRange(pays: readonly HeadlinePay[]): { low: HeadlinePay; high: HeadlinePay; count: number } | undefined {
  const groups = new Map<string, HeadlinePay[]>();
  for (const pay of pays) {
    const key = headlineKey(pay);
    const list = groups.get(key);
    if (list) list.push(pay);
    else groups.set(key, [pay]);
  }
  // The largest group; ties go to the key that sorts first, so the card does not depend on input order.
  const [, largest] = [...groups].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? [];
  if (!largest) return undefined;
  let low = largest[0]!;
  let high = largest[0]!;
  for (const pay of largest) {
    if (pay.amount < low.amount) low = pay;
    if (pay.amount > high.amount) high = pay;
  }
  return { low, high, count: largest.length };
}

/** The share card of a role family: its name, how many roles it has and the span of their headline pay. */
export function familyOgCard(family: string, pages: readonly RolePage[]): OgCard {
  const label = familyLabel(family);
  const range = headlineRange(pages.flatMap((page) => (page.headline ? [page.headline] : [])));
  const count = pages.length === 1 ? '1 role' : `${pages.length.toLocaleString('en-US')} roles`;
  const amount =
    range &&
    (range.low.amount === range.high.amount
      ? formatMoney(range.low.amount, range.low.currency)
      : formatMoneyRange(range.low.amount, range.high.amount, range.low.currency));
  return {
    title: `${label} roles`,
    summary: `${count} in the guide, each with pay, skills, outlook and the sources behind every figure.`,
    ...(range && amount
      ? {
          figure: {
            label: `${headlinePayLabel(range.low.kind)} across ${range.count === pages.length ? count : `${range.count.toLocaleString('en-US')} of ${count}`}`,
            amount: `${amount} a year`,
            region: regionName(range.low.region),
            source: `Source: ${range.low.sourceLabel}`,
          },
        }
      : {}),
    footer: site.name,
  };
}

/** One share card per role family, keyed by family: every role page declares its family's image. */
export function roleFamilyCardGroups(pages: readonly RolePage[]): Map<string, ShareCardGroup> {
  const byFamily = new Map<string, RolePage[]>();
  for (const page of pages) {
    const list = byFamily.get(page.data.family);
    if (list) list.push(page);
    else byFamily.set(page.data.family, [page]);
  }
  return new Map([...byFamily].map(([family, members]) => [family, shareCardGroup(`roles-${family}`, familyOgCard(family, members))]));
}

/** The card for pages that are not about one role. */
export function siteOgCard(): OgCard {
  return {
    title: 'Software careers, with the numbers checked',
    summary: 'What software jobs pay, what the work is and how people get there. Every figure names its publisher, region, currency and date.',
    footer: site.name,
  };
}
