import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { HubError } from '../HubError.ts';
import { INTAKE_CODES } from './INTAKE_CODES.ts';

const gunzipAsync = promisify(gunzip);

/**
 * A body's bytes with its Content-Encoding undone: none (or identity) as they are, gzip inflated, and
 * never past `maxBytes` once inflated. zlib stops at the cap itself (maxOutputLength), so a few
 * kilobytes of gzip that would inflate to gigabytes (a zip bomb) cost the hub `maxBytes` and no more.
 */
export async function inflateBody(bytes: Buffer, encoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const coding = encoding?.trim().toLowerCase();
  if (coding === undefined || coding === '' || coding === 'identity') return bytes;
  if (coding !== 'gzip' && coding !== 'x-gzip') {
    throw new HubError(415, INTAKE_CODES.encodingUnsupported, `Content-Encoding ${coding} is not taken: send gzip`);
  }
  try {
    return await gunzipAsync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new HubError(413, INTAKE_CODES.batchTooLarge, `the batch inflates to more than ${maxBytes} bytes`);
    }
    throw new HubError(400, INTAKE_CODES.batchMalformed, 'the body is not valid gzip');
  }
}
