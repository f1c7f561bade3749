import { expect, test } from "vitest";
import type { EnvelopeOf } from "../projection/projection";
import type { MeetupEvent } from "./events";
import { CapacityChanged, RsvpReleased } from "./events";
import { historyEntryOf } from "./history-summary";

const stored = (event: MeetupEvent, version: number) =>
  ({
    ...event,
    id: `event-${version}`,
    streamId: "meetup-1",
    version,
    schemaVersion: 1,
    meta: { actor: "ann", occurredAt: "2026-05-01T10:00:00.000Z", correlationId: "c", causationId: null },
  }) as EnvelopeOf<MeetupEvent>;

test("an entry says who did what and when, in plain words", () => {
  expect(historyEntryOf(stored(CapacityChanged({ capacity: null }), 3))).toEqual({
    version: 3,
    type: "CapacityChanged",
    actor: "ann",
    occurredAt: "2026-05-01T10:00:00.000Z",
    summary: "changed the capacity to unlimited",
  });
});

test.each([
  ["left", "released the RSVP of bob: the member left the community"],
  ["removed", "released the RSVP of bob: the member was removed from the community"],
  ["erased", "released the RSVP of bob: the member was erased"],
] as const)("a release names why: %s", (reason, summary) => {
  expect(historyEntryOf(stored(RsvpReleased({ memberId: "bob", reason, cause: "e" }), 9)).summary).toBe(
    summary,
  );
});
