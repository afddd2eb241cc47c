import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttendanceState, newAttendance } from '../../../../src/core/attendance/AttendanceState.ts';
import { buildRequestPayload, type RequestContext } from '../../../../src/core/attendance/buildRequestPayload.ts';
import { checkIdentity, normaliseLast4 } from '../../../../src/core/attendance/checkIdentity.ts';
import { checkPayment } from '../../../../src/core/attendance/checkPayment.ts';
import { checkRequest } from '../../../../src/core/attendance/checkRequest.ts';
import { localReference } from '../../../../src/core/attendance/localReference.ts';
import { spotDay } from '../../../../src/core/attendance/spotDay.ts';
import { seedServiceAndForm } from './seedCatalog.ts';

const { service, form } = seedServiceAndForm('carta-revalidacao');
const REQUEST_ID = '3f0c2a9e-5b7d-4c1e-8a6f-0d9e8c7b6a54';

function readyAttendance(): AttendanceState {
  return {
    ...newAttendance('att-1', Date.UTC(2026, 11, 4, 10), 'a'.repeat(43)),
    priority: 'senior',
    service,
    form,
    brought: { 'cartao-cidadao': true, 'carta-conducao': false },
    answers: {
      'full-name': 'Maria Canário',
      nif: '123456789',
      'birth-date': '1954-06-01',
      'licence-number': 'L-1234567',
      'medical-certificate': true,
      address: 'Rua do Castelo, 3',
      'postal-code': '5370-288',
      locality: 'Mirandela',
    },
    identity: { document: 'citizen-card', last4: '4ZX9' },
    payment: { method: 'cash' },
    consent: true,
  };
}

const context = (attachments: RequestContext['attachments'] = new Map()): RequestContext => ({
  requestId: REQUEST_ID,
  deviceId: 'device-1',
  spotId: 'carrinha-teste',
  mediatorId: 'mediator-1',
  attachments,
  now: Date.UTC(2026, 11, 4, 11),
  day: '2026-12-04',
});

describe('a completed attendance as the request it makes', () => {
  it('carries the answers, identity, the fee at the age on the day, and passes the shared check', () => {
    const built = buildRequestPayload(readyAttendance(), context());
    if (!built.ok) throw new Error(built.reason);
    const { payload } = built;
    expect(payload).toMatchObject({
      requestId: REQUEST_ID,
      localRef: localReference(REQUEST_ID),
      serviceId: 'carta-revalidacao',
      form: { id: form.id, version: form.version },
      identity: { document: 'citizen-card', last4: '4ZX9' },
      fee: { amountCents: 1500, age: 72 },
      payment: { method: 'cash' },
      brought: ['cartao-cidadao'],
      day: '2026-12-04',
    });
    expect(checkRequest(payload, service, form)).toEqual([]);
  });

  it('is not ready without identity, with an unknown fee, or without consent', () => {
    const state = readyAttendance();
    expect(buildRequestPayload({ ...state, identity: { document: 'passport' } }, context())).toEqual({
      ok: false,
      reason: 'no-identity',
    });
    const noAge = { ...state, answers: { ...state.answers, 'birth-date': '' } };
    expect(buildRequestPayload(noAge, context())).toEqual({ ok: false, reason: 'fee-unknown' });
    expect(buildRequestPayload({ ...state, consent: false }, context())).toEqual({ ok: false, reason: 'no-consent' });
  });

  it('sends only the attachments its answers name', () => {
    const ready = readyAttendance();
    const state = {
      ...ready,
      answers: { ...ready.answers, 'group-two': true, 'psychological-certificate': ['att-a'] },
    };
    const refs = new Map([
      ['att-a', { id: 'att-a', fieldId: 'psychological-certificate', type: 'image/webp', bytes: 10, digest: 'x' }],
      ['att-old', { id: 'att-old', fieldId: 'psychological-certificate', type: 'image/webp', bytes: 9, digest: 'y' }],
    ]);
    const built = buildRequestPayload(state, context(refs));
    expect(built.ok && built.payload.attachments.map((a) => a.id)).toEqual(['att-a']);
  });

  it('is refused by the shared check when the form is not the service’s, or the fee was tampered with', () => {
    const built = buildRequestPayload(readyAttendance(), context());
    if (!built.ok) throw new Error(built.reason);
    const { form: otherForm } = seedServiceAndForm('registo-criminal');
    expect(checkRequest({ ...built.payload, form: { id: otherForm.id, version: 1 } }, service, otherForm)).toEqual([
      { code: 'form-mismatch' },
    ]);
    const cheaper = { ...built.payload, fee: { ...built.payload.fee, amountCents: 1000 } };
    expect(checkRequest(cheaper, service, form)).toEqual([{ code: 'fee-mismatch' }]);
    const younger = { ...built.payload, fee: { ...built.payload.fee, age: 60 } };
    expect(checkRequest(younger, service, form)).toEqual([{ code: 'fee-mismatch' }]);
  });
});

describe('the receipt’s local reference', () => {
  it('is 8 characters of Crockford base 32 in two groups, the same for the same request, taken from its random bits', () => {
    fc.assert(
      fc.property(fc.uuid({ version: 4 }), (id) => {
        const ref = localReference(id);
        expect(ref).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(localReference(id)).toBe(ref);
      }),
    );
    expect(localReference('00000000-0000-4000-8000-000000000000')).toBe('0000-0000');
    expect(localReference('ffffffff-ff00-4000-8000-000000000000')).toBe('ZZZZ-ZZZZ');
    expect(() => localReference('not-a-uuid')).toThrow(TypeError);
  });
});

describe('identity and payment records', () => {
  it('keep a document kind and exactly 4 letters or digits, never more', () => {
    expect(checkIdentity({ document: 'citizen-card', last4: normaliseLast4(' 4zx-9 ') })).toBeNull();
    expect(checkIdentity(null)).toBe('identity-missing');
    expect(checkIdentity({ last4: '1234' })).toBe('identity-missing');
    expect(checkIdentity({ document: 'citizen-card', last4: '12345' })).toBe('identity-last4');
    expect(checkIdentity({ document: 'pin' as never, last4: '1234' })).toBe('identity-document');
  });

  it('record a payment exactly when something is paid, and a Multibanco reference of 5 + 9 digits', () => {
    expect(checkPayment(null, 0)).toBeNull();
    expect(checkPayment({ method: 'cash' }, 0)).toBe('payment-not-due');
    expect(checkPayment(null, 1500)).toBe('payment-missing');
    expect(checkPayment({ method: 'card-terminal' }, 1500)).toBeNull();
    expect(checkPayment({ method: 'multibanco-reference', entity: '21312', reference: '123456789' }, 1500)).toBeNull();
    expect(checkPayment({ method: 'multibanco-reference', entity: '2131', reference: '123456789' }, 1500)).toBe(
      'multibanco-reference',
    );
  });
});

describe('the day at the spot', () => {
  it('is Lisbon’s calendar day, whatever the device’s zone: 23:30 UTC in summer is already the next day', () => {
    expect(spotDay(Date.UTC(2026, 6, 1, 23, 30))).toBe('2026-07-02');
    expect(spotDay(Date.UTC(2026, 11, 31, 23, 30))).toBe('2026-12-31');
  });
});
