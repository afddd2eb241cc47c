let marked = false;

/**
 * Says, once, that the first useful screen is up (the catalog, or the screen saying it was never
 * downloaded): the offline cold-start benchmark and the end-to-end tests wait for this mark.
 */
export function markCatalogReady(): void {
  if (marked) return;
  marked = true;
  document.documentElement.dataset.ready = 'catalog';
  performance.mark?.('balcao:catalog-interactive');
}
