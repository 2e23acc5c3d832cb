import type { APIRoute, GetStaticPaths } from 'astro';
import { apiJsonSchemas, type ApiSchemaName } from '../../../lib/api/json-schema.ts';
import { jsonResponse } from '../../../lib/api/response.ts';

export const getStaticPaths = (() => Object.keys(apiJsonSchemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonResponse(apiJsonSchemas[params.name as ApiSchemaName]());
