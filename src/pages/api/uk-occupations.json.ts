import type { APIRoute } from 'astro';
import { getUkOccupationPages } from '../../lib/content.ts';
import { ukOccupationsIndex } from '../../lib/api/uk-occupations.ts';
import { jsonResponse } from '../../lib/api/response.ts';

export const GET: APIRoute = async () => jsonResponse(ukOccupationsIndex(await getUkOccupationPages()));
