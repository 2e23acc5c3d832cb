import { formatMoney } from '../format.ts';
import { regionName } from '../regions.ts';
import type { RolePage } from '../role-page.ts';
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
  // The one pay figure, with its currency and period, e.g. "$133,080 USD a year".
  figure?: { label: string; amount: string; region: string; source: string };
  footer: string;
}

/** The share card of a role: its title and headline pay, always with currency, region and source. */
export function roleOgCard(page: RolePage): OgCard {
  const { headline } = page;
  return {
    title: page.data.title,
    summary: page.data.summary,
    ...(headline
      ? {
          figure: {
            label: headline.kind === 'median' ? 'Median pay' : 'Average pay',
            amount: `${formatMoney(headline.amount, headline.currency)} a year`,
            region: [regionName(headline.region), headline.measures].filter(Boolean).join(' · '),
            source: `Source: ${headline.sourceLabel}`,
          },
        }
      : {}),
    footer: site.name,
  };
}

/** The share image of a role page. */
export function roleShareImage(page: RolePage): ShareImage {
  const figure = roleOgCard(page).figure;
  return {
    path: machineUrls.roleImage(page.slug),
    alt: figure ? `${page.data.title}: ${figure.label.toLowerCase()} ${figure.amount}, ${figure.region}. ${figure.source}.` : page.data.title,
  };
}

/** The card for pages that are not about one role. */
export function siteOgCard(): OgCard {
  return {
    title: 'Software careers, with the numbers checked',
    summary: 'What software jobs pay, what the work is and how people get there. Every figure names its publisher, region, currency and date.',
    footer: site.name,
  };
}
