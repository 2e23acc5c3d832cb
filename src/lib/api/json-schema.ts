/** The published JSON Schemas of the API, generated from the zod schemas the endpoints validate against. */
import { z } from 'zod';
import { absoluteUrl, machineUrls } from '../seo/urls.ts';
import { roleDetailSchema, rolesIndexSchema } from './schemas.ts';
import { occupationDetailSchema, occupationsIndexSchema } from './occupation-schemas.ts';
import { ukOccupationsIndexSchema } from './uk-occupations.ts';

function publish(schema: z.ZodType, name: Parameters<typeof machineUrls.schema>[0]) {
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }), $id: absoluteUrl(machineUrls.schema(name)) };
}

export const apiJsonSchemas = {
  roles: () => publish(rolesIndexSchema, 'roles'),
  role: () => publish(roleDetailSchema, 'role'),
  occupations: () => publish(occupationsIndexSchema, 'occupations'),
  occupation: () => publish(occupationDetailSchema, 'occupation'),
  'uk-occupations': () => publish(ukOccupationsIndexSchema, 'uk-occupations'),
};

export type ApiSchemaName = keyof typeof apiJsonSchemas;
