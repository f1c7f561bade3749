import type { Snapshot, SnapshotStore } from "./snapshot-store";

/**
 * The store, with every failure told to `report` before it reaches the stream states, which step over
 * it: a snapshot that cannot be read or written costs a longer fold, and without a report nobody would
 * learn that (a state grown past the item limit, a table the function may not write).
 */
export function reportedSnapshotStore(
  store: SnapshotStore,
  report: (error: unknown, streamId: string) => void,
): SnapshotStore {
  const reported = async <Result>(streamId: string, work: () => Promise<Result>): Promise<Result> => {
    try {
      return await work();
    } catch (error) {
      report(error, streamId);
      throw error;
    }
  };
  return {
    latest: (streamId) => reported(streamId, () => store.latest(streamId)),
    save: (snapshot: Snapshot) => reported(snapshot?.streamId, () => store.save(snapshot)),
  };
}
