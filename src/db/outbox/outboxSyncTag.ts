/** The Background Sync tag registered at completion; the service worker drains the outbox when it fires. */
export const OUTBOX_SYNC_TAG = 'balcao-outbox';
