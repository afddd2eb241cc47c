import { pathToFileURL } from 'node:url';
import type { HubPublicKey } from '../src/core/seal/HubPublicKey.ts';
import { sealPayload } from '../src/core/seal/sealPayload.ts';
import type { BenchLine } from './BenchLine.ts';
import { percentile } from './percentile.ts';

const ROUNDS = 400;
const WARM_UP = 40;

/**
 * A completed request as a mediator seals it: a citizen's identity and address, and a form's answers,
 * about 2 KB of JSON.
 */
function realisticRequest(i: number) {
  return {
    requestId: `0b6f3c1e-6a0d-4a7e-9b1e-${String(i).padStart(12, '0')}`,
    formId: 'carta-conducao-revalidar',
    formVersion: 3,
    spotId: 'ecm-castelo-branco',
    completedAt: '2026-03-02T10:41:07.000Z',
    citizen: {
      name: 'Maria da Conceição Canário Fernandes',
      nif: '123456789',
      niss: '12345678901',
      ccNumber: '12345678 9 ZZ1',
      birthDate: '1948-05-17',
      phone: '+351 272 000 000',
      email: 'maria.canario@example.pt',
      address: {
        street: 'Rua do Cais, 12, 2.º Esq.',
        postcode: '6000-123',
        locality: 'Castelo Branco',
        parish: 'Castelo Branco',
        municipality: 'Castelo Branco',
      },
    },
    answers: {
      licenceNumber: 'CB-123456 7',
      categories: ['B', 'B1'],
      medicalCertificate: { issuedBy: 'USF Beira Saúde', issuedAt: '2026-02-10', reference: 'SICO-2026-000123' },
      deliverTo: 'home',
      notes:
        'A requerente desloca-se com dificuldade; pede que a carta seja enviada para a morada de residência. ' +
        'Apresentou atestado médico eletrónico e cartão de cidadão válido. Foi informada do prazo e das taxas. ' +
        'Contacto preferencial por telefone, de manhã, através da filha (Ana Fernandes, 912 000 000).',
      previousAddress: { street: 'Largo da Igreja, 3', postcode: '6060-101', locality: 'Idanha-a-Nova' },
      household: [
        { relation: 'filha', name: 'Ana Canário Fernandes', phone: '+351 912 000 000' },
        { relation: 'neto', name: 'Tiago Fernandes Lopes', phone: '+351 913 000 000' },
      ],
      healthConditions: 'Visão reduzida no olho esquerdo, corrigida com óculos; sem outras limitações declaradas.',
      consent: { dataProcessing: true, contactByPhone: true, contactByEmail: false },
      fee: { amountCents: 3000, exemption: null, paidBy: 'card', receipt: 'ECM-CB-2026-000417' },
    },
    attachments: [
      {
        id: 'att-1',
        kind: 'medical-certificate',
        bytes: 183_204,
        sha256: 'q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c',
      },
      { id: 'att-2', kind: 'photo', bytes: 96_512, sha256: 'z0x9c8v7b6n5m4a3s2d1f0g9h8j7k6l5q4w3e2r1t0y' },
    ],
    mediator: { initials: 'JPR', attendanceId: `att-${i}` },
  };
}

/** `seal-p95-ms`: sealing a ~2 KB request to the hub's key, beside AES-GCM alone over the same bytes. */
export async function benchSeal(): Promise<BenchLine[]> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const hubKey: HubPublicKey = { kid: 'bench', jwk: await crypto.subtle.exportKey('jwk', pair.publicKey) };
  const aes = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const requests = Array.from({ length: ROUNDS }, (_, i) => realisticRequest(i));
  const bytes = new TextEncoder().encode(JSON.stringify(requests[0])).byteLength;
  if (bytes < 1800 || bytes > 2600) throw new Error(`the bench request is ${bytes} bytes, not about 2 KB`);

  const seal = (i: number) => sealPayload(requests[i % ROUNDS], hubKey);
  // The baseline does the same JSON encoding, then only the symmetric encryption: what sealing adds is
  // the ephemeral ECDH key pair, the key agreement and the JOSE encoding.
  const aesOnly = (i: number) =>
    crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)) },
      aes,
      new TextEncoder().encode(JSON.stringify(requests[i % ROUNDS])),
    );
  for (let i = 0; i < WARM_UP; i += 1) {
    await seal(i);
    await aesOnly(i);
  }
  const sealTimes: number[] = [];
  const aesTimes: number[] = [];
  // Turn about, so that a busy machine slows both alike.
  for (let i = 0; i < ROUNDS; i += 1) {
    sealTimes.push(await timed(() => seal(i)));
    aesTimes.push(await timed(() => aesOnly(i)));
  }
  const value = percentile(sealTimes, 0.95);
  const baselineValue = percentile(aesTimes, 0.95);
  return [
    { bench: 'seal-p95-ms', value, unit: 'ms', baseline: 'aes-gcm-only', baselineValue, ratio: value / baselineValue },
  ];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchSeal()) console.log(JSON.stringify(line));
}
