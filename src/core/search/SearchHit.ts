/** One service found by a search; `score` only orders the hits of the same search. */
export interface SearchHit {
  id: string;
  score: number;
}
