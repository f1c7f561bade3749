import { isDeepStrictEqual } from "node:util";
import type {
  DocumentKey,
  DocumentStore,
  ExpectedDocumentVersion,
  StoredDocument,
} from "../documents/document-store";
import { DocumentVersionConflict } from "../documents/errors";
import { MeetstreamError } from "../errors/meetstream-error";
import type { ProjectedCounter } from "./projection";

/*
 * A projected counter is one document that documents of many streams add to (a community's member count,
 * one membership stream per member). Its version is a fence, one up on every write; it is owned by no
 * stream. Each write is one conditional item write: there are no transactions to move the count and the
 * counted document together, and delivery is at-least-once, unordered, with concurrent workers that may
 * die between any two writes. The count must still be exact.
 *
 * The protocol. A write W takes document D from the state a worker read (version `from`, or absent) to a
 * new state, changing D's contribution by `delta` ≠ 0 (a live write that changes nothing counted is a
 * plain conditional write, as for any document; a rebuild's is not, see below):
 *   a. read the counter (fence f), then D again and the documents of the writes the counter holds. If a
 *      write for D is pending and has not landed, settle it (below) and start again. If D is no longer as
 *      the worker read it, the worker's change is stale: a DocumentVersionConflict sends it back to read
 *      D and evolve it again (or skip it, done).
 *   b. write the counter {count + delta − Σ delta of dead writes, pending: writes in flight + W} expecting
 *      f, so one write also sweeps off the writes that have landed and takes back those that never will;
 *      on conflict start again.
 *   c. write D conditionally on `from`. W stays on the list, landed, until the next counted write sweeps
 *      it off: a join costs one counter write and one document write.
 * A pending write W, with the counter read before D, is
 *   - waiting when D is still at `from`: anyone may land it (W carries the whole document) by writing it
 *     expecting `from`;
 *   - landed when D is W's document, or has moved past W's version (later events moved on);
 *   - dead when D has moved elsewhere below W's version: W's write expects `from` and versions only grow,
 *     so it can never land, and its delta is taken back (by the next counted write, or by its own writer,
 *     whose write to D failed).
 *   Every counter write is conditional on the fence read, and is redone against fresh reads on conflict.
 *
 * Why the count is exact. Invariant: count = Σ contribution of every stored document + Σ delta of every
 * pending write that has not landed. Step b adds a write's delta together with the write; landing moves
 * that delta from the second sum into the first; a write is taken off only landed (its delta stays, now in
 * the first sum) or dead (its delta taken back with it). A document moves only by its own conditional writes:
 * a counted write is made only while no other pending write for the same document exists, and the fence
 * makes that check and the write one step (any counter write between the read and the write fails it), so
 * at most one pending write per document exists, and a worker that read D before another worker's write
 * landed either fails its fence or finds that write pending and settles it instead of counting again.
 * Reading the counter before D is what makes "no pending write, D as I read it" mean "not yet counted":
 * a pending write is taken off only after its document has moved, so a worker that finds none waiting
 * and then finds D unmoved knows no write from this state was counted. Recovery is the same code: a worker
 * that died after b left its write waiting, and the next worker touching D (the redelivered event, the
 * next event, a rebuild) lands it. Nothing blocks on a dead worker, and a rebuild's jump over many events is
 * one write like any other, so live folds and rebuilds may run together.
 *
 * Landing is recognised by state: after W lands, D is W's document until a later event moves it past W's
 * version. That "past W's version" means "landed" needs one more rule: no write that could have moved D
 * from `from` past W's version without W escapes the fence. A live fold never jumps (it applies a stream's
 * events one by one, and the event after `from` that changes D is W's own, with W's delta), so a live
 * write that overtakes W without the counter (one that changes no count) leaves D below W's version,
 * which is what marks W dead. A rebuild does jump, so it writes every counting document it changes behind
 * the fence, a count of 0 included, tombstones where the store holds nothing included: it then meets any
 * live write to the same document on the counter, and settles it before jumping, or is settled by it.
 * This holds for writers running one projection's code. A rebuild with changed code while live folds run
 * on the same streams can be misclassified, as it can already overwrite their documents. A rebuild over
 * existing documents counts the change between what the store holds and what it writes, both valued with
 * today's `value`: a changed `value` alone is not seen (the counter does not keep what each document
 * counted for); rebuilding into an empty store counts afresh.
 *
 * Bounded: pending holds the writes in flight and those landed since the last counted write, each with
 * its document (a membership is small); readers only read `count`.
 *
 * Unlike a pending list of (document, version) pairs, a pending write carries the document itself: a
 * write stranded by a dead worker is then finished by whoever meets it, rather than waited for, and a
 * rebuild, which jumps from whatever state the store holds, can be told apart from the live write of the
 * same document that it races.
 */

