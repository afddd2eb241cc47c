import { type MediatorNameProblem, validateMediatorName } from '../../core/session/validateMediatorName.ts';
import { type SecretKind, type SecretProblem, validateSecret } from '../../core/session/validateSecret.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import { deriveWrappingKey, newDataKey, PBKDF2_ITERATIONS, randomBytes, SALT_BYTES } from './mediatorKeys.ts';
import type { MediatorRecord } from './mediatorRecord.ts';

export interface NewMediator {
  name: string;
  secret: string;
  kind: SecretKind;
}

export interface MediatorPolicy {
  /** The spot's `lock.allowPin`. */
  allowPin: boolean;
  /** PBKDF2 iterations; 600,000 unless a test asks for fewer. */
  iterations?: number;
  now?: () => number;
}

export type MediatorProblem = MediatorNameProblem | SecretProblem;

/** The new mediator was refused; each problem has its own message, beside its field. */
export class MediatorRefused extends Error {
  override name = 'MediatorRefused';
  constructor(readonly problems: MediatorProblem[]) {
    super(`mediator refused: ${problems.join(', ')}`);
  }
}

/** What a lock screen may show of a mediator: never their salt or key. */
export interface MediatorSummary {
  id: string;
  name: string;
  secretKind: SecretKind;
  createdAt: number;
}

/**
 * Adds a mediator to this device and unlocks them: a fresh data key, wrapped under a key derived from
 * their secret. Returns the data key non-extractable, for the session. Throws MediatorRefused.
 */
export async function createMediator(
  db: BalcaoDb,
  input: NewMediator,
  policy: MediatorPolicy,
): Promise<{ mediator: MediatorSummary; dataKey: CryptoKey }> {
  const names = (await db.mediators.toArray()).map((m) => m.name);
  const problems = [validateMediatorName(input.name, names), validateSecret(input.secret, input.kind, policy)].filter(
    (p): p is MediatorProblem => p !== null,
  );
  if (problems.length > 0) throw new MediatorRefused(problems);

  const id = crypto.randomUUID();
  const salt = randomBytes(SALT_BYTES);
  const iterations = policy.iterations ?? PBKDF2_ITERATIONS;
  const wrappingKey = await deriveWrappingKey(input.secret, salt, iterations);
  const { wrapped, iv, dataKey } = await newDataKey(wrappingKey, id);
  const record: MediatorRecord = {
    id,
    name: input.name.trim(),
    secretKind: input.kind,
    salt,
    iterations,
    wrappedDataKey: wrapped,
    wrapIv: iv,
    failedAttempts: 0,
    nextAttemptAt: null,
    createdAt: (policy.now ?? Date.now)(),
  };
  // Every key is made before this write: no crypto awaits inside a Dexie transaction.
  await db.mediators.add(record);
  return { mediator: { id, name: record.name, secretKind: record.secretKind, createdAt: record.createdAt }, dataKey };
}
