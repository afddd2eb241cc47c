// Looks for a citizen's name or NIF in what the device stores, as bytes, in UTF-8 and in UTF-16LE (how a
// JavaScript string can sit in a file): every string and every byte array of every row of every table.
import type { Dexie } from 'dexie';

export const CANARY_NAME = 'Maria Canário';
export const CANARY_NIF = '123456789';

export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    bytes[i * 2] = unit & 0xff;
    bytes[i * 2 + 1] = unit >> 8;
  }
  return bytes;
}

export function includesBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function leaves(value: unknown, out: Uint8Array[]): Uint8Array[] {
  if (typeof value === 'string') {
    out.push(new TextEncoder().encode(value), utf16le(value));
  } else if (value instanceof Uint8Array) {
    out.push(value);
  } else if (value instanceof ArrayBuffer) {
    out.push(new Uint8Array(value));
  } else if (ArrayBuffer.isView(value)) {
    out.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  } else if (value !== null && typeof value === 'object' && !(value instanceof CryptoKey)) {
    for (const [key, inner] of Object.entries(value)) {
      leaves(key, out);
      leaves(inner, out);
    }
  }
  return out;
}

/** The canaries found in `value`, in either encoding. */
export function canariesIn(value: unknown, canaries = [CANARY_NAME, CANARY_NIF]): string[] {
  const all = leaves(value, []);
  return canaries.filter((canary) =>
    [new TextEncoder().encode(canary), utf16le(canary)].some((needle) =>
      all.some((leaf) => includesBytes(leaf, needle)),
    ),
  );
}

/** Every row of every table, as the database gives it back. */
export async function everyRow(db: Dexie): Promise<unknown[]> {
  const rows = await Promise.all(db.tables.map((table) => table.toArray()));
  return rows.flat();
}
