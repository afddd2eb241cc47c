// The two screens' conversation (issue 6; DESIGN.md: "mediator window ──BroadcastChannel── citizen
// window"). Every message names the pairing it belongs to: a citizen's window shows only the mediator tab
// that opened it, so a second mediator tab, or a stale one, never puts one citizen's data on another's
// screen. What arrives on the channel is checked here before anything reads it.
import type { CitizenView } from './CitizenView.ts';

export const CITIZEN_CHANNEL = 'balcao-citizen-screen';

/** The mediator's tab says it is alive this often; the citizen's screen forgets it after MISSED of them. */
export const HEARTBEAT_MS = 1_000;
export const HEARTBEAT_MISSED = 4;

/** What the citizen may type into one field at most, whatever the form says. */
export const TYPED_MAX_LENGTH = 500;

export type MediatorMessage =
  | { type: 'view'; pair: string; view: CitizenView }
  /** The mediator's tab is going away: the citizen's screen clears at once. */
  | { type: 'gone'; pair: string };

export type CitizenMessage =
  /** A citizen's window opened (or reopened): the current view, please. */
  { type: 'hello'; pair: string } | { type: 'typed'; pair: string; fieldId: string; value: string };

const PAIR = /^[A-Za-z0-9_-]{22,64}$/;

/** A new pairing: 128 random bits, base64url. */
export function newPair(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function isPair(value: unknown): value is string {
  return typeof value === 'string' && PAIR.test(value);
}

function record(data: unknown): Record<string, unknown> | null {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
}

/** A message from a citizen's window of this pairing, or null. */
export function citizenMessageFor(pair: string, data: unknown): CitizenMessage | null {
  const message = record(data);
  if (!message || message.pair !== pair) return null;
  if (message.type === 'hello') return { type: 'hello', pair };
  if (
    message.type === 'typed' &&
    typeof message.fieldId === 'string' &&
    typeof message.value === 'string' &&
    message.value.length <= TYPED_MAX_LENGTH
  )
    return { type: 'typed', pair, fieldId: message.fieldId, value: message.value };
  return null;
}

/** A message from the mediator's tab of this pairing, or null (the view is the mediator's own app's). */
export function mediatorMessageFor(pair: string, data: unknown): MediatorMessage | null {
  const message = record(data);
  if (!message || message.pair !== pair) return null;
  if (message.type === 'gone') return { type: 'gone', pair };
  const view = record(message.view);
  if (message.type === 'view' && view && typeof view.kind === 'string')
    return { type: 'view', pair, view: view as unknown as CitizenView };
  return null;
}
