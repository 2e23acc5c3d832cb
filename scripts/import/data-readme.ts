import type { AsheCell, AsheFile } from '../../src/schemas/ashe.ts';
import type { OewsFile } from '../../src/schemas/oews.ts';
import type { OnetProfile } from '../../src/schemas/onet.ts';
import type { ProjectionsFile } from '../../src/schemas/projections.ts';
import type { Soc2020File } from '../../src/schemas/soc2020.ts';
import type { WageStatistics } from '../../src/schemas/wage.ts';

type Inputs = { oews: OewsFile; projections: ProjectionsFile; profiles: OnetProfile[]; ashe: AsheFile; soc2020: Soc2020File };

const count = (value: number) => value.toLocaleString('en-US');

function oewsMarkers(oews: OewsFile) {
  const rows = oews.sourceIds.map((sourceId) => ({ sourceId, label: '', detailed: 0, topCoded: 0, notAvailable: 0, annualOnly: 0, hourlyOnly: 0 }));
  for (const occupation of oews.occupations) {
    for (const period of occupation.periods) {
      const row = rows.find((entry) => entry.sourceId === period.sourceId);
      if (!row) continue;
      row.label = period.label;
      if (occupation.level === 'detailed') row.detailed += 1;
      if (period.wageBasis === 'annual-only') row.annualOnly += 1;
      if (period.wageBasis === 'hourly-only') row.hourlyOnly += 1;
      for (const set of [period.annual, period.hourly].filter((entry): entry is WageStatistics => entry !== null)) {
        for (const value of Object.values(set)) {
          if (typeof value === 'number') continue;
          if ('atLeast' in value) row.topCoded += 1;
          else row.notAvailable += 1;
        }
      }
    }
  }
  return rows;
}

function asheMarkerCounts(ashe: AsheFile): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (cell: AsheCell) => {
    const key = 'marker' in cell ? `marker ${cell.marker}` : `quality ${cell.quality ?? 'none (no CV published)'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const group of ashe.groups.filter((entry) => entry.level === 'unit')) {
    for (const pay of [group.annual, group.hourly]) for (const set of [pay.all, pay.fullTime]) Object.values(set).forEach(add);
  }
  return counts;
}

/** content/data/README.md, written by the import so it always describes what is there. */
export function dataReadme({ oews, projections, profiles, ashe, soc2020 }: Inputs): string {
  const oewsRows = oewsMarkers(oews);
  const lineItems = projections.occupations.filter((entry) => entry.occupationType === 'Line item').length;
  const withJobZone = profiles.filter((profile) => profile.jobZone !== null).length;
  const units = ashe.groups.filter((group) => group.level === 'unit').length;
  const asheCounts = [...asheMarkerCounts(ashe)].sort(([a], [b]) => (a < b ? -1 : 1));
  return `# content/data

Written by \`npm run data:import\` from the publishers' own files in \`../shared/data/raw/\` (see
\`../shared/data/PROVENANCE.md\` there); never edit these files by hand. Reruns are byte-identical.

| File | Publisher and dataset | Reference period | Licence |
| --- | --- | --- | --- |
| \`oews-national.json\` | U.S. Bureau of Labor Statistics (BLS), Occupational Employment and Wage Statistics (OEWS), national cross-industry estimates | ${oewsRows.map((row) => row.label).join(', ')} | Public domain (U.S. federal government work, 17 U.S.C. §105); BLS asks to be cited |
| \`projections-2024-34.json\` | BLS Employment Projections, Occupational projections and characteristics (Tables 1.2, 1.10, 1.12) | 2024–34 (base year 2024) | Public domain, as above |
| \`onet/<O*NET-SOC code>.json\` | O*NET 29.3 Database (May 2025 release), National Center for O*NET Development for USDOL/ETA | as dated in each rating | CC BY 4.0; modified (converted and selected), attribution in every file |
| \`ashe-2024-provisional.json\` | Office for National Statistics (ONS), Annual Survey of Hours and Earnings (ASHE) 2024 provisional, Table 14 (14.5 hourly, 14.7 annual; a = estimates, b = CVs) | April 2024 (annual pay: tax year to 5 April 2024) | Open Government Licence v3.0 |
| \`soc2020.json\` | ONS, SOC 2020 Volume 1: structure and descriptions of unit groups | SOC 2020 | Open Government Licence v3.0 |

## What is in them

- OEWS: ${count(oews.occupations.length)} code-and-level entries (every row of every file; seven codes are published at both broad and detailed level, so entries are keyed on both). Detailed occupations, markers and wage bases per release:

  | Release | Detailed occupations | "#" top-coded cells | "*" not available | Annual wages only | Hourly wages only |
  | --- | ---: | ---: | ---: | ---: | ---: |
${oewsRows.map((row) => `  | ${row.label} | ${count(row.detailed)} | ${count(row.topCoded)} | ${count(row.notAvailable)} | ${count(row.annualOnly)} | ${count(row.hourlyOnly)} |`).join('\n')}

  A top-coded wage is written \`{ "atLeast": 239200 }\` (the threshold in that release's notes, also kept as \`topCode\`),
  a "*" as \`{ "notAvailable": true }\`; where BLS publishes only annual or only hourly wages the other set is \`null\` and
  \`wageBasis\` says which. "*" cells of a set that is not published are not counted above. Counts include every level.
- Projections: ${count(projections.occupations.length)} rows (${count(lineItems)} line items, ${count(projections.occupations.length - lineItems)} summaries); "—" is \`null\`, the top-coded May 2024 median \`{ "atLeast": 239200 }\`.
- O*NET: ${count(profiles.length)} O*NET-SOC codes; ${count(withJobZone)} have Job Zones, tasks, technology skills and interests, the others (residual "All Other" and military codes) only a description and alternate titles, and say so on their pages.
- ASHE: ${count(ashe.groups.length)} SOC 2020 groups, ${count(units)} of them unit groups, each with annual and hourly pay for all and for full-time employee jobs. Only the \`All\` and \`Full-Time\` sheets are read; the \`Not Classified\` row is not a group and is not imported. Unit-group cells by marker or CV quality band:

${asheCounts.map(([key, value]) => `  - ${key}: ${count(value)}`).join('\n')}
- SOC 2020: ${count(soc2020.groups.length)} groups, ${count(soc2020.groups.filter((group) => group.level === 'unit').length)} unit groups, with descriptions, entry routes, tasks and related job titles.

UK SOC 2020 and US SOC 2018 are different classifications: no code in one maps to a code in the other.
`;
}
