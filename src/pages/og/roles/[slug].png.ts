import type { APIRoute, GetStaticPaths } from 'astro';
import { getRolePages } from '../../../lib/content.ts';
import type { RolePage } from '../../../lib/role-page.ts';
import { roleOgCard } from '../../../lib/seo/og-card.ts';
import { renderOgPng } from '../../../lib/seo/og-image.ts';

export const getStaticPaths = (async () => (await getRolePages()).map((page) => ({ params: { slug: page.slug }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: RolePage }> = async ({ props }) =>
  new Response(await renderOgPng(roleOgCard(props.page)), { headers: { 'Content-Type': 'image/png' } });
