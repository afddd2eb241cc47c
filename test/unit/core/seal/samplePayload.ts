import { localReference } from '../../../../src/core/attendance/localReference.ts';
import type { RequestPayload } from '../../../../src/core/attendance/RequestPayload.ts';
import { cents } from '../../../../src/core/fees/cents.ts';

/** A completed request of shape v1, as the app seals one: a paid driving-licence revalidation. */
export function samplePayload(overrides: Partial<RequestPayload> = {}): RequestPayload {
  const requestId = overrides.requestId ?? '3f2b8c1e-7d4a-4e5b-9c6d-1a2b3c4d5e6f';
  return {
    v: 1,
    requestId,
    localRef: localReference(requestId),
    deviceId: '8a7f6e5d-4c3b-4a29-8817-263544536271',
    spotId: 'ecm-castelo-branco',
    mediatorId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
    serviceId: 'carta-revalidacao',
    form: { id: 'carta-revalidacao', version: 2 },
    priority: 'senior',
    answers: { name: 'Maria Canário', nif: '123456789', 'birth-date': '1950-03-04', photo: ['att-1'] },
    identity: { document: 'citizen-card', last4: '4ZY0' },
    fee: {
      amountCents: 1500,
      variant: 'standard',
      exemptionId: null,
      age: 76,
      split: [
        { entityId: 'imt', amountCents: cents(1350) },
        { entityId: 'arte', amountCents: cents(53) },
        { entityId: 'autarquia', amountCents: cents(97) },
      ],
    },
    payment: { method: 'multibanco-reference', entity: '21312', reference: '123456789' },
    brought: ['cartao-cidadao', 'carta-conducao'],
    replaces: null,
    attachments: [{ id: 'att-1', fieldId: 'photo', type: 'image/jpeg', bytes: 84_213, digest: 'A'.repeat(43) }],
    contentKey: 'k'.repeat(43),
    consentAt: 1_790_000_000_000,
    startedAt: 1_789_999_400_000,
    completedAt: 1_790_000_010_000,
    day: '2026-09-21',
    ...overrides,
  };
}
