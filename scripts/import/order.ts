/** Compares by UTF-16 code units; unlike localeCompare it gives the same order on every machine and Node build. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareBooleansTrueFirst(a: boolean, b: boolean): number {
  return Number(b) - Number(a);
}
