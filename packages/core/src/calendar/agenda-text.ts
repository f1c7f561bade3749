import type { AgendaVersionView } from "../agenda/index";
import { localClockTimeOf, zoneNameAt } from "../clock/local-time";
import { plainText } from "./plain-text";

/** A released agenda, as calendars and feeds tell it. */
export type ReleasedAgenda = Pick<AgendaVersionView, "meetupId" | "number" | "note" | "releasedAt" | "slots">;

/**
 * The agenda as lines of text in the meetup's zone, said once in the heading:
 * "Agenda (version 2, times in CEST)", then "19:00–19:30 Doors open" for each slot.
 */
export function agendaText(agenda: ReleasedAgenda, timeZone: string): string {
  const first = agenda.slots[0];
  const zone = first ? zoneNameAt(first.startsAt, timeZone) : timeZone;
  const lines = agenda.slots.map(
    (slot) =>
      `${localClockTimeOf(slot.startsAt, timeZone, { zoneName: false })}–${localClockTimeOf(slot.endsAt, timeZone, { zoneName: false })} ${plainText(slot.title)}`,
  );
  return [`Agenda (version ${agenda.number}, times in ${zone})`, ...lines].join("\n");
}
