import { createHash } from 'node:crypto';
import { DELIVERY_CODES, type DeliveryItem, type DeliveryResult } from '../../src/core/sync/deliveryProtocol.ts';
import { signReceipt } from '../../src/core/sync/receipt.ts';
import type { Device } from '../devices/Device.ts';
import type { HubKeyring } from '../keys/HubKeyring.ts';
import type { CatalogStore } from '../store/CatalogStore.ts';
import type { DeviceStore } from '../store/DeviceStore.ts';
import type { NewRequest, RequestStore, StoredRequest } from '../store/RequestStore.ts';
import type { AttachmentHolder } from './AttachmentHolder.ts';
import { checkSealedRequest } from './checkSealedRequest.ts';
import { INTAKE_CODES } from './INTAKE_CODES.ts';
import { missingAttachments } from './missingAttachments.ts';
import { type RefusalCode, refusalReason } from './refusalReason.ts';

export interface IntakeParts {
  store: RequestStore & Pick<CatalogStore, 'service' | 'formVersion'> & Pick<DeviceStore, 'device'>;
  keys: Pick<HubKeyring, 'privateKey' | 'receipts'>;
  attachments: AttachmentHolder;
  now: () => Date;
}

/** How a batch went, for the hub's log: counts only, never anything from inside a request. */
export interface IntakeTally {
  /** Stored by this batch. */
  stored: number;
  /** Stored before (a retry, a second tab, a post racing this one): answered with the same receipt. */
  again: number;
  rejected: Record<string, number>;
  retry: Record<string, number>;
}

type Outcome = { kind: 'answered'; result: DeliveryResult } | { kind: 'stored'; request: StoredRequest; now: boolean };

/**
 * The hub's intake of one batch from `device` (whose signed call brought it), a result per request in
 * the batch's order (DESIGN.md, "The hub's contract"). A request id is the idempotency key forever:
 * stored with one digest, it answers that digest with its one receipt and any other digest with
 * `request-conflict`, without opening anything. A new id is opened and judged by the app's own rules
 * (checkSealedRequest), waits for its attachments, and is stored (one transaction for the batch) with
 * the year's next hub reference; its receipt is signed after and kept once, so every retry of it,
 * whichever post gets there first, is answered with the same bytes.
 *
 * A request is bound to the device that sealed it, and stored under that device. Another device may
 * deliver it only when both are of one spot (an outbox exported from a laptop that broke and imported
 * on another, issue 5, item 7): the sealer must exist, revoked or not, and be of the poster's spot.
 * Either device then gets the one receipt, which names the sealer; a device of another spot gets
 * `binding-mismatch`.
 */
export async function receiveBatch(
  items: readonly DeliveryItem[],
  device: Pick<Device, 'id' | 'spotId'>,
  { store, keys, attachments, now }: IntakeParts,
): Promise<{ results: DeliveryResult[]; tally: IntakeTally }> {
  const known = new Map((await store.storedRequests(items.map((item) => item.id))).map((r) => [r.requestId, r]));
  const outcomes: Outcome[] = [];
  const toStore: { index: number; request: NewRequest }[] = [];
  const mayPostFor = sameSpotAs(device, store);

  // Each request is opened and judged on its own, all at once: opening is mostly the key agreement and
  // the decryption, which WebCrypto runs off the event loop, so a large batch costs the hub's cores,
  // not one after another. Nothing is written until every one is judged.
  const judged = await Promise.all(
    items.map(async (item): Promise<Outcome | NewRequest> => {
      const refuse = (code: RefusalCode, problems?: Parameters<typeof refusalReason>[1]): Outcome => ({
        kind: 'answered',
        result: rejected(item.id, code, problems),
      });
      if (digestOf(item.sealed) !== item.digest) return refuse(INTAKE_CODES.digestMismatch);
      const stored = known.get(item.id);
      if (stored) return { kind: 'stored', request: stored, now: false };
      const verdict = await checkSealedRequest(item.sealed, {
        keyring: keys,
        catalog: store,
        deviceId: device.id,
        mayPostFor,
      });
      if (!verdict.ok) return refuse(verdict.code, verdict.code === 'request-invalid' ? verdict.problems : undefined);
      const { payload } = verdict;
      // The seal binds the payload's id; the batch's id is the one the hub keys it by: they must be one.
      if (payload.requestId !== item.id) return refuse('binding-mismatch');
      // What the sealed request names is what counts (with the digest it gives); the batch's list too.
      // The poster uploaded them: a device that imported the request uploads its attachments itself.
      const named = [
        ...payload.attachments.map(({ id, digest }) => ({ id, digest })),
        ...item.attachmentIds.map((id) => ({ id })),
      ];
      if ((await missingAttachments(named, device.id, attachments)).length > 0) {
        return { kind: 'answered', result: { id: item.id, status: 'retry', code: DELIVERY_CODES.attachmentsMissing } };
      }
      return {
        requestId: item.id,
        // The device that sealed it, which the receipt names: the poster, or another device of its spot.
        deviceId: payload.deviceId,
        spotId: device.spotId,
        serviceId: payload.serviceId,
        formId: payload.form.id,
        formVersion: payload.form.version,
        digest: item.digest,
        sealed: item.sealed,
      };
    }),
  );
  for (const [index, verdict] of judged.entries()) {
    if ('kind' in verdict) outcomes[index] = verdict;
    else toStore.push({ index, request: verdict });
  }

  const written = await store.storeRequests(
    toStore.map(({ request }) => request),
    now(),
  );
  written.forEach(({ request, stored }, k) => {
    const index = toStore[k]?.index;
    if (index !== undefined) outcomes[index] = { kind: 'stored', request, now: stored };
  });

  const receipts = await receiptsOf(
    outcomes.flatMap((outcome, index) =>
      outcome.kind === 'stored' && boundTo(outcome.request, items[index], device) === 'same' ? [outcome.request] : [],
    ),
    keys,
    store,
  );

  const tally: IntakeTally = { stored: 0, again: 0, rejected: {}, retry: {} };
  const results = outcomes.map((outcome, index): DeliveryResult => {
    const item = items[index];
    if (item === undefined) throw new Error('an outcome without its request');
    const result = outcome.kind === 'answered' ? outcome.result : storedResult(outcome.request, item, device, receipts);
    if (result.status === 'received') tally[outcome.kind === 'stored' && outcome.now ? 'stored' : 'again'] += 1;
    else tally[result.status][result.code] = (tally[result.status][result.code] ?? 0) + 1;
    return result;
  });
  return { results, tally };
}