/** A counted write applied to the count and perhaps not yet to its document. */
export interface PendingCountedWrite {
  document: StoredDocument;
  expectedVersion: ExpectedDocumentVersion;
  delta: number;
}

export interface CounterBody {
  count: number;
  pending: PendingCountedWrite[];
}

/** Whether a document's body is a counter's (no kind writes one shaped so: it has just these two fields). */
export function isCounterBody(body: unknown): body is CounterBody {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const fields = Object.keys(body);
  return (
    fields.length === 2 &&
    typeof (body as CounterBody).count === "number" &&
    Array.isArray((body as CounterBody).pending)
  );
}

/** Writers kept overtaking this one on one counter for longer than a worker should wait: try again later. */
export class CounterContended extends MeetstreamError {
  readonly code = "COUNTER_CONTENDED";

  constructor(readonly key: DocumentKey) {
    super(`counter ${key.partition}/${key.sort} changed under every attempt`);
  }
}

/**
 * How many times a counted write reads the counter again. Every failed attempt is another writer's
 * success, so many workers on one counter all finish; the bound only stops a worker that keeps losing
 * (32 workers on one counter, on dynalite, need well over 50), whose event is then delivered again.
 */
const maximumAttempts = 100;

/** The counts under `keys`, in their order: 0 where no document has counted yet. */
export async function readCounters(
  documents: DocumentStore,
  keys: readonly DocumentKey[],
): Promise<number[]> {
  if (keys.length === 0) return [];
  const counters = await documents.getMany<CounterBody>(keys);
  return counters.map((counter) => counter?.body?.count ?? 0);
}

/** What a document adds to its counter: nothing when it is absent or removed. */
export function contributionOf<Body>(counter: ProjectedCounter<Body>, body: Body | null | undefined): number {
  if (body === null || body === undefined) return 0;
  const value = counter.value(body);
  if (!Number.isFinite(value)) throw new TypeError(`a counter value must be a finite number, not ${value}`);
  return value;
}

const sameKey = (left: DocumentKey, right: DocumentKey) =>
  left.partition === right.partition && left.sort === right.sort;

/** Whether the store still holds the document as the worker read it. */
const unmoved = (current: StoredDocument | undefined, read: StoredDocument | undefined) =>
  current === undefined || read === undefined
    ? current === read
    : current.version === read.version && isDeepStrictEqual(current.body, read.body);

type Fate = "waiting" | "landed" | "dead";

function fateOf(write: PendingCountedWrite, current: StoredDocument | undefined): Fate {
  const target = write.document;
  if (current === undefined) return write.expectedVersion === "absent" ? "waiting" : "dead";
  if (current.version === target.version && isDeepStrictEqual(current.body, target.body)) return "landed";
  if (current.version === write.expectedVersion) return "waiting";
  return current.version < target.version ? "dead" : "landed";
}

function counterDocument(
  key: DocumentKey,
  counter: StoredDocument<CounterBody> | undefined,
  body: CounterBody,
): StoredDocument<CounterBody> {
  return { key, version: (counter?.version ?? 0) + 1, body, indexes: {} };
}

/** At most one write per document is pending, so its key and versions name it. */
const sameWrite = (left: PendingCountedWrite, right: PendingCountedWrite) =>
  sameKey(left.document.key, right.document.key) &&
  left.expectedVersion === right.expectedVersion &&
  left.document.version === right.document.version &&
  left.delta === right.delta;

const pendingOf = (counter: StoredDocument<CounterBody> | undefined) => counter?.body?.pending ?? [];

/** Full jitter: workers that lost the same race do not all come back at the same moment. */
const backOff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(250, 2 ** attempt)));

/**
 * Brings a pending write as far as it needs to go, and tells how it ended: a waiting write is landed (and
 * left on the list for the next counted write to sweep off), a dead one is taken off with its delta;
 * "gone" when it is no longer on the list at all.
 */
