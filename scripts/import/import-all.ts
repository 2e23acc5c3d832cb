import { ImportError } from './errors.ts';
import { toJsonText } from './json.ts';
import { importOews, oewsInputFile, oewsOutputFile } from './oews.ts';
import { importOnetProfile, onetIndexFile, readOnetIndex } from './onet.ts';
import { importProjections, projectionsInputFile, projectionsOutputFile } from './projections.ts';
import { importTitleMatches, titleMatchesInputFile, titleMatchesOutputFile } from './title-matches.ts';

/** One file to write: its path under the output directory ("/"-separated) and its exact text. */
export type OutputFile = { path: string; text: string };

/** Builds every output from the input directory's files; nothing is written, so a failure anywhere leaves content/data as it was. */
export function importAll(readInput: (relativePath: string) => string): OutputFile[] {
  const outputs: OutputFile[] = [
    { path: oewsOutputFile, text: toJsonText(importOews(readInput(oewsInputFile))) },
    { path: projectionsOutputFile, text: toJsonText(importProjections(readInput(projectionsInputFile))) },
    { path: titleMatchesOutputFile, text: toJsonText(importTitleMatches(readInput(titleMatchesInputFile))) },
  ];
  const index = readOnetIndex(readInput(onetIndexFile));
  for (const listing of index.profiles) {
    const profile = importOnetProfile(readInput(listing.inputFile), listing.inputFile);
    if (profile.code !== listing.code) {
      throw new ImportError(`${listing.inputFile}: onet_soc_code: expected ${listing.code} as listed in ${onetIndexFile}, got ${profile.code}`);
    }
    if (profile.sourceId !== index.sourceId) {
      throw new ImportError(`${listing.inputFile}: onet_version: expected the release in ${onetIndexFile} (${index.sourceId}), got ${profile.sourceId}`);
    }
    outputs.push({ path: listing.outputFile, text: toJsonText(profile) });
  }
  return outputs;
}
