import type { Page } from 'playwright-core';
import { enrollProofText } from '../../src/core/deviceAuth/enrollProof.ts';
import { base64url } from '../../src/core/deviceAuth/signedCall.ts';
import { runHubCli } from './startHub.ts';

export interface TestSpot {
  id: string;
  name: string;
  kind: 'fixed' | 'mobile' | 'solidarity';
  extra?: string[];
}

export const VAN: TestSpot = { id: 'carrinha-teste', name: 'Carrinha de teste', kind: 'mobile' };

/** Creates the spot on the hub if it is not there yet (the real CLI, as a coordinator would). */
export async function ensureSpot(dataDir: string, spot: TestSpot = VAN): Promise<void> {
  const listed = await runHubCli(['list-spots'], { dataDir });
  if (listed.stdout.includes(spot.id)) return;
  const args = ['add-spot', '--id', spot.id, '--name', spot.name, '--kind', spot.kind, '--municipality', 'Mirandela'];
  const added = await runHubCli([...args, ...(spot.extra ?? [])], { dataDir });
  if (added.code !== 0) throw new Error(`add-spot failed: ${added.stderr}`);
}

/** A one-time enrollment code for the spot, made by the hub's CLI; its first line is the code. */
export async function enrollCode(dataDir: string, spot: TestSpot = VAN, hours?: number): Promise<string> {
  await ensureSpot(dataDir, spot);
  const made = await runHubCli(['enroll-code', '--spot', spot.id, ...(hours ? ['--hours', String(hours)] : [])], {
    dataDir,
  });
  const code = made.stdout.split('\n')[0]?.trim();
  if (made.code !== 0 || !code) throw new Error(`enroll-code failed: ${made.stderr}`);
  return code;
}

/** Enrolls the browser's device with a fresh code, through the app's own screen, up to the catalog. */
export async function enrollInBrowser(page: Page, dataDir: string, spot: TestSpot = VAN): Promise<void> {
  await page.getByTestId('enroll-code').fill(await enrollCode(dataDir, spot));
  await page.getByTestId('enroll-submit').click();
  await page.waitForSelector('html[data-ready="catalog"]');
}

/** Enrolls another device from Node with the code (a real key and proof), as a second laptop would. */
export async function enrollElsewhere(hubUrl: string, code: string): Promise<Response> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const publicKey = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const proof = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    pair.privateKey,
    new TextEncoder().encode(enrollProofText(code)),
  );
  return fetch(`${hubUrl}/api/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, publicKey, proof: base64url(proof) }),
  });
}
