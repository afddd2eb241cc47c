import type { Spot } from '../spots/Spot.ts';

/** The spots the hub knows, whatever database holds them. */
export interface SpotStore {
  /** Adds a spot; `exists` (and nothing changed) when its id is taken. */
  addSpot(spot: Spot, now: Date): Promise<'added' | 'exists'>;
  spot(id: string): Promise<Spot | undefined>;
  /** Every spot, by id. */
  listSpots(): Promise<Spot[]>;
}