async function settle(
  documents: DocumentStore,
  counterKey: DocumentKey,
  write: PendingCountedWrite,
): Promise<Fate | "gone"> {
  for (let attempt = 0; attempt < maximumAttempts; attempt++) {
    if (attempt > 0) await backOff(attempt);
    const counter = await documents.get<CounterBody>(counterKey);
    const pending = pendingOf(counter);
    if (!counter || !pending.some((candidate) => sameWrite(candidate, write))) return "gone";
    const fate = fateOf(write, await documents.get(write.document.key));
    if (fate === "landed") return fate;
    try {
      if (fate === "waiting") await documents.put(write.document, { expectedVersion: write.expectedVersion });
      else
        await documents.put(
          counterDocument(counterKey, counter, {
            count: (counter.body?.count ?? 0) - write.delta,
            pending: pending.filter((candidate) => !sameWrite(candidate, write)),
          }),
          { expectedVersion: counter.version },
        );
      return fate === "waiting" ? "landed" : fate;
    } catch (error) {
      // The document or the counter moved meanwhile: look at both again.
      if (!(error instanceof DocumentVersionConflict)) throw error;
    }
  }
  throw new CounterContended(counterKey);
}

/**
 * Finishes whatever write for the document its counter holds that has not landed: for a document a worker
 * finds already at the version it was about to write (whose writer may have died before writing it), or
 * that a rebuild leaves as it is.
 */
export async function settlePendingWrites(
  documents: DocumentStore,
  counterKey: DocumentKey,
  documentKey: DocumentKey,
): Promise<void> {
  const counter = await documents.get<CounterBody>(counterKey);
  for (const write of pendingOf(counter))
    if (sameKey(write.document.key, documentKey)) await settle(documents, counterKey, write);
}

/** The writes a counter holds that have not reached their documents: in flight, or left by a dead worker. */
export async function unlandedWrites(
  documents: DocumentStore,
  counterKey: DocumentKey,
): Promise<PendingCountedWrite[]> {
  const pending = pendingOf(await documents.get<CounterBody>(counterKey));
  if (pending.length === 0) return [];
  const stored = await documents.getMany(pending.map((write) => write.document.key));
  return pending.filter((write, index) => fateOf(write, stored[index]) !== "landed");
}

/**
 * Writes `next` over `read` (the document as the caller read it, undefined when absent) and adds `delta`
 * to the counter at `counterKey`, exactly once whatever other workers and crashes do: one counter write
 * and one document write when nothing else is going on. Throws DocumentVersionConflict when the document
 * has moved since `read`: the caller reads it again.
 */
export async function writeCounted(
  documents: DocumentStore,
  counterKey: DocumentKey,
  read: StoredDocument | undefined,
  next: StoredDocument,
  delta: number,
): Promise<void> {
  const write: PendingCountedWrite = {
    document: next,
    expectedVersion: read ? read.version : "absent",
    delta,
  };
  for (let attempt = 0; attempt < maximumAttempts; attempt++) {
    if (attempt > 0) await backOff(attempt);
    // The counter first: a write is swept off it only once its document has moved, so the documents read
    // next show that.
    const counter = await documents.get<CounterBody>(counterKey);
    const pending = pendingOf(counter);
    const others = pending.filter((candidate) => !sameKey(candidate.document.key, next.key));
    const [current, ...stored] = await documents.getMany([
      next.key,
      ...others.map((candidate) => candidate.document.key),
    ]);
    const fates = pending.map((candidate) =>
      fateOf(
        candidate,
        sameKey(candidate.document.key, next.key) ? current : stored[others.indexOf(candidate)],
      ),
    );
    const waitingHere = pending.find(
      (candidate, index) => fates[index] === "waiting" && sameKey(candidate.document.key, next.key),
    );
    if (waitingHere) {
      // Another worker's write to this document, counted and not written: finish it, then look again.
      await settle(documents, counterKey, waitingHere);
      continue;
    }
    if (!unmoved(current, read)) throw new DocumentVersionConflict(next.key, write.expectedVersion);
    // Landed writes are swept off, dead ones taken back: the list keeps only writes still in flight.
    const taken = pending.reduce(
      (sum, candidate, index) => sum + (fates[index] === "dead" ? candidate.delta : 0),
      0,
    );
    const counted = counterDocument(counterKey, counter, {
      count: (counter?.body?.count ?? 0) + delta - taken,
      pending: [...pending.filter((_, index) => fates[index] === "waiting"), write],
    });
    try {
      await documents.put(counted, { expectedVersion: counter ? counter.version : "absent" });
    } catch (error) {
      if (!(error instanceof DocumentVersionConflict)) throw error;
      continue;
    }
    try {
      await documents.put(next, { expectedVersion: write.expectedVersion });
      return;
    } catch (error) {
      if (!(error instanceof DocumentVersionConflict)) throw error;
    }
    // Another worker landed it, or moved the document first: settling tells which (and takes a dead
    // write back); either way the caller reads the document again and finds the change done or to do.
    await settle(documents, counterKey, write);
    throw new DocumentVersionConflict(next.key, write.expectedVersion);
  }
  throw new CounterContended(counterKey);
}
