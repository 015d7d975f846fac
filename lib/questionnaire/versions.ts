// Ordering questionnaire versions ("v10" after "v9"; the newest published one is the default). Pure.

/** "v12" → 12; anything else sorts last. */
export function versionNumber(version: string): number {
  const match = /^v(\d+)$/.exec(version);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

/**
 * The version a new assessment gets unless the facilitator picks another: the newest published one (latest
 * publishedAt, then highest number). Existing assessments keep the version they were created with.
 */
export function newestPublished<V extends { id: string; publishedAt: Date | string | null }>(versions: readonly V[]): V | undefined {
  return sortNewestPublishedFirst(versions)[0];
}

/** Versions ordered newest first: latest publishedAt, then highest number (so "v10" comes before "v9"). */
export function sortNewestPublishedFirst<V extends { id: string; publishedAt: Date | string | null }>(versions: readonly V[]): V[] {
  const time = (v: V) => (v.publishedAt ? new Date(v.publishedAt).getTime() : -Infinity);
  const number = (v: V) => {
    const n = versionNumber(v.id);
    return n === Number.MAX_SAFE_INTEGER ? -1 : n;
  };
  return [...versions].sort((a, b) => time(b) - time(a) || number(b) - number(a));
}
