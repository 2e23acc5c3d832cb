import type { APIRoute } from 'astro';
import { getRolePages } from '../../lib/content.ts';
import { rolesIndex } from '../../lib/api/roles.ts';
import { jsonResponse } from '../../lib/api/response.ts';

export const GET: APIRoute = async () => jsonResponse(rolesIndex(await getRolePages()));
