/**
 * Whether an If-None-Match header names `etag`. The comparison is weak (RFC 9110 §13.1.2): a `W/`
 * prefix a proxy may have added does not matter, and `*` matches any current answer.
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
