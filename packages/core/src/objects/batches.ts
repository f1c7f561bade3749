export interface BatchLimits<Item> {
  maximumCount: number;
  /** What the sizes of one batch's items may add up to. */
  maximumBytes: number;
  bytesOf: (item: Item) => number;
}

/**
 * The items, in order, split into batches of at most `maximumCount` items and `maximumBytes` bytes: the
 * appends of a restore, the PutEvents requests of the publisher. An item bigger than `maximumBytes` goes
 * in a batch of its own; whether it may go at all is the caller's business.
 */
export function batchesWithin<Item>(items: Iterable<Item>, limits: BatchLimits<Item>): Item[][] {
  const batches: Item[][] = [];
  let batch: Item[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = limits.bytesOf(item);
    if (batch.length > 0 && (batch.length === limits.maximumCount || bytes + size > limits.maximumBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
