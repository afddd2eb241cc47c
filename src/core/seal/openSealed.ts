import { compactDecrypt } from 'jose';
import { readSealHeader } from './readSealHeader.ts';
import { SealError } from './SealError.ts';

/** The largest plaintext a seal may inflate to: far above any request, far below what hurts a hub. */
export const MAX_SEALED_JSON_BYTES = 1024 * 1024;

/** A private key that opens seals: a (non-extractable) WebCrypto ECDH key, or its private JWK. */
export type SealOpeningKey = CryptoKey | JsonWebKey;

/** The private key for a kid, or undefined when there is none; may look it up asynchronously (on disk). */
export type SealKeyResolver = (kid: string) => SealOpeningKey | undefined | Promise<SealOpeningKey | undefined>;

/**
 * Opens what `sealPayload` sealed and answers the payload. Refuses with a `SealError`: `malformed` when
 * it is not a sealed payload of ours, `unknown-key` when `keys` has no key for its kid, `tampered` when
 * anything in it (header, ephemeral key, iv, ciphertext or tag) was changed after sealing.
 */
export async function openSealed(jwe: string, keys: SealKeyResolver): Promise<unknown> {
  const kid = readSealHeader(jwe);
  const key = await keys(kid);
  if (key === undefined) throw new SealError('unknown-key', `sealed to key ${kid}, which this hub does not hold`);
  let plaintext: Uint8Array;
  try {
    ({ plaintext } = await compactDecrypt(jwe, key as Parameters<typeof compactDecrypt>[1], {
      keyManagementAlgorithms: ['ECDH-ES'],
      contentEncryptionAlgorithms: ['A256GCM'],
      // A request is tens of kilobytes at most (attachments travel apart): a seal that inflates past this
      // is a deflate bomb, refused before it fills the hub's memory.
      maxDecompressedLength: MAX_SEALED_JSON_BYTES,
    }));
  } catch (error) {
    // A TypeError is a wrong key passed in by the caller (a public key, another curve): a bug to show,
    // not a payload to blame. Anything else (the tag does not verify, the ephemeral key is not on the
    // curve, a header member jose refuses) means the bytes are not what was sealed.
    if (error instanceof TypeError) throw error;
    throw new SealError('tampered', `the sealed payload does not authenticate with key ${kid}: it was changed`);
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    throw new SealError('malformed', 'the sealed payload opened, but it is not JSON');
  }
}
