// The one sender of the outbox (issue 5, items 1, 2 and 5; DESIGN.md "Triggers for sending"): every
// trigger, in the service worker or in a window, calls this under one lock. It leases a batch, posts it,
// and settles each request by its own result while the next batch goes, until nothing is due or the
// link fails. One bad request never holds the others: outcomes are per request, and a batch the hub
// refuses whole is split until the refusal has one request to belong to. On a thin link the time goes
// to round trips between uploads (bench `drain-1000-3g`): each answer carries the nonce of the next
// batch, and a batch's settling overlaps the next one's upload.
import type { DrainTrigger, OutboxEvent } from '../../core/sync/drainMessages.ts';
import { ReceiptInvalid, verifyReceipt } from '../../core/sync/receipt.ts';
import { deviceIdentity } from '../device/deviceIdentity.ts';
import type { KnownDevice } from '../device/deviceRecord.ts';
import { DeviceRevoked } from '../device/signedFetch.ts';
import type { OutboxRecord } from '../requests/outboxRecord.ts';
import { batchJson } from './deliveryBatch.ts';
import type { DrainWorld } from './drainWorld.ts';
import { dueSummary, MAX_LEASE_MS } from './dueRequests.ts';
import { extendLease, leaseBatch, leaseMs, releaseOrphanLeases } from './leaseBatch.ts';
import { type LinkBudget, sharedLinkBudget } from './linkBudget.ts';
import type { AnswerResult } from './parseDeliveryAnswer.ts';
import { type CarriedNonce, postBatch } from './postBatch.ts';
import { RETRY_AFTER_CAP_MS } from './retryDelay.ts';
import { SettleLater } from './SettleLater.ts';
import { type Settlement, settleRequests } from './settleRequests.ts';

/** The Web Lock every sender takes, so one drains at a time across tabs and the service worker. */
export const DRAIN_LOCK = 'balcao-outbox-drain';

export type DrainFinish = Extract<OutboxEvent, { type: 'drain-finished' }>['outcome'];

/** What a drain did, for its trigger (a Background Sync is rescheduled when the link failed). */
export interface DrainOutcome {
  /**
   * `done`: nothing due is left; `offline`: the link failed (or the platform knows it is down);
   * `hub-error`: the hub, or something in its place, answered with no results; `revoked`: the device
   * was wiped, or has no identity; `busy`: another sender holds the lock.
   */
  outcome: DrainFinish;
  delivered: number;
  attention: number;
  retry: number;
  /** Requests the hub was sent and their sealed bytes, in this drain. */
  sentRequests: number;
  sentBytes: number;
  /**
   * Batches offered to the hub (a POST each, after a nonce's round trip unless the answer before carried
   * one) and their bytes for the wire (gzip).
   */
  calls: number;
  wireBytes: number;
  lastContactAt: number | null;
}

type Verdict = 'ok' | 'offline' | 'hub-error' | 'revoked';

interface Run {
  world: DrainWorld;
  budget: LinkBudget;
  device: KnownDevice;
  outcome: DrainOutcome;
  /** The nonce the hub's last answer gave for the next call: this drain's only, never kept. */
  carried: CarriedNonce;
  /** The settling of the last batch's answer, started once the next batch is leased. */
  later: SettleLater;
}

/** Sends what is due; answers how it went. Reports drain-started, drain-progress and drain-finished. */
export async function drain(world: DrainWorld, trigger?: DrainTrigger): Promise<DrainOutcome> {
  const held = await world.lock(DRAIN_LOCK, () => drainHeld(world, trigger));
  if (held !== 'busy') return held;
  const outcome = { ...emptyOutcome('busy'), lastContactAt: await world.lastContact.get() };
  world.report({ type: 'drain-finished', at: world.now(), outcome: 'busy', lastContactAt: outcome.lastContactAt });
  return outcome;
}

