import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../../server/catalog/importCatalog.ts';
import { openHubKeyring } from '../../../server/keys/openHubKeyring.ts';
import { rotateHubKey } from '../../../server/keys/rotateHubKey.ts';
import { checkSealedRequest } from '../../../server/requests/checkSealedRequest.ts';
import type { HubStore } from '../../../server/store/HubStore.ts';
import { checkRequest } from '../../../src/core/attendance/checkRequest.ts';
import { localReference } from '../../../src/core/attendance/localReference.ts';
import type { RequestPayload } from '../../../src/core/attendance/RequestPayload.ts';
import { requestFee } from '../../../src/core/attendance/requestFee.ts';
import type { CatalogInput, Form, Service } from '../../../src/core/catalog/catalogSchema.ts';
import { sealPayload } from '../../../src/core/seal/sealPayload.ts';
import { REQUEST_BINDING, sealRequest } from '../../../src/core/seal/sealRequest.ts';
import { openTestStore } from '../openTestStore.ts';
import { tempDir } from '../tempDir.ts';
import { testKeyring } from '../testKeyring.ts';
import { requestFixture, seedWithFixture } from './requestCatalog.ts';

const DEVICE = '8a7f6e5d-4c3b-4a29-8817-263544536271';
const OTHER_ID = '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b';

async function importOrThrow(store: HubStore, catalog: CatalogInput, source: string): Promise<void> {
  const result = await importCatalog(store, JSON.stringify(catalog), source);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
}

async function hub() {
  const { store, dataDir } = openTestStore();
  const keyring = await testKeyring(dataDir);
  const [hubKey] = await keyring.publicKeys();
  if (!hubKey) throw new Error('the keyring has no key');
  await importOrThrow(store, seedWithFixture(), 'seed');
  const service = async (id: string) => (await store.service(id)) ?? fail(`no service ${id}`);
  const form = async (id: string, version: number) => (await store.formVersion(id, version)) ?? fail(`no form ${id}`);
  return { store, dataDir, keyring, hubKey, service, form, parts: { keyring, catalog: store, deviceId: DEVICE } };
}

function fail(message: string): never {
  throw new Error(message);
}

/** A request the app completes for the fixture's licence revalidation (form version 1): a 45-year-old, by post. */
function licenceRequest(service: Service, form: Form, overrides: Partial<RequestPayload> = {}): RequestPayload {
  const requestId = '3f2b8c1e-7d4a-4e5b-9c6d-1a2b3c4d5e6f';
  const fee = requestFee(service, { variant: null, exemptionId: null, age: 45 }).fee ?? fail('no fee');
  return {
    v: 1,
    requestId,
    localRef: localReference(requestId),
    deviceId: DEVICE,
    spotId: 'ecm-castelo-branco',
    mediatorId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
    serviceId: service.id,
    form: { id: form.id, version: form.version },
    priority: null,
    answers: {
      name: 'Maria Canário',
      nif: '123456789',
      'cc-number': '00000000 0 ZZ4',
      categories: 2,
      'medical-exam': false,
      'contact-by': 'post',
      'postal-code': '6000-123',
    },
    identity: { document: 'citizen-card', last4: '0ZZ4' },
    fee,
    payment: { method: 'card-terminal' },
    brought: ['cartao-cidadao'],
    replaces: null,
    attachments: [],
    contentKey: 'k'.repeat(43),
    consentAt: 1_790_000_000_000,
    startedAt: 1_789_999_400_000,
    completedAt: 1_790_000_010_000,
    day: '2026-09-21',
    ...overrides,
  };
}

/** The seed and fixture as a coordinator's next import: `change` edits the fixture's part. */
function nextCatalog(change: (fixture: ReturnType<typeof requestFixture>) => void): CatalogInput {
  const catalog = seedWithFixture();
  const fixture = requestFixture();
  change(fixture);
  const fixtureIds = new Set(requestFixture().services.map((s) => s.id));
  const fixtureForms = new Set(requestFixture().forms.map((f) => f.id));
  return {
    ...catalog,
    services: [...catalog.services.filter((s) => !fixtureIds.has(s.id)), ...fixture.services],
    forms: [...(catalog.forms ?? []).filter((f) => !fixtureForms.has(f.id)), ...fixture.forms],
  };
}

