import type { DatabaseHost } from './databases.js';

export interface BenchOptions {
  readonly quick: boolean;
  /** Scenario ids to run (all when empty). */
  readonly only: readonly string[];
  /** When set, servers write V8 CPU profiles here (`--cpu-prof`). */
  readonly cpuProfDir: string | null;
}

export interface ScenarioContext {
  readonly options: BenchOptions;
  readonly databases: DatabaseHost;
  log(message: string): void;
}

/** How a result is judged. */
export type Goal =
  | { readonly kind: 'ratio-at-least'; readonly value: number }
  | { readonly kind: 'ratio-at-most'; readonly value: number; readonly measuredBelow?: number }
  | { readonly kind: 'value-below'; readonly value: number }
  | { readonly kind: 'value-at-most'; readonly value: number };

export interface BenchResult {
  readonly id: string;
  readonly title: string;
  readonly measured: number;
  readonly baseline?: number;
  readonly unit: string;
  readonly goal: Goal;
  /** Every sample and setting, for latest.json. */
  readonly details?: Record<string, unknown>;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  run(context: ScenarioContext): Promise<BenchResult[]>;
}
