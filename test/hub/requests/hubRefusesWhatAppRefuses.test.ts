// Issue 4: "the hub refuses exactly what the app refuses". The app judges a completed request with
// `checkRequest` before it seals it; the hub opens the seal and judges it again with the same function,
// against the service and form version from its own store. Here both run on the same requests, over
// the real seed catalog (with the fixture's services and forms added, and the seed's own forms when it
// has them) imported into a real SQLite store, and must say the very same thing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../../server/catalog/importCatalog.ts';
import { checkSealedRequest, type SealedRequestVerdict } from '../../../server/requests/checkSealedRequest.ts';
import { checkRequest, type RequestProblem } from '../../../src/core/attendance/checkRequest.ts';
import type { RequestPayload } from '../../../src/core/attendance/RequestPayload.ts';
import { formKey } from '../../../src/core/catalog/catalogTerms.ts';
import { formatProblem } from '../../../src/core/catalog/validateCatalog.ts';
import { sealRequest } from '../../../src/core/seal/sealRequest.ts';
import { openTestStore } from '../openTestStore.ts';
import { testKeyring } from '../testKeyring.ts';
import {
  HARMLESS,
  type Judged,
  judgedPairs,
  MUTATION_NAMES,
  mutated,
  requestCase,
  validRequest,
} from './requestArbitraries.ts';
import { requestFixture, seedWithFixture } from './requestCatalog.ts';

async function hubWithSeed() {
  const { store, dataDir } = openTestStore();
  const keyring = await testKeyring(dataDir);
  const [hubKey] = await keyring.publicKeys();
  if (!hubKey) throw new Error('the keyring has no key');
  const imported = await importCatalog(store, JSON.stringify(seedWithFixture()), 'seed');
  if (!imported.ok) throw new Error(imported.problems.map(formatProblem).join('\n'));
  // What a device downloads is what the app judges with: the same records the hub holds.
  const catalog = (await store.deltaSince(0)).upserts;
  return { store, keyring, hubKey, catalog, pairs: judgedPairs(catalog) };
}
type Hub = Awaited<ReturnType<typeof hubWithSeed>>;

/** The app's verdict on the payload it holds, and the hub's on the same payload sealed and sent as JSON. */
async function verdicts(hub: Hub, judged: Judged, payload: RequestPayload) {
  const app = checkRequest(payload, judged.service, judged.form);
  const body = JSON.stringify({
    requests: [{ id: payload.requestId, sealed: await sealRequest(payload, hub.hubKey) }],
  });
  const sealed: unknown = JSON.parse(body).requests[0].sealed;
  const verdict = await checkSealedRequest(sealed, {
    keyring: hub.keyring,
    catalog: hub.store,
    deviceId: payload.deviceId,
  });
  return { app, verdict };
}

function expectSameVerdict(app: RequestProblem[], verdict: SealedRequestVerdict, payload: RequestPayload): void {
  if (app.length === 0) expect(verdict).toEqual({ ok: true, payload });
  else expect(verdict).toEqual({ ok: false, code: 'request-invalid', problems: app });
}

/** Every problem code, and every answer error code as `answers:<code>`, the app gave. */
function codesOf(problems: RequestProblem[]): string[] {
  return problems.flatMap((p) =>
    p.code === 'answers' ? ['answers', ...p.errors.map((e) => `answers:${e.code}`)] : [p.code],
  );
}

describe('the hub refuses exactly what the app refuses', () => {
  it('agrees with the app on 300 requests, valid and mutated, over the seed catalog in SQLite', async () => {
    const hub = await hubWithSeed();
    // The seed's own forms (when it has them) are judged alongside the fixture's.
    const judgedForms = new Set(hub.pairs.map((p) => formKey(p.form)));
    for (const form of requestFixture().forms) expect(judgedForms).toContain(formKey(form));

    let accepted = 0;
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(requestCase(hub.pairs), async ({ judged, payload }) => {
        const { app, verdict } = await verdicts(hub, judged, payload);
        expectSameVerdict(app, verdict, payload);
        if (app.length === 0) accepted += 1;
        for (const code of codesOf(app)) codes.add(code);
      }),
      { numRuns: 300 },
    );
    // Not a vacuous agreement: many requests pass, many are refused, for many different reasons.
    expect(accepted).toBeGreaterThan(30);
    expect(accepted).toBeLessThan(270);
    expect([...codes]).toEqual(
      expect.arrayContaining(['answers', 'answers:required', 'identity-last4', 'fee-mismatch', 'consent-missing']),
    );
  });

  it('agrees on every kind of mistake, each tried on the fixture forms: each refuses, or changes nothing', async () => {
    const hub = await hubWithSeed();
    const fixture = new Set(requestFixture().forms.map((form) => form.id));
    const pairs = hub.pairs.filter((p) => fixture.has(p.form.id));
    const biting = new Map(MUTATION_NAMES.map((name) => [name, 0]));
    const codes = new Set<string>();
    let bases = 0;
    for (const judged of pairs) {
      for (const payload of fc.sample(validRequest(judged), { numRuns: 5, seed: 20_261_120 })) {
        const base = await verdicts(hub, judged, payload);
        expectSameVerdict(base.app, base.verdict, payload);
        if (base.app.length > 0) continue;
        bases += 1;
        const tried = new Set<string>();
        for (const name of MUTATION_NAMES) {
          for (const pick of [0, 1, 2, 3, 5, 7, 8, 15]) {
            const wrong = mutated(payload, [{ name, pick }], judged);
            // Many mutations do not depend on `pick`: each distinct request is judged once.
            const text = JSON.stringify(wrong);
            if (tried.has(text)) continue;
            tried.add(text);
            const { app, verdict } = await verdicts(hub, judged, wrong);
            expectSameVerdict(app, verdict, wrong);
            if (app.length > 0) biting.set(name, (biting.get(name) ?? 0) + 1);
            for (const code of codesOf(app)) codes.add(code);
          }
        }
      }
    }
    expect(bases).toBeGreaterThanOrEqual(10);
    for (const [name, count] of biting) {
      if (HARMLESS.includes(name)) expect(count, `${name} changed the app's verdict`).toBe(0);
      else expect(count, `${name} never made the app refuse`).toBeGreaterThan(0);
    }
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'answers:required',
        'answers:too-long',
        'answers:not-text',
        'answers:not-a-number',
        'answers:below-min',
        'answers:not-a-date',
        'answers:not-an-option',
        'answers:not-yes-no',
        'answers:nif-check-digit',
        'answers:nif-format',
        'answers:nif-prefix',
        'answers:niss-check-digit',
        'answers:niss-format',
        'answers:iban-check-digits',
        'answers:iban-format',
        'answers:postal-code-format',
        'answers:phone-format',
        'answers:email-format',
        'answers:document-number-check-digit',
        'answers:document-number-format',
        'answers:attachment-missing',
        'identity-last4',
        'fee-mismatch',
        'fee-unknown',
        'payment-missing',
        'payment-not-due',
        'multibanco-reference',
        'attachment-unlisted',
        'consent-missing',
      ]),
    );
  });
});
