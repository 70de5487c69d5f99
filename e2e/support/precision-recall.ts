/** Per-kind precision and recall of a page classifier over a labelled corpus. */
export interface Outcome {
  url: string;
  expected: string | null;
  actual: string | null;
}

export interface KindScore {
  kind: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export function scoreByKind(outcomes: readonly Outcome[], kinds: readonly string[]): KindScore[] {
  return kinds.map((kind) => {
    const truePositives = outcomes.filter((o) => o.expected === kind && o.actual === kind).length;
    const falsePositives = outcomes.filter((o) => o.expected !== kind && o.actual === kind).length;
    const falseNegatives = outcomes.filter((o) => o.expected === kind && o.actual !== kind).length;
    // A kind with nothing to find and nothing claimed is perfect, not undefined.
    const precision =
      truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
    const recall =
      truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
    return { kind, truePositives, falsePositives, falseNegatives, precision, recall };
  });
}

export function formatScoreTable(title: string, scores: readonly KindScore[]): string {
  const rows = scores.map(
    (s) =>
      `| ${s.kind.padEnd(21)} | ${String(s.truePositives).padStart(2)} | ${String(s.falsePositives).padStart(2)} | ${String(s.falseNegatives).padStart(2)} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`,
  );
  return [
    title,
    '| kind                  | TP | FP | FN | precision | recall |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