describe('checkSealedRequest', () => {
  it('accepts a request the app accepts, and gives back its payload', async () => {
    const h = await hub();
    const payload = licenceRequest(await h.service('ensaio-carta'), await h.form('ensaio-carta', 1));
    expect(checkRequest(payload, await h.service('ensaio-carta'), await h.form('ensaio-carta', 1))).toEqual([]);
    expect(await checkSealedRequest(await sealRequest(payload, h.hubKey), h.parts)).toEqual({ ok: true, payload });
  });

  it('refuses a request whose header names another request id or device, or that another device posts', async () => {
    const h = await hub();
    const payload = licenceRequest(await h.service('ensaio-carta'), await h.form('ensaio-carta', 1));
    const header = (requestId: string, deviceId: string) => ({
      [REQUEST_BINDING.requestId]: requestId,
      [REQUEST_BINDING.deviceId]: deviceId,
    });
    for (const sealed of [
      await sealPayload(payload, h.hubKey, header(OTHER_ID, DEVICE)),
      await sealPayload(payload, h.hubKey, header(payload.requestId, OTHER_ID)),
    ]) {
      expect(await checkSealedRequest(sealed, h.parts)).toMatchObject({ ok: false, code: 'binding-mismatch' });
    }
    const sealed = await sealRequest(payload, h.hubKey);
    expect(await checkSealedRequest(sealed, { ...h.parts, deviceId: OTHER_ID })).toMatchObject({
      ok: false,
      code: 'binding-mismatch',
    });
  });

  it('refuses a changed byte as tampered, an unknown kid, and what is not a seal', async () => {
    const h = await hub();
    const sealed = await sealRequest(
      licenceRequest(await h.service('ensaio-carta'), await h.form('ensaio-carta', 1)),
      h.hubKey,
    );
    const parts = sealed.split('.');
    const tag = parts[4] ?? '';
    parts[4] = `${tag[0] === 'A' ? 'B' : 'A'}${tag.slice(1)}`;
    expect(await checkSealedRequest(parts.join('.'), h.parts)).toMatchObject({ ok: false, code: 'seal-tampered' });

    const stranger = await openHubKeyring(join(tempDir(), 'keys'));
    const [strangerKey] = await stranger.publicKeys();
    if (!strangerKey) throw new Error('no key');
    const payload = licenceRequest(await h.service('ensaio-carta'), await h.form('ensaio-carta', 1));
    expect(await checkSealedRequest(await sealRequest(payload, strangerKey), h.parts)).toMatchObject({
      ok: false,
      code: 'seal-unknown-key',
    });
    for (const notSealed of [undefined, 42, { sealed }, 'hello']) {
      expect(await checkSealedRequest(notSealed, h.parts)).toMatchObject({ ok: false, code: 'seal-malformed' });
    }
  });

  it('opens a request sealed to the previous key after the key was rotated', async () => {
    const h = await hub();
    const payload = licenceRequest(await h.service('ensaio-carta'), await h.form('ensaio-carta', 1));
    const sealed = await sealRequest(payload, h.hubKey);
    await rotateHubKey(join(h.dataDir, 'keys'));
    expect(await checkSealedRequest(sealed, h.parts)).toEqual({ ok: true, payload });
  });

  it('refuses a payload not of shape v1, naming where', async () => {
    const h = await hub();
    const payload = licenceRequest(await h.service('ensaio-carta'), await h.form('ensaio-carta', 1));
    const sealed = await sealRequest({ ...payload, fee: { ...payload.fee, amountCents: '30,00' } } as never, h.hubKey);
    expect(await checkSealedRequest(sealed, h.parts)).toMatchObject({
      ok: false,
      code: 'payload-shape',
      paths: ['fee.amountCents'],
    });
  });

  it('refuses a request naming a form version or a service the hub never had', async () => {
    const h = await hub();
    const service = await h.service('ensaio-carta');
    const form = await h.form('ensaio-carta', 1);
    const future = licenceRequest(service, form, { form: { id: 'ensaio-carta', version: 9 } });
    expect(await checkSealedRequest(await sealRequest(future, h.hubKey), h.parts)).toEqual({
      ok: false,
      code: 'unknown-form',
    });
    const unknown = licenceRequest(service, form, { serviceId: 'servico-que-nao-ha' });
    expect(await checkSealedRequest(await sealRequest(unknown, h.hubKey), h.parts)).toEqual({
      ok: false,
      code: 'unknown-service',
    });
  });

  it('judges a request by the form version it names after a later import removed that version', async () => {
    const h = await hub();
    const service = await h.service('ensaio-carta');
    const v1 = await h.form('ensaio-carta', 1);
    const good = licenceRequest(service, v1);
    // Version 2 asks for the birth date: under it, this request would be refused.
    expect(
      checkRequest({ ...good, form: { id: 'ensaio-carta', version: 2 } }, service, await h.form('ensaio-carta', 2)),
    ).not.toEqual([]);
    const bad = licenceRequest(service, v1, { answers: { ...good.answers, nif: '123456780' } });
    const [goodSealed, badSealed] = [await sealRequest(good, h.hubKey), await sealRequest(bad, h.hubKey)];

    await importOrThrow(
      h.store,
      nextCatalog((fixture) => {
        fixture.forms = fixture.forms.filter((f) => !(f.id === 'ensaio-carta' && f.version === 1));
      }),
      'without-v1.json',
    );
    expect((await h.store.deltaSince(1)).deletions.forms).toEqual(['ensaio-carta@1']);

    expect(await checkSealedRequest(goodSealed, h.parts)).toEqual({ ok: true, payload: good });
    expect(await checkSealedRequest(badSealed, h.parts)).toEqual({
      ok: false,
      code: 'request-invalid',
      problems: checkRequest(bad, service, v1),
    });
  });

  it('judges a request for a service a later import removed by the last service the hub had', async () => {
    const h = await hub();
    const service = await h.service('ensaio-carta');
    const payload = licenceRequest(service, await h.form('ensaio-carta', 1));
    const sealed = await sealRequest(payload, h.hubKey);
    await importOrThrow(
      h.store,
      nextCatalog((fixture) => {
        fixture.services = fixture.services.filter((s) => s.id !== 'ensaio-carta');
        fixture.forms = fixture.forms.filter((f) => f.id !== 'ensaio-carta');
      }),
      'without-licence.json',
    );
    expect((await h.store.deltaSince(1)).deletions.services).toEqual(['ensaio-carta']);
    expect(await h.store.service('ensaio-carta')).toEqual(service);
    expect(await checkSealedRequest(sealed, h.parts)).toEqual({ ok: true, payload });
  });

  it('refuses as an unknown fee, as the app would, an exemption the service no longer lists', async () => {
    const h = await hub();
    const service = await h.service('ensaio-carta');
    const form = await h.form('ensaio-carta', 1);
    const waived = requestFee(service, { variant: null, exemptionId: 'calamidade', age: 45 }).fee ?? fail('no fee');
    const payload = licenceRequest(service, form, { fee: waived, payment: null });
    expect(checkRequest(payload, service, form)).toEqual([]);
    const sealed = await sealRequest(payload, h.hubKey);
    await importOrThrow(
      h.store,
      nextCatalog((fixture) => {
        const licence = fixture.services.find((s) => s.id === 'ensaio-carta');
        if (licence) licence.exemptions = [];
      }),
      'no-exemption.json',
    );
    expect(await checkSealedRequest(sealed, h.parts)).toEqual({
      ok: false,
      code: 'request-invalid',
      problems: [{ code: 'fee-unknown' }],
    });
  });
});
