import type { APIRoute, GetStaticPaths } from 'astro';
import { getUsOccupationPages } from '../../../lib/content.ts';
import { occupationDetail } from '../../../lib/api/occupations.ts';
import { jsonResponse } from '../../../lib/api/response.ts';
import type { UsOccupationPage } from '../../../lib/occupations/us-page.ts';

export const getStaticPaths = (async () =>
  (await getUsOccupationPages()).map((page) => ({ params: { soc: page.soc }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(occupationDetail((props as { page: UsOccupationPage }).page));
