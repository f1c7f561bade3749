import type { DocumentKey, StoredDocument } from "../documents/document-store";
import { keyOf } from "./document-changes";
import type { HeldDocument } from "./held-documents";
import type { CounterBody } from "./projected-counter";

/**
 * The projected counters of an offline rebuild, summed in memory as it writes their documents and
 * written once at the end: each the sum of what the documents counted in it add, with no write pending.
 */
export class CounterTotals {
  private readonly totals = new Map<string, { key: DocumentKey; count: number }>();

  add(key: DocumentKey, value: number): void {
    const identity = keyOf(key);
    const total = this.totals.get(identity);
    if (total) total.count += value;
    else this.totals.set(identity, { key, count: value });
  }

  /**
   * The counters' documents. Each version is one past what the store held: a counter's version is the
   * fence its writers expect, so a write read before the rebuild can never land on its total.
   */
  documents(before: ReadonlyMap<string, HeldDocument>): StoredDocument<CounterBody>[] {
    return [...this.totals].map(([identity, { key, count }]) => ({
      key,
      version: (before.get(identity)?.version ?? 0) + 1,
      body: { count, pending: [] },
      indexes: {},
    }));
  }
}
