import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths, dataFiles } from '../content-paths.ts';
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
export function loadOpenData(directory = join(process.cwd(), contentPaths.data)): OpenData {
  const oews = oewsFileSchema.parse(readJson(join(directory, dataFiles.oews)));
  const projections = projectionsFileSchema.parse(readJson(join(directory, dataFiles.projections)));
  const onetDirectory = join(directory, dataFiles.onetProfiles);
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
