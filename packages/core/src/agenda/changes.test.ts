import { describe, expect, test } from "vitest";
import { agendaChanges } from "./changes";
import type { AgendaSlot } from "./events";

const slot = (slotId: string, startsAt: string, minutes: number, title = slotId): AgendaSlot => ({
  slotId,
  startsAt,
  minutes,
  proposalId: null,
  title,
});

describe("what changed between two versions", () => {
  test("the same slots: nothing", () => {
    const slots = [slot("doors", "2026-06-04T16:00:00.000Z", 30)];
    expect(agendaChanges(slots, slots)).toEqual([]);
  });

  test("added, moved, retimed, renamed and removed slots, each said once", () => {
    const earlier = [
      slot("doors", "2026-06-04T16:00:00.000Z", 30),
      slot("talk", "2026-06-04T16:30:00.000Z", 30),
      slot("pizza", "2026-06-04T17:00:00.000Z", 30, "Pizza"),
      slot("quiz", "2026-06-04T18:00:00.000Z", 20),
      slot("gone", "2026-06-04T18:30:00.000Z", 10),
    ];
    const later = [
      slot("doors", "2026-06-04T16:00:00.000Z", 30),
      slot("talk", "2026-06-04T17:30:00.000Z", 30),
      slot("pizza", "2026-06-04T17:00:00.000Z", 30, "Pizza and drinks"),
      slot("quiz", "2026-06-04T18:00:00.000Z", 25),
      slot("new", "2026-06-04T18:30:00.000Z", 10),
    ];
    expect(agendaChanges(earlier, later).map((change) => [change.kind, change.slotId])).toEqual([
      ["moved", "talk"],
      ["renamed", "pizza"],
      ["retimed", "quiz"],
      ["added", "new"],
      ["removed", "gone"],
    ]);
    const [moved, renamed, , added, removed] = agendaChanges(earlier, later);
    expect(moved).toMatchObject({
      previousStartsAt: "2026-06-04T16:30:00.000Z",
      startsAt: "2026-06-04T17:30:00.000Z",
    });
    expect(renamed).toMatchObject({ previousTitle: "Pizza", title: "Pizza and drinks" });
    expect(added).toMatchObject({ previousStartsAt: null, previousMinutes: null });
    expect(removed).toMatchObject({ startsAt: null, minutes: null, previousMinutes: 10, title: "gone" });
  });
});
