import { cpus } from 'node:os';
import type { BenchResult, Goal } from './types.js';
import { round } from './stats.js';

export interface ReportRow {
  readonly id: string;
  readonly measured: number | null;
  readonly baseline?: number;
  readonly unit: string;
  readonly ratio?: number;
  readonly goal: string;
  readonly met: boolean;
  readonly title: string;
  readonly details?: Record<string, unknown>;
  readonly error?: string;
}

export function machine(): string {
  const list = cpus();
  return `${list[0]?.model.trim() ?? 'unknown CPU'}, ${list.length} cores, node ${process.version}`;
}

export function goalText(goal: Goal): string {
  switch (goal.kind) {
    case 'ratio-at-least':
      return `>= ${goal.value}`;
    case 'ratio-at-most':
      return `<= ${goal.value}${goal.measuredBelow === undefined ? '' : ` (and < ${goal.measuredBelow})`}`;
    case 'value-below':
      return `< ${goal.value}`;
    case 'value-at-most':
      return `<= ${goal.value}`;
  }
}

export function toRow(result: BenchResult): ReportRow {
  const ratio = result.baseline === undefined ? undefined : result.measured / result.baseline;
  const goal = result.goal;
  let met: boolean;
  switch (goal.kind) {
    case 'ratio-at-least':
      met = ratio !== undefined && ratio >= goal.value;
      break;
    case 'ratio-at-most':
      met = ratio !== undefined && ratio <= goal.value && (goal.measuredBelow === undefined || result.measured < goal.measuredBelow);
      break;
    case 'value-below':
      met = result.measured < goal.value;
      break;
    case 'value-at-most':
      met = result.measured <= goal.value;
      break;
  }
  return {
    id: result.id,
    measured: round(result.measured, 2),
    ...(result.baseline !== undefined && { baseline: round(result.baseline, 2) }),
    unit: result.unit,
    ...(ratio !== undefined && { ratio: round(ratio, 3) }),
    goal: goalText(goal),
    met,
    title: result.title,
    ...(result.details && { details: result.details }),
  };
}

export function failedRow(id: string, title: string, error: unknown): ReportRow {
  return { id, measured: null, unit: '', goal: '', met: false, title, error: error instanceof Error ? error.message : String(error) };
}

export function table(rows: readonly ReportRow[]): string {
  const header = ['id', 'measured', 'baseline', 'unit', 'ratio', 'goal', 'met', 'what'];
  const lines = rows.map((r) => [
    r.id,
    r.measured === null ? 'FAILED' : String(r.measured),
    r.baseline === undefined ? '—' : String(r.baseline),
    r.unit,
    r.ratio === undefined ? '—' : String(r.ratio),
    r.goal,
    r.error ? 'error' : r.met ? 'yes' : 'NO',
    r.error ? `${r.title}: ${r.error.split('\n')[0]}` : r.title,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: readonly string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}
