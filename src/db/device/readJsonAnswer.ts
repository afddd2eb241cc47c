/**
 * A hub answer's JSON body, or undefined when there is none to read: not JSON (a captive portal's HTML),
 * truncated or garbled. Callers treat all of these as "no answer" and check the shape themselves.
 */
export async function readJsonAnswer(response: Response): Promise<unknown> {
  if (!(response.headers.get('content-type') ?? '').includes('application/json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
