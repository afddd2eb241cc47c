/** An attachment field's answer as a list of ids: the app writes a list; a single id (older drafts, the hub's JSON) counts as one. */
export function attachmentIds(answer: unknown): string[] {
  const ids = Array.isArray(answer) ? answer : answer === undefined || answer === null ? [] : [answer];
  return ids.filter((id): id is string => typeof id === 'string' && id !== '');
}
