import path from 'node:path';
import { asheFolder, asheOutputFile, asheTables, importAshe } from './ashe.ts';
import type { AshePay } from './ashe.ts';
import { dataReadme } from './data-readme.ts';
import { toJsonText } from './json.ts';
import { importOews, oewsInputFile, oewsOutputFile, oewsYears, readOewsYear } from './oews.ts';
import { importOnet, onetInputFile, onetInputs, onetSheetsOf } from './onet.ts';
import type { OnetInput } from './onet.ts';
import { importProjections, projectionsInputFile, projectionsOutputFile } from './projections.ts';
import { importSoc2020, soc2020InputFile, soc2020OutputFile } from './soc2020.ts';
import { readWorkbook } from './xlsx.ts';
import type { Sheet } from './xlsx.ts';

/** One file to write: its path under the output directory ("/"-separated) and its exact text. */
export type OutputFile = { path: string; text: string };

/** Builds every output from the publishers' workbooks; nothing is written, so a failure anywhere leaves content/data as it was. */
export async function importAll(rawDir: string): Promise<OutputFile[]> {
  const read = (file: string): Promise<Map<string, Sheet>> => readWorkbook(path.join(rawDir, file), file);
  const oewsRows = [];
  for (const year of oewsYears) oewsRows.push(readOewsYear(await read(oewsInputFile(year)), year));
  const oews = importOews(oewsRows);
  const projections = importProjections(await read(projectionsInputFile));
  const onetWorkbooks = {} as Record<OnetInput, Map<string, Sheet>>;
  for (const input of Object.keys(onetInputs) as OnetInput[]) onetWorkbooks[input] = await read(onetInputFile(input));
  const profiles = importOnet(onetSheetsOf(onetWorkbooks));
  const asheWorkbooks = {} as Parameters<typeof importAshe>[0];
  for (const pay of Object.keys(asheTables) as AshePay[]) {
    asheWorkbooks[pay] = { estimates: await read(`${asheFolder}/${asheTables[pay].estimates}`), cvs: await read(`${asheFolder}/${asheTables[pay].cvs}`) };
  }
  const ashe = importAshe(asheWorkbooks);
  const soc2020 = importSoc2020(await read(soc2020InputFile));
  return [
    { path: 'README.md', text: dataReadme({ oews, projections, profiles, ashe, soc2020 }) },
    { path: oewsOutputFile, text: toJsonText(oews) },
    { path: projectionsOutputFile, text: toJsonText(projections) },
    ...profiles.map((profile) => ({ path: `onet/${profile.code}.json`, text: toJsonText(profile) })),
    { path: asheOutputFile, text: toJsonText(ashe) },
    { path: soc2020OutputFile, text: toJsonText(soc2020) },
  ];
}
