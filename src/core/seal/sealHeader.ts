/**
 * The fixed part of every sealed payload's protected header. `typ` names what this is, so that a JWE
 * made for something else (even one encrypted to the same key) is refused as `malformed` rather than
 * read as a request; `cty` says the plaintext is JSON. `zip: DEF` (RFC 7516 §4.1.3): the JSON is
 * deflated before it is encrypted, because ciphertext does not compress: on the van's 1 Mbit/s link the
 * request's bytes are most of the time a send takes (bench `drain-1000-3g`). No attacker mixes text of
 * their own into a request beside a secret, so compression tells an observer nothing the length did not.
 */
export const SEAL_HEADER = {
  alg: 'ECDH-ES',
  enc: 'A256GCM',
  zip: 'DEF',
  typ: 'balcao-sealed-v1',
  cty: 'json',
} as const;
