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
 *   a. read the counter (fence f), then read D again. If the counter holds a pending write for D, settle
 *      it (below) and start again. If D is no longer as the worker read it, the worker's change is stale:
 *      a DocumentVersionConflict sends it back to read D and evolve it again (or skip it, done).
 *   b. write the counter {count + delta, pending + W} expecting f; on conflict start again.
 *   c. settle W: write D conditionally on `from` (W carries the whole document, so anyone can do this),
 *      then take W off the pending list.
 * Settling a pending write W, with the counter read before D:
 *   - D is still at `from`  → W waits: write W's document expecting `from`, then remove W from pending;
 *   - D is W's document     → W landed: remove W from pending;
 *   - D moved elsewhere, below W's version → W can never land (its write expects `from`, and versions only
 *     grow): remove W and take its delta back off the count;
 *   - D moved past W's version → W landed and later events moved on: remove W.
 *   Each removal is conditional on the fence read, and is redone against a fresh read on conflict.
 *
 * Why the count is exact. Invariant: count = Σ contribution of every stored document + Σ delta of every
 * pending write that has not landed. Step b adds a write's delta together with the write; landing moves
 * that delta from the second sum into the first; a removal removes only landed writes (delta stays, now in
 * the first sum) or dead ones (delta taken back). A document moves only by its own conditional writes:
 * a counted write is made only while no other pending write for the same document exists, and the fence
 * makes that check and the write one step (any counter write between the read and the write fails it), so
 * at most one pending write per document exists, and a worker that read D before another worker's write
 * landed either fails its fence or finds that write pending and settles it instead of counting again.
 * Reading the counter before D is what makes "no pending write, D as I read it" mean "not yet counted":
 * a pending write is taken off only after its document has moved, so a worker that finds none and then
 * finds D unmoved knows no write from this state was counted. Recovery is the same code: a worker that
 * died after b left its write pending, and the next worker touching D (the redelivered event, or the next
 * event) lands or reverts it. Nothing blocks on a dead worker, and a rebuild's jump over many events is
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
 * Bounded: pending holds in-flight writes, and a write whose worker died after landing it until the event
 * is applied again (its checkpoint did not move), the document's next counted write, or a rebuild of its
 * stream settles it; such a write is landed, so the count is right meanwhile. Readers only read `count`.
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

/** Writers kept overtaking this one on one counter for longer than a worker should wait: try again later. */
export class CounterContended extends MeetstreamError {
  readonly code = "COUNTER_CONTENDED";

  constructor(readonly key: DocumentKey) {
    super(`counter ${key.partition}/${key.sort} changed under every attempt`);
  }
}

/**
 * How many times a counted write reads the counter again. Every failed attempt is another writer's
 * success, so many workers on one counter all finish; the bound only stops a worker that never wins.
 */
const maximumAttempts = 50;

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

/**
 * Brings a pending write to its end (see the protocol above) and tells how it ended; "gone" when another
 * worker had already taken it off.
 */
async function settle(
  documents: DocumentStore,
  counterKey: DocumentKey,
  write: PendingCountedWrite,
  justWritten?: { counter: StoredDocument<CounterBody>; document: StoredDocument | undefined },
): Promise<Fate | "gone"> {
  let known = justWritten;
  for (let attempt = 0; attempt < maximumAttempts; attempt++) {
    // Its own writer knows both already: every condition below still checks them against the store.
    const counter = known ? known.counter : await documents.get<CounterBody>(counterKey);
    const document = known ? known.document : await documents.get(write.document.key);
    known = undefined;
    const pending = pendingOf(counter);
    if (!counter || !pending.some((candidate) => sameWrite(candidate, write))) return "gone";
    let fate = fateOf(write, document);
    if (fate === "waiting") {
      try {
        await documents.put(write.document, { expectedVersion: write.expectedVersion });
        fate = "landed";
      } catch (error) {
        // Moved meanwhile, by this write's own landing elsewhere or by another: look again.
        if (!(error instanceof DocumentVersionConflict)) throw error;
        continue;
      }
    }
    const count = (counter.body?.count ?? 0) - (fate === "dead" ? write.delta : 0);
    try {
      await documents.put(
        counterDocument(counterKey, counter, {
          count,
          pending: pending.filter((candidate) => !sameWrite(candidate, write)),
        }),
        { expectedVersion: counter.version },
      );
      return fate;
    } catch (error) {
      if (!(error instanceof DocumentVersionConflict)) throw error;
    }
  }
  throw new CounterContended(counterKey);
}

/**
 * Settles whatever write for the document its counter holds pending: for a document a worker finds at
 * the version it was about to write, whose own writer may have died after writing it and before taking
 * it off the counter, or before its rebuild writes it.
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

/**
 * Writes `next` over `read` (the document as the caller read it, undefined when absent) and adds `delta`
 * to the counter at `counterKey`, exactly once whatever other workers and crashes do. Throws
 * DocumentVersionConflict when the document has moved since `read`: the caller reads it again.
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
    // The counter first: a write taken off it has moved its document, so the document read next shows it.
    const counter = await documents.get<CounterBody>(counterKey);
    const current = await documents.get(next.key);
    const waiting = pendingOf(counter).filter((candidate) => sameKey(candidate.document.key, next.key));
    if (waiting.length > 0) {
      for (const other of waiting) await settle(documents, counterKey, other);
      continue;
    }
    if (!unmoved(current, read)) throw new DocumentVersionConflict(next.key, write.expectedVersion);
    const counted = counterDocument(counterKey, counter, {
      count: (counter?.body?.count ?? 0) + delta,
      pending: [...pendingOf(counter), write],
    });
    try {
      await documents.put(counted, { expectedVersion: counter ? counter.version : "absent" });
    } catch (error) {
      if (!(error instanceof DocumentVersionConflict)) throw error;
      continue;
    }
    const fate = await settle(documents, counterKey, write, { counter: counted, document: current });
    if (fate === "landed") return;
    // Reverted (another write moved the document first) or settled by a worker that may have done either:
    // the caller reads the document again and finds this change done or still to do.
    throw new DocumentVersionConflict(next.key, write.expectedVersion);
  }
  throw new CounterContended(counterKey);
}
