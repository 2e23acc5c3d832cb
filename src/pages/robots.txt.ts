import type { APIRoute } from 'astro';
import { absoluteUrl, machineUrls } from '../lib/seo/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(machineUrls.sitemap())}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
