import { readFileSync } from 'node:fs';
import { RESULTS_FILE, type BenchRow } from './results';

const format = (value: number | null, unit: string) =>
  value === null
    ? '—'
    : `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${unit}`;

/** Prints the results as one Markdown table (the README carries the latest). */
export default function report(): void {
  const { machine, rows } = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as {
    machine: string;
    rows: BenchRow[];
  };
  const lines = [
    `Benchmarks (${machine})`,
    '',
    '| # | row | median | p95 | runs | vs | ratio | target | met |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.group} | ${row.name} | ${format(row.median, row.unit)} | ${format(row.p95, row.unit)} | ${row.runs} | ${row.comparedTo ?? ''} | ${row.ratio ? `${row.ratio.toFixed(1)}×` : ''} | ${row.target ?? ''} | ${row.met === undefined ? '' : row.met ? 'yes' : 'NO'} |`,
    ),
  ];
  console.log(lines.join('\n'));
}
