/**
 * Every group share card the build renders, from one place: role families today; other collections
 * (occupation groups) add theirs here, so /og/groups/<id>.png has a file for every card a page declares.
 */
import { getRolePages } from '../content.ts';
import { roleFamilyCardGroups, type ShareCardGroup } from './og-card.ts';

export async function getShareCardGroups(): Promise<ShareCardGroup[]> {
  const groups = [...roleFamilyCardGroups(await getRolePages()).values()];
  const ids = new Set<string>();
  for (const group of groups) {
    if (ids.has(group.id)) throw new Error(`Two share card groups have the id "${group.id}"`);
    ids.add(group.id);
  }
  return groups;
}
