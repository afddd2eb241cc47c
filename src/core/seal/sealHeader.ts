/**
 * The fixed part of every sealed payload's protected header. `typ` names what this is, so that a JWE
 * made for something else (even one encrypted to the same key) is refused as `malformed` rather than
 * read as a request; `cty` says the plaintext is JSON.
 */
export const SEAL_HEADER = {
  alg: 'ECDH-ES',
  enc: 'A256GCM',
  typ: 'balcao-sealed-v1',
  cty: 'json',
} as const;
