import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** One measured figure; `baseline` is what it was measured against in the same run. */
export interface BenchmarkResult {
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  /** What the figure must reach, e.g. "ratio ≥ 0.5"; absent for figures kept for reference only. */
  target?: string;
  met?: boolean;
}

export type BenchmarkResults = Record<string, BenchmarkResult>;

const format = (value: number | undefined, digits = 0) =>
  value === undefined ? "" : value.toLocaleString("en-US", { maximumFractionDigits: digits });

export function printTable(results: BenchmarkResults): void {
  const rows = Object.entries(results).map(([name, result]) => [
    name,
    `${format(result.value, result.value < 100 ? 2 : 0)} ${result.unit}`,
    format(result.baseline, result.baseline !== undefined && result.baseline < 100 ? 2 : 0),
    format(result.ratio, 2),
    result.target ?? "reference",
    result.met === undefined ? "" : result.met ? "yes" : "NO",
  ]);
  const header = ["benchmark", "value", "baseline", "ratio", "target", "met"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
}

/** With `keepOthers`, the file's rows this run did not measure stay, and the rows it measured are replaced. */
export function writeResults(
  path: string,
  results: BenchmarkResults,
  { keepOthers = false }: { keepOthers?: boolean } = {},
): void {
  const kept: BenchmarkResults =
    keepOthers && existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as BenchmarkResults) : {};
  writeFileSync(path, `${JSON.stringify({ ...kept, ...results }, null, 2)}\n`);
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
