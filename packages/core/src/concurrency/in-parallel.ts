/**
 * Runs `work` on every item, at most `limit` at once, starting them in the items' order. Rebuilds,
 * exports and restores go through many streams: one at a time waits out every round trip, all at once
 * floods the store.
 */
export async function inParallel<Item>(
  items: readonly Item[],
  limit: number,
  work: (item: Item) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as Item);
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
}