async function drainHeld(world: DrainWorld, trigger: DrainTrigger | undefined): Promise<DrainOutcome> {
  const outcome = emptyOutcome('done');
  const later = new SettleLater();
  const finish = async (how: DrainFinish, afterError = false): Promise<DrainOutcome> => {
    if (how === 'revoked') later.drop();
    else later.start();
    const failed = await later.finished();
    // A settling that failed is the drain's failure, unless the drain already failed, or the device is wiped.
    if (failed !== null && how !== 'revoked' && !afterError) throw failed;
    outcome.outcome = how;
    // After a wipe, idb-keyval's store is empty: the device has no contact to show.
    outcome.lastContactAt = await world.lastContact.get().catch(() => null);
    world.report({ type: 'drain-finished', at: world.now(), outcome: how, lastContactAt: outcome.lastContactAt });
    return outcome;
  };
  // A sender killed mid-send (the lid shut, Chromium killed) left its rows leased: no one else holds them.
  if (world.soleSender) {
    const freed = await releaseOrphanLeases(world.db, world.now());
    if (freed > 0) world.log?.(`${freed} request(s) a stopped sender left half-sent go again now`);
  }
  const total = await dueSummary(world.db, world.now());
  world.report({ type: 'drain-started', at: world.now(), ...total });
  if (total.requests === 0) return finish('done');
  if (world.online?.() === false) return finish('offline');

  const budget = world.budget ?? sharedLinkBudget;
  const sent = new Set<string>();
  const carried: CarriedNonce = { nonce: null };
  try {
    for (;;) {
      // Read each time: a profile refresh may have brought the hub's new receipt key.
      const device = await deviceIdentity(world.db);
      // Keys gone with outbox rows left: a wipe that was interrupted, which the app finishes at its start.
      if (!device) return finish('revoked');
      const batch = await leaseBatch(world.db, { now: world.now(), budget, exclude: sent });
      if (batch.length === 0) return finish('done');
      // After the lease, so that the lease's transaction does not wait behind the settling's.
      const failed = await later.finished();
      if (failed !== null) throw failed;
      later.start();
      for (const row of batch) sent.add(row.id);
      const run: Run = { world, budget, device, outcome, carried, later };
      const ready = await attachmentsFirst(run, batch);
      if (ready === 'revoked') return finish('revoked');
      const verdict = ready.length > 0 ? await sendRows(run, ready, false) : 'ok';
      outcome.sentRequests += batch.length;
      outcome.sentBytes += batch.reduce((sum, row) => sum + row.sealedBytes, 0);
      world.report({
        type: 'drain-progress',
        sentRequests: outcome.sentRequests,
        sentBytes: outcome.sentBytes,
        requests: Math.max(total.requests, outcome.sentRequests),
        bytes: Math.max(total.bytes, outcome.sentBytes),
      });
      if (verdict !== 'ok') return finish(verdict);
      if (world.online?.() === false) return finish('offline');
    }
  } catch (error) {
    // Leased rows come back when their lease runs out; the trigger learns that this drain failed.
    world.log?.(`the outbox drain (${trigger ?? 'direct'}) failed: ${String(error)}`);
    await finish('hub-error', true).catch(() => undefined);
    throw error;
  }
}

/** Sends leased rows as one call and settles each; `again` for a part of a batch, whose lease is renewed. */
async function sendRows(run: Run, rows: readonly OutboxRecord[], again: boolean): Promise<Verdict> {
  const { world, budget, outcome } = run;
  const json = batchJson(rows);
  if (again) await extendLease(world.db, ids(rows), world.now() + leaseMs(budget, json.length));
  const call = await postBatch(world, run.device, json, budget, run.carried);
  if (call.kind === 'revoked') return 'revoked';
  outcome.calls += 1;
  outcome.wireBytes += call.wireBytes;

  switch (call.kind) {
    case 'answer': {
      await touchContact(run);
      if (budget.wasFast(call.elapsedMs, call.wireBytes)) budget.grow();
      const linkBack = budget.suspect;
      budget.suspect = false;
      const judged = judge(run, rows, call.results);
      // Not awaited: the receipts are checked and the rows written while the next batch goes. A part of
      // a split batch settles at once, before its other part is sent; so does the first answer after the
      // link failed, so that the next lease finds what waited on the link due again.
      judged.catch(() => undefined);
      const settleAll = async () => settle(run, await judged, linkBack);
      if (again || linkBack) await settleAll();
      else run.later.defer(settleAll);
      return 'ok';
    }
    case 'too-large':
      budget.shrink({ requests: rows.length, bytes: json.length });
      if (rows.length === 1) {
        world.log?.(`request ${rows[0]?.id} alone is over the hub's body limit`);
        await settle(
          run,
          rows.map((row) => ({ id: row.id, to: 'retry', code: 'too-large' })),
        );
        return 'ok';
      }
      return sendHalves(run, rows);
    case 'refused':
      if (call.fromHub) await touchContact(run);
      if (call.device || rows.length === 1) {
        world.log?.(`the hub refused ${rows.length} request(s): ${call.status} ${call.code}`);
        await settle(
          run,
          rows.map((row) => ({ id: row.id, to: 'attention', code: call.code, reason: null })),
        );
        // About the device, not these requests: the next batch would meet the same refusal.
        return call.device ? 'hub-error' : 'ok';
      }
      return sendHalves(run, rows);
    case 'retry':
      if (call.timedOut) budget.shrink({ requests: rows.length, bytes: json.length });
      if (call.link) budget.suspect = true;
      world.log?.(`${rows.length} request(s) not delivered, tried again later: ${call.why}`);
      await settle(
        run,
        rows.map((row) => ({ id: row.id, to: 'retry', code: call.code, retryAfterMs: call.retryAfterMs })),
      );
      return call.link ? 'offline' : 'hub-error';
  }
}

