import fc from "fast-check";
import { expect, test } from "vitest";
import { fold } from "../decider/decider";
import { projecting } from "../testing/projecting";
import type { PathNow, ProgressCommand } from "./decider";
import { progressDecider } from "./decider";
import type { ProgressDocument } from "./documents";
import { completionKey, progressKey, progressProjection, progressStream } from "./documents";
import type { ProgressEvent } from "./events";
import { progressView } from "./queries";

/*
 * Revisions never corrupt progress: whatever a curator does to the path (add, remove, move, edit a
 * checkpoint, unpublish and publish again) between whatever a member marks, the completion shown equals
 * the share worked out from scratch (the last mark of each current checkpoint), and no progress shows for
 * a checkpoint the current revision does not have. And the completion counted (the completion document
 * the path's count adds up) is the one worked out from scratch once the revision reactor has caught up,
 * however late it reacts: it reassesses against the path as it is when it runs.
 */

const memberId = "0190aaaa-0000-7000-8000-00000000000a";
const pathId = "0190bbbb-0000-7000-8000-00000000000b";

type Step =
  | { kind: "add"; at: number }
  | { kind: "remove"; at: number }
  | { kind: "move"; from: number; to: number }
  | { kind: "edit"; at: number }
  | { kind: "unpublish" }
  | { kind: "publish" }
  | { kind: "mark"; at: number; done: boolean }
  | { kind: "mark-removed"; at: number; done: boolean }
  /** Every current checkpoint marked done, one after the other: completions come often enough to lapse. */
  | { kind: "finish" }
  | { kind: "check-in"; at: number; cause: number }
  | { kind: "unfollow" }
  | { kind: "follow" }
  /** The revision reactor runs, for whichever revisions it has not yet (the bus is late, or not). */
  | { kind: "react" };

const position = fc.nat({ max: 40 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), at: position }),
  fc.record({ kind: fc.constant("remove" as const), at: position }),
  fc.record({ kind: fc.constant("move" as const), from: position, to: position }),
  fc.record({ kind: fc.constant("edit" as const), at: position }),
  fc.record({ kind: fc.constant("unpublish" as const) }),
  fc.record({ kind: fc.constant("publish" as const) }),
  fc.record({ kind: fc.constant("mark" as const), at: position, done: fc.boolean() }),
  fc.record({ kind: fc.constant("mark" as const), at: position, done: fc.boolean() }),
  fc.record({ kind: fc.constant("mark-removed" as const), at: position, done: fc.boolean() }),
  fc.record({ kind: fc.constant("finish" as const) }),
  fc.record({ kind: fc.constant("check-in" as const), at: position, cause: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant("unfollow" as const) }),
  fc.record({ kind: fc.constant("follow" as const) }),
  fc.record({ kind: fc.constant("react" as const) }),
);

