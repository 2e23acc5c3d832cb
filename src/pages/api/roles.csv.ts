import type { APIRoute } from 'astro';
import { getRolePages } from '../../lib/content.ts';
import { rolesCsv } from '../../lib/api/csv.ts';
import { rolesIndex } from '../../lib/api/roles.ts';

export const GET: APIRoute = async () => new Response(rolesCsv(rolesIndex(await getRolePages())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
