import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { percentile } from './measure';

export const RESULTS_FILE = join(import.meta.dirname, '..', 'results.json');

export interface BenchRow {
  group: string;
  name: string;
  unit: 'ms' | 'µs' | 'KB' | '%';
  median: number;
  p95: number | null;
  runs: number;
  /** Name of the comparator row measured in the same run, and median(comparator) / median(this). */
  comparedTo?: string;
  ratio?: number;
  target?: string;
  met?: boolean;
}

export function readRows(): BenchRow[] {
  return existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')).rows as BenchRow[]) : [];
}

/** Appends rows (benchmarks run one at a time, so read-modify-write is safe). */
export function recordRows(rows: BenchRow[]): void {
  const all = [
    ...readRows().filter(
      (row) => !rows.some((fresh) => fresh.group === row.group && fresh.name === row.name),
    ),
    ...rows,
  ];
  writeFileSync(RESULTS_FILE, JSON.stringify({ machine: machineNote(), rows: all }, null, 2) + '\n');
}

export function rowFromSamples(
  group: string,
  name: string,
  samples: number[],
  unit: 'ms' | 'µs' = 'ms',
  extra: Partial<BenchRow> = {},
): BenchRow {
  const scale = unit === 'µs' ? 1000 : 1;
  return {
    group,
    name,
    unit,
    median: percentile(samples, 0.5) * scale,
    p95: percentile(samples, 0.95) * scale,
    runs: samples.length,
    ...extra,
  };
}

export function machineNote(): string {
  const os = process.platform;
  return `${os}, Node ${process.version}, ${process.env.BENCH_MACHINE ?? 'local machine'}`;
}
