// IndexedDB for Dexie under happy-dom. fake-indexeddb keeps values by structured clone, which happy-dom's
// Blob does not survive (it is stored as {}): tests that store blobs must use Node's Blob.
import 'fake-indexeddb/auto';
