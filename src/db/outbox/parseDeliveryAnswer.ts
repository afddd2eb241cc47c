// The hub's answer to a batch, checked before anything is believed (issue 5, "Bad input"): a captive
// portal's page, a proxy's error, a body cut short or garbled JSON is no answer at all. Each result is
// checked on its own, so one malformed result costs its request a retry, not the batch its deliveries.
import * as v from 'valibot';
import type { Text } from '../../core/catalog/textSchema.ts';
import { TextSchema } from '../../core/catalog/textSchema.ts';
import { NONCE_PATTERN } from '../../core/deviceAuth/signedCall.ts';

/** One request's result, as the device acts on it. */
export type AnswerResult =
  | { status: 'received'; receipt: string }
  | { status: 'rejected'; code: string; reason: Text | null }
  | { status: 'retry'; code: string; retryAfterSeconds: number | null };

const Id = v.pipe(v.string(), v.nonEmpty());
const Code = v.pipe(v.string(), v.nonEmpty());
const Envelope = v.object({
  v: v.literal(1),
  results: v.array(v.unknown()),
  // A nonce that could not be sent as one is no nonce: the next call fetches its own.
  nextNonce: v.fallback(v.nullable(v.pipe(v.string(), v.regex(NONCE_PATTERN))), null),
});
const Result = v.variant('status', [
  v.object({ id: Id, status: v.literal('received'), receipt: v.string() }),
  // A refusal stands even when its words are unreadable: the code alone says it is permanent.
  v.object({ id: Id, status: v.literal('rejected'), code: Code, reason: v.fallback(v.nullable(TextSchema), null) }),
  v.object({
    id: Id,
    status: v.literal('retry'),
    code: Code,
    retryAfterSeconds: v.fallback(v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))), null),
  }),
]);

/**
 * The results by request id and the nonce for the next call, or why the body is not a DeliveryAnswer. A
 * result for an id the batch did not hold is the caller's to ignore; of two results for one id, the
 * first counts.
 */
export function parseDeliveryAnswer(
  contentType: string | null,
  body: string,
): { ok: true; results: Map<string, AnswerResult>; nextNonce: string | null } | { ok: false; why: string } {
  if (!(contentType ?? '').toLowerCase().includes('application/json')) {
    return { ok: false, why: `the answer is ${contentType || 'untyped'}, not JSON` };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, why: 'the answer is not JSON' };
  }
  const envelope = v.safeParse(Envelope, json);
  if (!envelope.success)
    return { ok: false, why: `the answer is not a delivery answer: ${envelope.issues[0].message}` };
  const results = new Map<string, AnswerResult>();
  for (const item of envelope.output.results) {
    const parsed = v.safeParse(Result, item);
    if (!parsed.success || results.has(parsed.output.id)) continue;
    const { id, ...result } = parsed.output;
    results.set(
      id,
      result.status === 'retry' ? { ...result, retryAfterSeconds: result.retryAfterSeconds ?? null } : result,
    );
  }
  return { ok: true, results, nextNonce: envelope.output.nextNonce };
}
