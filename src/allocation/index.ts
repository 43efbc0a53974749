/**
 * What the allocation room offers the rooms above it. Community property implements the
 * distribution contract; it reads nothing else of this room (the lint rule keeps it to this file).
 */
export type {
  DistributionInput,
  DistributionOutcome,
  DistributionStrategy,
} from './distribution/strategy.js';
export { offsetStep, totalOffsetFigure } from './distribution/offsets.js';
