// The metrics module's public surface: counters shared by every replica (SPEC 13).
export { MetricCounters } from './metric-counters.js';
export type { CounterLabels, CounterRow } from './metric-counter.repository.js';
