import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { oewsFileSchema, type OewsOccupation } from '../schemas/oews.ts';
import { onetProfileSchema, type OnetProfile } from '../schemas/onet.ts';
import { projectionsFileSchema, type ProjectedOccupation } from '../schemas/projections.ts';

/** The imported government datasets, indexed by occupation code. */
export interface OpenData {
  // OEWS wages by SOC code, e.g. "15-1252".
  oews: ReadonlyMap<string, OewsOccupation>;
  // Employment projections by SOC code.
  projections: ReadonlyMap<string, ProjectedOccupation>;
  // Source id and years of the projections release.
  projectionsRelease: { sourceId: string; baseYear: number; targetYear: number };
  // O*NET profiles by O*NET-SOC code, e.g. "15-1252.00".
  onet: ReadonlyMap<string, OnetProfile>;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Reads and validates content/data/ (written by `npm run data:import`). */
export function loadOpenData(directory = join(process.cwd(), 'content', 'data')): OpenData {
  const oews = oewsFileSchema.parse(readJson(join(directory, 'oews-national.json')));
  const projections = projectionsFileSchema.parse(readJson(join(directory, 'projections-2024-34.json')));
  const onetDirectory = join(directory, 'onet');
  const profiles = existsSync(onetDirectory)
    ? readdirSync(onetDirectory)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => onetProfileSchema.parse(readJson(join(onetDirectory, name))))
    : [];
  return {
    oews: new Map(oews.occupations.map((occupation) => [occupation.soc, occupation])),
    projections: new Map(projections.occupations.map((occupation) => [occupation.soc, occupation])),
    projectionsRelease: { sourceId: projections.sourceId, baseYear: projections.baseYear, targetYear: projections.targetYear },
    onet: new Map(profiles.map((profile) => [profile.code, profile])),
  };
}
