import { SPOT_KINDS, type SpotKind } from '../../src/core/catalog/catalogTerms.ts';
import { DEFAULT_SPOT_LOCK } from './DEFAULT_SPOT_LOCK.ts';
import type { Spot } from './Spot.ts';

export interface SpotOptions {
  id?: string | undefined;
  name?: string | undefined;
  kind?: string | undefined;
  municipality?: string | undefined;
  services?: string | undefined;
  'idle-lock'?: string | undefined;
  'hidden-lock'?: string | undefined;
  'allow-pin'?: boolean | undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An hour at most: the law wants no personal data on screen beyond the session (RCM 41/2018). At least a second. */
const MAX_LOCK_SECONDS = 3600;

/**
 * A spot from `add-spot`'s options, or the problems, each naming its option. Only the values' form is
 * checked here; whether the services exist is the catalog's to say.
 */
export function spotFromOptions(options: SpotOptions): { spot: Spot } | { problems: string[] } {
  const problems: string[] = [];
  const text = (name: 'id' | 'name' | 'municipality', max: number) => {
    const value = options[name]?.trim();
    if (!value) problems.push(`--${name} is required`);
    else if (value.length > max) problems.push(`--${name} is longer than ${max} characters`);
    return value ?? '';
  };
  const id = text('id', 64);
  if (id && !SLUG.test(id)) problems.push(`--id must be a lowercase slug (a-z, 0-9, dashes), not "${id}"`);
  const name = text('name', 120);
  const kind = options.kind;
  if (kind === undefined) problems.push(`--kind is required (${SPOT_KINDS.join(', ')})`);
  else if (!(SPOT_KINDS as readonly string[]).includes(kind)) {
    problems.push(`--kind must be one of ${SPOT_KINDS.join(', ')}, not "${kind}"`);
  }
  const municipality = text('municipality', 80);
  let serviceIds: string[] | null = null;
  if (options.services !== undefined) {
    serviceIds = [...new Set(options.services.split(',').map((s) => s.trim()))];
    const bad = serviceIds.filter((s) => !SLUG.test(s));
    if (serviceIds.length === 0 || bad.length > 0) {
      problems.push(`--services must be service ids separated by commas, not "${options.services}"`);
    }
  }
  const seconds = (option: 'idle-lock' | 'hidden-lock', min: number, fallback: number) => {
    const raw = options[option];
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > MAX_LOCK_SECONDS) {
      problems.push(`--${option} must be a whole number of seconds from ${min} to ${MAX_LOCK_SECONDS}, not "${raw}"`);
    }
    return value;
  };
  const lock = {
    idleLockSeconds: seconds('idle-lock', 1, DEFAULT_SPOT_LOCK.idleLockSeconds),
    hiddenLockSeconds: seconds('hidden-lock', 1, DEFAULT_SPOT_LOCK.hiddenLockSeconds),
    allowPin: options['allow-pin'] ?? DEFAULT_SPOT_LOCK.allowPin,
  };
  if (problems.length > 0) return { problems };
  return { spot: { id, name, kind: kind as SpotKind, municipality, serviceIds, lock } };
}
