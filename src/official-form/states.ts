import type { CommunityPropertyState } from '../input/schema.js';

/** Line 5 asks for the state names: written out in full, as the instructions name them. */
export const STATE_NAMES: Readonly<Record<CommunityPropertyState, string>> = {
  AZ: 'Arizona',
  CA: 'California',
  ID: 'Idaho',
  LA: 'Louisiana',
  NV: 'Nevada',
  NM: 'New Mexico',
  TX: 'Texas',
  WA: 'Washington',
  WI: 'Wisconsin',
};

/** "Texas" or "Arizona, Wisconsin": the states of line 5 in the case's order. */
export function stateNames(states: readonly CommunityPropertyState[]): string {
  return states.map((s) => STATE_NAMES[s]).join(', ');
}
