import type { AgendaSlot } from "./events";

export type AgendaChangeKind = "added" | "removed" | "moved" | "retimed" | "renamed";

/** One slot that is new, gone, or different between two versions, by slot id. */
export interface AgendaChange {
  kind: AgendaChangeKind;
  slotId: string;
  /** In the later version; in the earlier one for a removed slot. */
  title: string;
  startsAt: string | null;
  minutes: number | null;
  previousStartsAt: string | null;
  previousMinutes: number | null;
  previousTitle: string | null;
}

/**
 * What changed from `earlier` to `later`: in the later version's order, then what was removed in the
 * earlier one's. A slot that moved and changed length is "moved" (both pairs of values say the rest).
 */
export function agendaChanges(earlier: readonly AgendaSlot[], later: readonly AgendaSlot[]): AgendaChange[] {
  const before = new Map(earlier.map((slot) => [slot.slotId, slot]));
  const after = new Set(later.map((slot) => slot.slotId));
  const changes: AgendaChange[] = [];
  for (const slot of later) {
    const previous = before.get(slot.slotId);
    const kind: AgendaChangeKind | null = !previous
      ? "added"
      : previous.startsAt !== slot.startsAt
        ? "moved"
        : previous.minutes !== slot.minutes
          ? "retimed"
          : previous.title !== slot.title
            ? "renamed"
            : null;
    if (kind === null) continue;
    changes.push({
      kind,
      slotId: slot.slotId,
      title: slot.title,
      startsAt: slot.startsAt,
      minutes: slot.minutes,
      previousStartsAt: previous?.startsAt ?? null,
      previousMinutes: previous?.minutes ?? null,
      previousTitle: kind === "renamed" ? (previous?.title ?? null) : null,
    });
  }
  for (const slot of earlier) {
    if (after.has(slot.slotId)) continue;
    changes.push({
      kind: "removed",
      slotId: slot.slotId,
      title: slot.title,
      startsAt: null,
      minutes: null,
      previousStartsAt: slot.startsAt,
      previousMinutes: slot.minutes,
      previousTitle: null,
    });
  }
  return changes;
}
