/** Which spouse of the joint return: the one claiming injured spouse relief, or the other. */
export type SpouseKey = 'injured' | 'other';

/** One value for each spouse. */
export interface PerSpouse<T> {
  readonly injured: T;
  readonly other: T;
}