/** SHA-256 of the sealed string's UTF-8, base64url: the content a request id is bound to. */
function digestOf(sealed: string): string {
  return createHash('sha256').update(sealed, 'utf8').digest('base64url');
}

function rejected(id: string, code: RefusalCode, problems?: Parameters<typeof refusalReason>[1]): DeliveryResult {
  return { id, status: 'rejected', code, reason: refusalReason(code, problems) };
}

/**
 * Whether a posted request is the one stored under its id: the same content, from the device it is
 * bound to or another of its spot (the stored spot is the sealer's: the intake checked it).
 */
function boundTo(
  stored: StoredRequest,
  item: DeliveryItem | undefined,
  device: Pick<Device, 'id' | 'spotId'>,
): 'same' | 'conflict' | 'other-device' {
  if (item === undefined || stored.digest !== item.digest) return 'conflict';
  // The same sealed bytes posted by a device of another spot: they are bound to the device that sealed them.
  return stored.deviceId === device.id || stored.spotId === device.spotId ? 'same' : 'other-device';
}

/** Whether `device` may deliver what `sealedBy` sealed: a device the hub enrolled, revoked or not, of its spot. */
function sameSpotAs(
  device: Pick<Device, 'spotId'>,
  store: Pick<DeviceStore, 'device'>,
): (sealedBy: string) => Promise<boolean> {
  // A batch of one broken laptop's requests names that laptop many times: it is read once.
  const spots = new Map<string, Promise<string | undefined>>();
  return async (sealedBy) => {
    let spot = spots.get(sealedBy);
    if (spot === undefined) {
      spot = store.device(sealedBy).then((sealer) => sealer?.spotId);
      spots.set(sealedBy, spot);
    }
    return (await spot) === device.spotId;
  };
}

function storedResult(
  stored: StoredRequest,
  item: DeliveryItem,
  device: Pick<Device, 'id' | 'spotId'>,
  receipts: ReadonlyMap<string, string>,
): DeliveryResult {
  const bound = boundTo(stored, item, device);
  if (bound === 'conflict') return rejected(item.id, DELIVERY_CODES.conflict);
  if (bound === 'other-device') return rejected(item.id, 'binding-mismatch');
  const receipt = receipts.get(stored.requestId);
  if (receipt === undefined) throw new Error(`request ${stored.requestId} was stored without a receipt`);
  return { id: item.id, status: 'received', receipt };
}

/**
 * The receipt of each stored request: the one kept with it, or, for a request stored but not yet
 * receipted (just now, or by a post that failed between the two steps), one signed now with the
 * current receipt key and kept unless another post kept one first.
 */
async function receiptsOf(
  requests: readonly StoredRequest[],
  keys: Pick<HubKeyring, 'receipts'>,
  store: RequestStore,
): Promise<Map<string, string>> {
  const receipts = new Map<string, string>();
  const unsigned = new Map<string, StoredRequest>();
  for (const request of requests) {
    if (request.receipt !== null) receipts.set(request.requestId, request.receipt);
    else unsigned.set(request.requestId, request);
  }
  if (unsigned.size === 0) return receipts;
  const { kid, privateKey } = await keys.receipts.signingKey();
  const signed = await Promise.all(
    [...unsigned.values()].map(async (request) => ({
      requestId: request.requestId,
      receipt: await signReceipt(
        {
          requestId: request.requestId,
          digest: request.digest,
          deviceId: request.deviceId,
          hubRef: request.hubRef,
          receivedAt: request.receivedAt,
        },
        privateKey,
        kid,
      ),
    })),
  );
  for (const [requestId, receipt] of await store.keepReceipts(signed)) receipts.set(requestId, receipt);
  return receipts;
}
