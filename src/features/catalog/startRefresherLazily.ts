import type { BalcaoDb } from '../../db/balcaoDb.ts';
import type { CatalogRefresher } from './catalogRefresher.ts';

export type StartRefresher = (world: { db: BalcaoDb }) => CatalogRefresher | Promise<CatalogRefresher>;

/**
 * Starts the catalog refresher from its own chunk: the refresh and the validation of what the hub
 * sends (valibot and the catalog schema) are not needed to show the saved catalog, so they stay out
 * of the first bundle and load after the first screen.
 */
export const startRefresherLazily: StartRefresher = async (world) => {
  const { startCatalogRefresher } = await import('./catalogRefresher.ts');
  return startCatalogRefresher(world);
};
