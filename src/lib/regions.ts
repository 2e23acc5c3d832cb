const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "US" → "United States"; an area name is returned as written. */
export function regionName(region: string): string {
  if (!/^[A-Z]{2}$/.test(region)) return region;
  return regionNames.of(region) ?? region;
}
