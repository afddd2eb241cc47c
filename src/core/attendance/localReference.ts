// The reference printed on the receipt before the hub gives its own: short enough to read aloud over
// the phone, taken from the request's random id so two devices never need to agree on a counter.

// Crockford's base 32: no I, L, O or U, so a reference read aloud or copied by hand is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "7K3M-Q9TZ": 40 bits of the request's UUID (v4: its first 10 hex digits are random). */
export function localReference(requestId: string): string {
  const hex = requestId.replace(/-/g, '').slice(0, 10);
  if (!/^[0-9a-f]{10}$/i.test(hex)) throw new TypeError(`not a UUID: ${requestId}`);
  let value = BigInt(`0x${hex}`);
  let text = '';
  for (let i = 0; i < 8; i++) {
    text = (ALPHABET[Number(value & 31n)] ?? '') + text;
    value >>= 5n;
  }
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}
