import { type GrowthStores, nothingWritten, type WriteCounts, writesPer } from "./growth-stores";
import type { BenchmarkResults } from "./results";

/** Commands timed either side of each size: the rate "at 1,000" is that of commands 951 to 1,050. */
const halfWindow = 50;
const countedFields = ["events", "documents", "snapshots", "idempotencyRecords"] as const;

export interface Window {
  size: number;
  commandsPerSecond: number;
  writes: ReturnType<typeof writesPer>;
}

export interface Growth {
  windows: Window[];
  /** How far it grew before the count or the time budget ran out. */
  reached: number;
  seconds: number;
  largestItemBytes: number;
  /** Everything written over the whole run, cancellations and late snapshots included, per measured command. */
  total: ReturnType<typeof writesPer>;
}

/**
 * Runs `command(n)` for n = 1, 2, … up to the largest size plus half a window, or until `budgetSeconds`
 * pass, and measures the commands around each size: their rate (their own time only, not that of the
 * work `command` does between them, such as cancellations) and the items written during them.
 */
export async function grow(options: {
  stores: GrowthStores;
  sizes: readonly number[];
  budgetSeconds: number;
  command(n: number): Promise<void>;
  /** Work between commands that is not measured (e.g. a cancellation every tenth RSVP). */
  between?(n: number): Promise<void>;
}): Promise<Growth> {
  const { stores, sizes, budgetSeconds, command, between } = options;
  const last = Math.max(...sizes) + halfWindow;
  const started = performance.now();
  const windows: Window[] = [];
  const open = new Map<number, { milliseconds: number; written: WriteCounts }>();
  let reached = 0;
  for (let n = 1; n <= last; n++) {
    if (performance.now() - started > budgetSeconds * 1000) break;
    const inWindows = sizes.filter((size) => n > size - halfWindow && n <= size + halfWindow);
    const before = stores.written();
    const commandStarted = performance.now();
    await command(n);
    const milliseconds = performance.now() - commandStarted;
    const after = stores.written();
    for (const size of inWindows) {
      // Only the command's own writes count: those of the work between commands are left out, as its time is.
      const window = open.get(size) ?? { milliseconds: 0, written: nothingWritten() };
      window.milliseconds += milliseconds;
      for (const field of countedFields) window.written[field] += after[field] - before[field];
      open.set(size, window);
      if (n === size + halfWindow) {
        windows.push({
          size,
          commandsPerSecond: (2 * halfWindow) / (window.milliseconds / 1000),
          writes: writesPer(nothingWritten(), window.written, 2 * halfWindow),
        });
        open.delete(size);
      }
    }
    reached = n;
    await between?.(n);
    // SQLite answers at once, so without this the loop would never leave the microtask queue and the
    // snapshots (compressed off the main thread, written from a later turn) would wait for its end; a
    // host yields between requests the same way.
    await new Promise((resolve) => setImmediate(resolve));
  }
  // The last snapshot begun may still be compressing.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const failures = stores.failures();
  if (failures.length > 0)
    throw new Error(`${failures.length} projections or snapshots failed, the first: ${failures[0]}`);
  return {
    windows,
    reached,
    seconds: (performance.now() - started) / 1000,
    largestItemBytes: stores.written().largestItemBytes,
    total: writesPer(nothingWritten(), stores.written(), reached),
  };
}

const rounded = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The table rows of a growth: the rate and the items written at each size, and the flatness ratio. */
export function growthResults(
  growth: Growth,
  options: { what: string; command: string; sizes: readonly number[]; mostDocuments: number },
): BenchmarkResults {
  const { what, command, sizes, mostDocuments } = options;
  const results: BenchmarkResults = {};
  const first = growth.windows.find((window) => window.size === sizes[0]);
  for (const size of sizes) {
    const label = `${what} at ${size.toLocaleString("en-US")}`;
    const window = growth.windows.find((candidate) => candidate.size === size);
    if (!window) {
      results[`${label}: not reached`] = {
        value: growth.reached,
        unit: `${command}s within ${rounded(growth.seconds)} s`,
      };
      continue;
    }
    const { writes } = window;
    results[`${label}, ${command} plus projection (SQLite)`] = {
      value: rounded(window.commandsPerSecond),
      unit: `${command}s/s`,
      ...(first && size !== first.size
        ? {
            baseline: rounded(first.commandsPerSecond),
            ratio: window.commandsPerSecond / first.commandsPerSecond,
            target: `ratio ≥ 0.8 of the rate at ${first.size.toLocaleString("en-US")}`,
            met: window.commandsPerSecond / first.commandsPerSecond >= 0.8,
          }
        : {}),
    };
    results[`${label}, documents written per ${command}`] = {
      value: writes.documents,
      unit: `documents (events ${writes.events}, snapshots ${writes.snapshots}, idempotency records ${writes.idempotencyRecords})`,
      target: `≤ ${mostDocuments}`,
      met: writes.documents <= mostDocuments,
    };
  }
  const whole = growth.total;
  results[`${what}, whole run of ${growth.reached.toLocaleString("en-US")} ${command}s`] = {
    value: rounded(growth.seconds, 1),
    unit: `s (per ${command}, all commands' writes: events ${whole.events}, documents ${whole.documents}, snapshots ${whole.snapshots}, idempotency records ${whole.idempotencyRecords})`,
  };
  results[`${what}, largest item written (document or snapshot)`] = {
    value: growth.largestItemBytes,
    unit: "bytes",
    target: "≤ 358,400 bytes (350 KB)",
    met: growth.largestItemBytes <= 358_400,
  };
  return results;
}