test("the completion shown is the share of the current checkpoints done, and the one counted agrees once revisions are reacted to, whatever the edits", () => {
  fc.assert(
    fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
      let checkpoints = ["c1", "c2", "c3"];
      let next = 4;
      let revision = 1;
      let published = true;
      const removed: string[] = [];
      const history: ProgressEvent[] = [];
      const lastMark = new Map<string, boolean>();
      const marksOffPath: string[] = [];
      const pick = (at: number) => checkpoints[at % Math.max(1, checkpoints.length)];
      const path = (): PathNow | null =>
        published ? { pathId, status: "published", revision, checkpointIds: checkpoints } : null;
      // What the reactor reads: the path's latest revision, whatever its status.
      const latest = (): PathNow => ({
        pathId,
        status: published ? "published" : "unpublished",
        revision,
        checkpointIds: checkpoints,
      });
      const doneFromScratch = () => checkpoints.filter((id) => lastMark.get(id) === true).length;
      const documentsNow = () => projecting(progressProjection, progressStream(memberId, pathId), history);
      const counted = () =>
        documentsNow().some(
          (document) => document.key.sort === completionKey(memberId, pathId).sort && document.body !== null,
        );
      // Before the first follow there is no progress at all to count.
      const completedFromScratch = () => history.length > 0 && doneFromScratch() === checkpoints.length;
      const run = (command: ProgressCommand) => {
        try {
          const events = progressDecider.decide(
            { ...command, metadata: { at: "2026-01-01T00:00:00.000Z", actor: memberId } },
            fold(progressDecider, history),
          );
          history.push(...events);
          for (const event of events)
            if (event.type === "CheckpointMarked") {
              // Progress is recorded only for a checkpoint of the revision it was decided on.
              if (!checkpoints.includes(event.data.checkpointId)) marksOffPath.push(event.data.checkpointId);
              lastMark.set(event.data.checkpointId, event.data.done);
            }
        } catch {
          // A refusal (a checkpoint gone, an unpublished path) records nothing: that is its whole effect.
        }
      };
      for (const each of steps) {
        switch (each.kind) {
          case "add":
            if (checkpoints.length < 30) {
              checkpoints = [...checkpoints];
              checkpoints.splice(each.at % (checkpoints.length + 1), 0, `c${next++}`);
              revision++;
            }
            break;
          case "remove": {
            const gone = pick(each.at);
            if (gone && checkpoints.length > 1) {
              checkpoints = checkpoints.filter((id) => id !== gone);
              removed.push(gone);
              revision++;
            }
            break;
          }
          case "move": {
            const moved = [...checkpoints];
            const [one] = moved.splice(each.from % moved.length, 1);
            if (one) moved.splice(each.to % (moved.length + 1), 0, one);
            checkpoints = moved;
            revision++;
            break;
          }
          case "edit":
            // A task or resource changes, the id stays: its progress stays too.
            revision++;
            break;
          case "unpublish":
            published = false;
            break;
          case "publish":
            published = true;
            break;
          case "mark": {
            const checkpointId = pick(each.at);
            if (checkpointId) run({ type: "MarkCheckpoint", path: path(), checkpointId, done: each.done });
            break;
          }
          case "finish":
            for (const checkpointId of checkpoints)
              run({ type: "MarkCheckpoint", path: path(), checkpointId, done: true });
            break;
          case "mark-removed": {
            const checkpointId = removed[each.at % Math.max(1, removed.length)];
            if (checkpointId) run({ type: "MarkCheckpoint", path: path(), checkpointId, done: each.done });
            break;
          }
          case "check-in": {
            const checkpointId = pick(each.at);
            if (checkpointId)
              run({
                type: "RecordCheckIn",
                path: path(),
                checkpointIds: [checkpointId],
                cause: `e${each.cause}`,
              });
            break;
          }
          case "unfollow":
            run({ type: "UnfollowPath", path: path() });
            break;
          case "follow":
            run({ type: "FollowPath", path: path(), checkedIn: [] });
            break;
          case "react":
            run({ type: "ReassessCompletion", path: latest() });
            expect(counted()).toBe(completedFromScratch());
            break;
        }
      }
      // The bus catches up at last: one reaction (a duplicate, too) after the last revision.
      run({ type: "ReassessCompletion", path: latest() });
      run({ type: "ReassessCompletion", path: latest() });
      expect(counted()).toBe(completedFromScratch());

      const stored = documentsNow().find(
        (document) => document.key.sort === progressKey(memberId, pathId).sort,
      );
      const current = { checkpoints: checkpoints.map((id) => ({ id })) };
      const view = stored?.body
        ? progressView(stored.body as ProgressDocument, current, memberId)
        : undefined;
      const done = doneFromScratch();
      const share = done / checkpoints.length;

      expect(view?.completion ?? 0).toBeCloseTo(share, 10);
      expect(view?.doneCount ?? 0).toBe(done);
      expect(view?.completed ?? false).toBe(done === checkpoints.length);
      // Shown and counted agree, and the moment shown is the recorded completion's.
      expect(view?.completed ?? false).toBe(counted());
      if (view?.completed) expect(view.completedAt).not.toBeNull();
      // One entry per current checkpoint, in order, and none for any other.
      if (view) expect(view.checkpoints.map((checkpoint) => checkpoint.checkpointId)).toEqual(checkpoints);
      expect(marksOffPath).toEqual([]);
    }),
    { numRuns: 300 },
  );
});
