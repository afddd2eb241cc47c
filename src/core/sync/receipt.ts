// The hub's receipt for a delivered request: a compact JWS (ES256) over what was received, so the device
// deletes nothing on the word of anything that can answer 200 — a captive portal, a proxy, a fake hub.
// Signed by the hub's receipt key; devices hold its public half from enrollment and every profile refresh.
import { CompactSign, compactVerify } from 'jose';
import { importReceiptKey } from './importReceiptKey.ts';

export const RECEIPT_TYP = 'balcao-receipt-v1';

export interface Receipt {
  requestId: string;
  /** The digest of the sealed request the hub stored. */
  digest: string;
  deviceId: string;
  /** The hub's own reference, for the citizen's reprinted receipt. */
  hubRef: string;
  /** When the hub stored it, epoch ms, by the hub's clock. */
  receivedAt: number;
}

/** One of the hub's receipt-signing keys as devices hold it: its id and public half (EC P-256, ECDSA). */
export interface ReceiptKey {
  kid: string;
  jwk: JsonWebKey;
}

/** Why a receipt was not taken: the request stays queued. */
export class ReceiptInvalid extends Error {
  override name = 'ReceiptInvalid';
}

export async function signReceipt(receipt: Receipt, privateKey: CryptoKey, kid: string): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(receipt)))
    .setProtectedHeader({ alg: 'ES256', typ: RECEIPT_TYP, kid })
    .sign(privateKey);
}

/**
 * The receipt, once its signature verifies with one of `keys` and it says what the device sent: this
 * request, this content, this device. Throws ReceiptInvalid otherwise (nothing is marked delivered).
 */
export async function verifyReceipt(
  jws: unknown,
  keys: readonly ReceiptKey[],
  expected: { requestId: string; digest: string; deviceId: string },
): Promise<Receipt> {
  if (typeof jws !== 'string' || jws.split('.').length !== 3) throw new ReceiptInvalid('not a compact JWS');
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jws, async (header) => {
      if (header.typ !== RECEIPT_TYP || header.alg !== 'ES256') throw new ReceiptInvalid('not a Balcão receipt');
      const key = keys.find((k) => k.kid === header.kid);
      if (!key) throw new ReceiptInvalid(`signed with key ${String(header.kid)}, which this device does not know`);
      return importReceiptKey(key);
    }));
  } catch (error) {
    if (error instanceof ReceiptInvalid) throw error;
    throw new ReceiptInvalid('the receipt’s signature does not verify');
  }
  let receipt: Receipt;
  try {
    receipt = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload)) as Receipt;
  } catch {
    throw new ReceiptInvalid('the receipt is not JSON');
  }
  if (
    receipt.requestId !== expected.requestId ||
    receipt.digest !== expected.digest ||
    receipt.deviceId !== expected.deviceId ||
    typeof receipt.hubRef !== 'string' ||
    receipt.hubRef === '' ||
    !Number.isFinite(receipt.receivedAt)
  ) {
    throw new ReceiptInvalid('the receipt is for another request, content or device');
  }
  return receipt;
}
