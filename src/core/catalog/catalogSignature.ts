// The hub's word for a catalog answer: a compact JWS (ES256) in the answer's `x-balcao-signature` header,
// over the SHA-256 of the body's bytes and the versions it goes from and to, signed with the hub's
// receipt key. The catalog is public, but what it says is printed: a take-home guide's QR code sends an
// elderly citizen to the service's `onlineUrl`, and the fees are charged at the spot. So a device that
// holds the hub's receipt keys applies a catalog only when this verifies; otherwise anything on the
// van's network (a portal, a man in the middle of plain HTTP) could send citizens to a page of its own.
import { CompactSign, compactVerify } from 'jose';
import { bodyDigest } from '../deviceAuth/signedCall.ts';
import { importReceiptKey } from '../sync/importReceiptKey.ts';
import type { ReceiptKey } from '../sync/receipt.ts';

export const CATALOG_SIGNATURE_HEADER = 'x-balcao-signature';
export const CATALOG_TYP = 'balcao-catalog-v1';

interface CatalogStatement {
  /** SHA-256 of the body's bytes, base64url. */
  digest: string;
  since: number;
  version: number;
}

export class CatalogSignatureInvalid extends Error {
  override name = 'CatalogSignatureInvalid';
}

export async function signCatalogAnswer(
  body: string,
  versions: { since: number; version: number },
  key: { kid: string; privateKey: CryptoKey },
): Promise<string> {
  const statement: CatalogStatement = { digest: await bodyDigest(body), ...versions };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(statement)))
    .setProtectedHeader({ alg: 'ES256', typ: CATALOG_TYP, kid: key.kid })
    .sign(key.privateKey);
}

/**
 * Answers once `signature` is one of the hub's receipt keys' (from `keys`) over exactly these bytes,
 * from `since` to `version`; throws CatalogSignatureInvalid otherwise, saying why.
 */
export async function verifyCatalogAnswer(
  signature: string | null,
  body: Uint8Array<ArrayBuffer>,
  versions: { since: number; version: number },
  keys: readonly ReceiptKey[],
): Promise<void> {
  if (!signature || signature.split('.').length !== 3) throw new CatalogSignatureInvalid('the answer is not signed');
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(signature, async (header) => {
      const key = keys.find((k) => k.kid === header.kid);
      if (header.typ !== CATALOG_TYP || header.alg !== 'ES256' || !key) {
        throw new CatalogSignatureInvalid('not signed by a key of this device’s hub');
      }
      return importReceiptKey(key);
    }));
  } catch (error) {
    if (error instanceof CatalogSignatureInvalid) throw error;
    throw new CatalogSignatureInvalid('the signature does not verify');
  }
  let statement: Partial<CatalogStatement>;
  try {
    statement = JSON.parse(new TextDecoder().decode(payload)) as Partial<CatalogStatement>;
  } catch {
    throw new CatalogSignatureInvalid('the signature says nothing readable');
  }
  if (statement.digest !== (await bodyDigest(body)))
    throw new CatalogSignatureInvalid('the body is not the one signed');
  if (statement.since !== versions.since || statement.version !== versions.version) {
    throw new CatalogSignatureInvalid('the signature is for other versions of the catalog');
  }
}
