/** Stored item ids are derived, "<version>:<key>", so the hot autosave path needs no lookup to find one. */
export function questionnaireItemId(version: string, key: string): string {
  return `${version}:${key}`;
}
