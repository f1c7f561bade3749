import type { ArchiveBucket } from "./archive-bucket";

/**
 * The objects' texts in key order, reading up to `readAhead` of them ahead. A read that fails is thrown
 * where its object comes, and reads started after it are awaited, never left to reject unheard.
 */
export async function* inKeyOrder(
  bucket: ArchiveBucket,
  keys: readonly string[],
  readAhead: number,
): AsyncGenerator<[key: string, text: string]> {
  const reads = new Map<number, Promise<string>>();
  const startRead = (position: number) => {
    const key = keys[position];
    if (key === undefined) return;
    const read = bucket.read(key);
    read.catch(() => {});
    reads.set(position, read);
  };
  for (let position = 0; position < Math.min(readAhead, keys.length); position++) startRead(position);
  try {
    for (const [position, key] of keys.entries()) {
      const text = await (reads.get(position) as Promise<string>);
      reads.delete(position);
      startRead(position + readAhead);
      yield [key, text];
    }
  } finally {
    await Promise.allSettled(reads.values());
  }
}
