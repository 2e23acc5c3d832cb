import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asheFileSchema, type AsheFile, type AsheGroup } from '../schemas/ashe.ts';
import { contentPaths, dataFiles } from '../content-paths.ts';
import { oewsFileSchema, type OewsOccupation } from '../schemas/oews.ts';
import { onetProfileSchema, type OnetProfile } from '../schemas/onet.ts';
import { projectionsFileSchema, type ProjectedOccupation } from '../schemas/projections.ts';
import { soc2020FileSchema, type Soc2020Group } from '../schemas/soc2020.ts';

/** The imported government datasets, indexed by occupation code. */
export interface OpenData {
  // OEWS wages by SOC code, e.g. "15-1252"; for the seven codes BLS lists at two levels, the detailed entry.
  oews: ReadonlyMap<string, OewsOccupation>;
  // Every OEWS entry in file order (sorted by code, then level).
  oewsEntries: readonly OewsOccupation[];
  // Ids of the OEWS releases, oldest first.
  oewsSourceIds: readonly string[];
  // Employment projections by SOC code.
  projections: ReadonlyMap<string, ProjectedOccupation>;
  // Source id and years of the projections release.
  projectionsRelease: { sourceId: string; baseYear: number; targetYear: number };
  // O*NET profiles by O*NET-SOC code, e.g. "15-1252.00".
  onet: ReadonlyMap<string, OnetProfile>;
  // ONS ASHE 2024 groups by SOC 2020 code, e.g. "2134".
  ashe: ReadonlyMap<string, AsheGroup>;
  // The ASHE file's source id and its all-employee figures.
  asheRelease: Pick<AsheFile, 'sourceId' | 'allEmployees'>;
  // ONS SOC 2020 groups by code.
  soc2020: ReadonlyMap<string, Soc2020Group>;
  // Source id of the SOC 2020 publication.
  soc2020SourceId: string;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Reads and validates content/data/ (written by `npm run data:import`). */
export function loadOpenData(directory = join(process.cwd(), contentPaths.data)): OpenData {
  const oews = oewsFileSchema.parse(readJson(join(directory, dataFiles.oews)));
  const projections = projectionsFileSchema.parse(readJson(join(directory, dataFiles.projections)));
  const ashe = asheFileSchema.parse(readJson(join(directory, dataFiles.ashe)));
  const soc2020 = soc2020FileSchema.parse(readJson(join(directory, dataFiles.soc2020)));
  const onetDirectory = join(directory, dataFiles.onetProfiles);
  const profiles = existsSync(onetDirectory)
    ? readdirSync(onetDirectory)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => onetProfileSchema.parse(readJson(join(onetDirectory, name))))
    : [];
  const bySoc = new Map<string, OewsOccupation>();
  // File order puts "broad" before "detailed", so the detailed entry of a two-level code wins.
  for (const occupation of oews.occupations) bySoc.set(occupation.soc, occupation);
  return {
    oews: bySoc,
    oewsEntries: oews.occupations,
    oewsSourceIds: oews.sourceIds,
    projections: new Map(projections.occupations.map((occupation) => [occupation.soc, occupation])),
    projectionsRelease: { sourceId: projections.sourceId, baseYear: projections.baseYear, targetYear: projections.targetYear },
    onet: new Map(profiles.map((profile) => [profile.code, profile])),
    ashe: new Map(ashe.groups.map((group) => [group.code, group])),
    asheRelease: { sourceId: ashe.sourceId, allEmployees: ashe.allEmployees },
    soc2020: new Map(soc2020.groups.map((group) => [group.code, group])),
    soc2020SourceId: soc2020.sourceId,
  };
}
