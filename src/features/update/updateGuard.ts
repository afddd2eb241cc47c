// Work that must not be reloaded away: an open form or attendance holds updates while it is open.
// The update prompt reads this before it lets the mediator reload into a new version.
const holders = new Map<symbol, string>();
const listeners = new Set<() => void>();

/** Called by a screen with open work (an attendance, a form); call the returned function when it closes. */
export function holdUpdates(reason: string): () => void {
  const key = Symbol(reason);
  holders.set(key, reason);
  notify();
  return () => {
    if (holders.delete(key)) notify();
  };
}

/** The reasons updates are held now, empty when a reload is safe. */
export function updateHolds(): string[] {
  return [...holders.values()];
}

export function onUpdateHoldsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of listeners) listener();
}
