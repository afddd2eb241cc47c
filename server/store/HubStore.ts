import type { CatalogStore } from './CatalogStore.ts';
import type { DeviceStore } from './DeviceStore.ts';
import type { RequestStore } from './RequestStore.ts';
import type { SpotStore } from './SpotStore.ts';

/** Everything the hub keeps in its database: one connection, one `close`. */
export interface HubStore extends CatalogStore, SpotStore, DeviceStore, RequestStore {}
