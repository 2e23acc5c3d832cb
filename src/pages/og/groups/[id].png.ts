import type { APIRoute, GetStaticPaths } from 'astro';
import type { OgCard } from '../../../lib/seo/og-card.ts';
import { getShareCardGroups } from '../../../lib/seo/og-groups.ts';
import { renderOgPng } from '../../../lib/seo/og-image.ts';

export const getStaticPaths = (async () =>
  (await getShareCardGroups()).map((group) => ({ params: { id: group.id }, props: { card: group.card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => new Response(await renderOgPng(props.card), { headers: { 'Content-Type': 'image/png' } });
