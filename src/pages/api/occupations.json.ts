import type { APIRoute } from 'astro';
import { getUsOccupationPages } from '../../lib/content.ts';
import { occupationsIndex } from '../../lib/api/occupations.ts';
import { jsonResponse } from '../../lib/api/response.ts';

export const GET: APIRoute = async () => jsonResponse(occupationsIndex(await getUsOccupationPages()));
