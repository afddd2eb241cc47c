/** The DOM ids around a field, shared by every control so the error summary and screen readers find them. */
export function fieldDescription(
  id: string,
  parts: { hint: boolean; error: boolean; extra?: readonly string[] },
): { hintId: string; errorId: string; describedBy: string | undefined } {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids = [parts.hint ? hintId : null, parts.error ? errorId : null, ...(parts.extra ?? [])].filter(
    (part) => part !== null,
  );
  return { hintId, errorId, describedBy: ids.length === 0 ? undefined : ids.join(' ') };
}
