import type { APIRoute } from 'astro';
import { siteOgCard } from '../../lib/seo/og-card.ts';
import { renderOgPng } from '../../lib/seo/og-image.ts';

export const GET: APIRoute = async () => new Response(await renderOgPng(siteOgCard()), { headers: { 'Content-Type': 'image/png' } });