/**
 * The attachments of a leased batch's requests, uploaded before the requests go; answers the requests
 * ready to go. One whose upload must wait waits with backoff; one whose upload is refused goes to attention.
 */
async function attachmentsFirst(run: Run, rows: readonly OutboxRecord[]): Promise<OutboxRecord[] | 'revoked'> {
  const upload = run.world.uploadAttachments;
  if (!upload) return [...rows];
  const ready: OutboxRecord[] = [];
  const held: Settlement[] = [];
  for (const row of rows) {
    if (row.attachmentIds.length === 0) {
      ready.push(row);
      continue;
    }
    // Megabytes on a thin link can outlast a batch's lease.
    await extendLease(run.world.db, ids(rows), run.world.now() + MAX_LEASE_MS);
    let verdict: Awaited<ReturnType<typeof upload>>;
    try {
      verdict = await upload(row);
    } catch (error) {
      if (error instanceof DeviceRevoked) return 'revoked';
      throw error;
    }
    if (verdict === 'uploaded') ready.push(row);
    else if (verdict === 'retry') held.push({ id: row.id, to: 'retry', code: 'attachments-uploading' });
    else held.push({ id: row.id, to: 'attention', code: verdict.refused, reason: null });
  }
  if (held.length > 0) await settle(run, held);
  return ready;
}

/** A batch refused whole, in two calls: the refusal ends with the request it belongs to. */
async function sendHalves(run: Run, rows: readonly OutboxRecord[]): Promise<Verdict> {
  const middle = Math.ceil(rows.length / 2);
  const first = await sendRows(run, rows.slice(0, middle), true);
  if (first === 'ok') return sendRows(run, rows.slice(middle), true);
  if (first !== 'revoked')
    await settle(
      run,
      rows.slice(middle).map((row) => ({ id: row.id, to: 'queued' })),
    );
  return first;
}

/** Each request by its own result; a receipt counts only once its signature and content verify. */
async function judge(
  run: Run,
  rows: readonly OutboxRecord[],
  results: Map<string, AnswerResult>,
): Promise<Settlement[]> {
  const keys = run.device.receiptKeys;
  return Promise.all(
    rows.map(async (row): Promise<Settlement> => {
      const result = results.get(row.id);
      if (!result) return { id: row.id, to: 'retry', code: 'not-answered' };
      switch (result.status) {
        case 'received':
          try {
            // An imported request's receipt names the device that sealed it, not this one.
            const receipt = await verifyReceipt(result.receipt, keys, {
              requestId: row.id,
              digest: row.sealedDigest,
              deviceId: row.boundDeviceId ?? run.device.deviceId,
            });
            return {
              id: row.id,
              to: 'delivered',
              receipt: result.receipt,
              hubRef: receipt.hubRef,
              receivedAt: receipt.receivedAt,
            };
          } catch (error) {
            if (!(error instanceof ReceiptInvalid)) throw error;
            run.world.log?.(`request ${row.id} stays queued, its receipt was refused: ${error.message}`);
            return { id: row.id, to: 'retry', code: 'receipt-invalid' };
          }
        case 'rejected':
          return { id: row.id, to: 'attention', code: result.code, reason: result.reason };
        case 'retry':
          return {
            id: row.id,
            to: 'retry',
            code: result.code,
            retryAfterMs:
              result.retryAfterSeconds === null ? null : Math.min(result.retryAfterSeconds * 1_000, RETRY_AFTER_CAP_MS),
          };
      }
    }),
  );
}

async function settle(run: Run, settlements: readonly Settlement[], linkBack = false): Promise<void> {
  const counts = await settleRequests(run.world.db, settlements, {
    now: run.world.now(),
    random: run.world.random,
    linkBack,
  });
  run.outcome.delivered += counts.delivered;
  run.outcome.attention += counts.attention;
  run.outcome.retry += counts.retry;
}

async function touchContact(run: Run): Promise<void> {
  const at = run.world.now();
  await run.world.lastContact.set(at);
  run.outcome.lastContactAt = at;
}

function ids(rows: readonly OutboxRecord[]): string[] {
  return rows.map((row) => row.id);
}

function emptyOutcome(outcome: DrainFinish): DrainOutcome {
  return {
    outcome,
    delivered: 0,
    attention: 0,
    retry: 0,
    sentRequests: 0,
    sentBytes: 0,
    calls: 0,
    wireBytes: 0,
    lastContactAt: null,
  };
}
