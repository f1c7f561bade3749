import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import * as z from "../validation/zod";

/*
 * One stream per meetup: `agenda-<meetupId>`. The draft is edited slot by slot; a release copies the
 * whole draft into its event, so a released version is read from that one event and never recomputed
 * from later edits. Talks appear by proposal id; their titles are copied in when the slot is made (a
 * confirmed talk's title is public), so reading an agenda needs no other stream.
 */

const instant = () => z.iso.datetime();
const id = () => z.string().check(z.minLength(1));

export const slotSchema = () =>
  z.object({
    slotId: id(),
    startsAt: instant(),
    minutes: z.int().check(z.positive()),
    /** The confirmed talk it gives room to; null for a free item. */
    proposalId: z.nullable(id()),
    /** The talk's title, or the free item's label. */
    title: z.string(),
  });
export type AgendaSlot = z.infer<ReturnType<typeof slotSchema>>;

export const AgendaSlotAdded = defineEvent("AgendaSlotAdded", slotSchema);
/** The whole slot after the change. */
export const AgendaSlotEdited = defineEvent("AgendaSlotEdited", slotSchema);
export const AgendaSlotRemoved = defineEvent("AgendaSlotRemoved", () => z.object({ slotId: id() }));
/** A reorder: every slot's new start, by slot id. */
export const AgendaSlotsRescheduled = defineEvent("AgendaSlotsRescheduled", () =>
  z.object({ starts: z.array(z.object({ slotId: id(), startsAt: instant() })) }),
);
export const AgendaReleased = defineEvent("AgendaReleased", () =>
  z.object({ number: z.int().check(z.positive()), note: z.string(), slots: z.array(slotSchema()) }),
);

export const agendaEventTypes: readonly EventType[] = [
  AgendaSlotAdded,
  AgendaSlotEdited,
  AgendaSlotRemoved,
  AgendaSlotsRescheduled,
  AgendaReleased,
];

export type AgendaEvent =
  | EventOf<typeof AgendaSlotAdded>
  | EventOf<typeof AgendaSlotEdited>
  | EventOf<typeof AgendaSlotRemoved>
  | EventOf<typeof AgendaSlotsRescheduled>
  | EventOf<typeof AgendaReleased>;
