import type { APIRoute, GetStaticPaths } from 'astro';
import { getRolePages } from '../../../lib/content.ts';
import { roleDetail } from '../../../lib/api/roles.ts';
import { jsonResponse } from '../../../lib/api/response.ts';
import type { RolePage } from '../../../lib/role-page.ts';

export const getStaticPaths = (async () => (await getRolePages()).map((page) => ({ params: { slug: page.slug }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: RolePage }> = ({ props }) => jsonResponse(roleDetail(props.page));
