// The baseline's side in the page: the same kind of sealed requests, each as the one signed POST a
// Workbox user's app would have queued (`/api/requests` with a batch of one, JSON as fetch sends it),
// handed to the Workbox queue in the bench's service worker. The hub wants a fresh nonce in every
// signature, which a real queue, filled while offline, could not have: the nonces are fetched here,
// before the replay is timed, and neither their round trips nor their bytes count for the baseline.
import {
  base64url,
  bodyDigest,
  DEVICE_HEADER,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../src/core/deviceAuth/signedCall.ts';
import { DELIVERY_PATH } from '../../src/core/sync/deliveryProtocol.ts';
import type { BalcaoDb } from '../../src/db/balcaoDb.ts';
import type { KnownDevice } from '../../src/db/device/deviceRecord.ts';
import { batchJson } from '../../src/db/outbox/deliveryBatch.ts';
import type { OutboxRecord } from '../../src/db/requests/outboxRecord.ts';
import type { QueuedCall, WorkboxAnswer, WorkboxCall } from './WorkboxCall.ts';

async function nonce(): Promise<string> {
  const response = await fetch('/api/nonce', { cache: 'no-store', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`the hub answered ${response.status} for a nonce`);
  const { nonce } = (await response.json()) as { nonce: string };
  return nonce;
}

async function signedCall(device: KnownDevice, row: OutboxRecord, nonce: string): Promise<QueuedCall> {
  const body = batchJson([row]);
  const text = signedCallText({
    method: 'POST',
    path: DELIVERY_PATH,
    nonce,
    deviceId: device.deviceId,
    bodyDigest: await bodyDigest(body),
  });
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    device.privateKey,
    new TextEncoder().encode(text),
  );
  return {
    url: new URL(DELIVERY_PATH, location.href).href,
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      [DEVICE_HEADER]: device.deviceId,
      [NONCE_HEADER]: nonce,
      [SIGNATURE_HEADER]: base64url(signature),
    },
    body,
  };
}

/** The bench's service worker, once active (registered by queueInWorkbox). */
async function workboxWorker(): Promise<ServiceWorker> {
  const registration = await navigator.serviceWorker.ready;
  if (!registration.active) throw new Error('the Workbox service worker is not active');
  return registration.active;
}

function ask<T>(worker: ServiceWorker, call: WorkboxCall): Promise<T> {
  const channel = new MessageChannel();
  return new Promise<T>((resolve, reject) => {
    channel.port1.onmessage = ({ data }: MessageEvent<WorkboxAnswer<T>>) => {
      channel.port1.close();
      if (data.ok) resolve(data.answer);
      else reject(new Error(`the Workbox service worker failed: ${data.error}`));
    };
    worker.postMessage(call, [channel.port2]);
  });
}

/** Queues every request of `outbox` in the Workbox queue, one signed call each; answers the queue's size. */
export async function queueInWorkbox(device: KnownDevice, outbox: BalcaoDb): Promise<number> {
  await navigator.serviceWorker.register('/sw.js', { type: 'module', scope: '/' });
  const worker = await workboxWorker();
  const rows = await outbox.outbox.toArray();
  const nonces = await Promise.all(rows.map(() => nonce()));
  const calls = await Promise.all(rows.map((row, i) => signedCall(device, row, nonces[i] ?? '')));
  return ask<number>(worker, { type: 'queue', calls });
}

/** Workbox's replay of its queue, timed in the worker (no registering again: no update check on the link). */
export async function replayInWorkbox(): Promise<{ ms: number; left: number }> {
  return ask(await workboxWorker(), { type: 'replay' });
}
