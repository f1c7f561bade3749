import type { Decider } from "../decider/decider";
import {
  AgendaClosed,
  InvalidAgendaSlot,
  NothingToRelease,
  SlotNotFound,
  SlotOutsideMeetup,
  SlotOverlaps,
  TalkAlreadyOnAgenda,
} from "./errors";
import {
  type AgendaEvent,
  AgendaReleased,
  type AgendaSlot,
  AgendaSlotAdded,
  AgendaSlotEdited,
  AgendaSlotRemoved,
  AgendaSlotsRescheduled,
} from "./events";

/** A meetup's agenda: the draft being edited and what was released. */
export interface Agenda {
  /** Ordered by start. */
  draft: readonly AgendaSlot[];
  releases: readonly { number: number; slots: readonly AgendaSlot[] }[];
}

/**
 * What the decider needs of the meetup, put into each command by the handler (which reads the meetup
 * context), so that the decider stays pure.
 */
export interface MeetupTimes {
  startsAt: string;
  endsAt: string;
  /** A past or cancelled meetup's agenda no longer changes. */
  closed: boolean;
}

type OnAgenda<Command> = Command & { meetupId: string; meetup: MeetupTimes };

export type AgendaCommand = OnAgenda<
  /** The handler checked the talk is confirmed, of the meetup's community, and copied its title. */
  | { type: "AddSlot"; slot: AgendaSlot }
  | { type: "EditSlot"; slotId: string; changes: Partial<Pick<AgendaSlot, "startsAt" | "minutes" | "title">> }
  | { type: "MoveSlot"; slotId: string; position: number }
  | { type: "RemoveSlot"; slotId: string }
  | { type: "ReleaseAgenda"; note: string }
>;

export const noAgenda: Agenda = { draft: [], releases: [] };

const time = (instant: string) => Date.parse(instant);
const endOf = (slot: Pick<AgendaSlot, "startsAt" | "minutes">) => time(slot.startsAt) + slot.minutes * 60_000;
const byStart = (slots: readonly AgendaSlot[]) =>
  [...slots].sort((left, right) => time(left.startsAt) - time(right.startsAt));

export const slotLimits = { minutes: { minimum: 1, maximum: 600 }, title: { maximum: 120 }, note: 500 };

function assertWellFormed(slot: AgendaSlot): void {
  const issues = [];
  const { minimum, maximum } = slotLimits.minutes;
  if (!Number.isInteger(slot.minutes) || slot.minutes < minimum || slot.minutes > maximum)
    issues.push({ path: ["minutes"], message: `must be a whole number from ${minimum} to ${maximum}` });
  const title = slot.title.trim();
  if (title.length === 0 || title.length > slotLimits.title.maximum)
    issues.push({ path: ["title"], message: `must be 1 to ${slotLimits.title.maximum} characters` });
  if (Number.isNaN(time(slot.startsAt))) issues.push({ path: ["startsAt"], message: "must be an instant" });
  if (issues.length > 0) throw new InvalidAgendaSlot(issues);
}

/** Inside the meetup, and clear of every other slot (touching ends do not overlap). */
function assertFits(slot: AgendaSlot, others: readonly AgendaSlot[], meetup: MeetupTimes): void {
  if (time(slot.startsAt) < time(meetup.startsAt) || endOf(slot) > time(meetup.endsAt))
    throw new SlotOutsideMeetup();
  const overlapping = others.find(
    (other) => time(other.startsAt) < endOf(slot) && time(slot.startsAt) < endOf(other),
  );
  if (overlapping) throw new SlotOverlaps(overlapping);
}

function slotOf(agenda: Agenda, slotId: string): AgendaSlot {
  const slot = agenda.draft.find((candidate) => candidate.slotId === slotId);
  if (!slot) throw new SlotNotFound(slotId);
  return slot;
}

/**
 * The draft's slots in a new order, laid out from the first slot's start: each keeps its length, and the
 * gap after each position stays where it was.
 */
export function reorderedStarts(draft: readonly AgendaSlot[], slotId: string, position: number) {
  const ordered = byStart(draft);
  const from = ordered.findIndex((slot) => slot.slotId === slotId);
  const gaps = ordered
    .slice(1)
    .map((slot, index) => time(slot.startsAt) - endOf(ordered[index] as AgendaSlot));
  const moved = [...ordered];
  const [slot] = moved.splice(from, 1);
  moved.splice(Math.max(0, Math.min(position, moved.length)), 0, slot as AgendaSlot);
  let start = time((ordered[0] as AgendaSlot).startsAt);
  return moved.map((each, index) => {
    const startsAt = new Date(start).toISOString();
    start += each.minutes * 60_000 + (gaps[index] ?? 0);
    return { slotId: each.slotId, startsAt };
  });
}

const sameSlots = (left: readonly AgendaSlot[], right: readonly AgendaSlot[]) =>
  JSON.stringify(byStart(left)) === JSON.stringify(byStart(right));

/** Whether the draft may be released: it has a slot, and differs from the latest release (none: empty). */
export const isReleasable = (draft: readonly AgendaSlot[], latest: readonly AgendaSlot[]): boolean =>
  draft.length > 0 && !sameSlots(latest, draft);

export const agendaDecider: Decider<Agenda, AgendaCommand, AgendaEvent> = {
  initialState: noAgenda,

  decide(command, agenda) {
    if (command.meetup.closed) throw new AgendaClosed(command.meetupId);
    switch (command.type) {
      case "AddSlot": {
        const { slot } = command;
        // A retried add finds its slot: nothing more to do.
        if (agenda.draft.some((existing) => existing.slotId === slot.slotId)) return [];
        if (slot.proposalId && agenda.draft.some((existing) => existing.proposalId === slot.proposalId))
          throw new TalkAlreadyOnAgenda(slot.proposalId);
        assertWellFormed(slot);
        assertFits(slot, agenda.draft, command.meetup);
        return [AgendaSlotAdded(slot)];
      }
      case "EditSlot": {
        const slot = slotOf(agenda, command.slotId);
        // A talk's title is the talk's own.
        const { title, ...timing } = command.changes;
        const edited = {
          ...slot,
          ...timing,
          ...(slot.proposalId === null && title !== undefined ? { title } : {}),
        };
        if (JSON.stringify(edited) === JSON.stringify(slot)) return [];
        assertWellFormed(edited);
        assertFits(
          edited,
          agenda.draft.filter((other) => other.slotId !== slot.slotId),
          command.meetup,
        );
        return [AgendaSlotEdited(edited)];
      }
      case "MoveSlot": {
        slotOf(agenda, command.slotId);
        const starts = reorderedStarts(agenda.draft, command.slotId, command.position);
        const rescheduled = agenda.draft.map((slot) => ({
          ...slot,
          startsAt: starts.find((start) => start.slotId === slot.slotId)?.startsAt ?? slot.startsAt,
        }));
        if (sameSlots(rescheduled, agenda.draft)) return [];
        // The same lengths and gaps from the same first start: the last slot still ends where it did.
        return [AgendaSlotsRescheduled({ starts })];
      }
      case "RemoveSlot":
        return agenda.draft.some((slot) => slot.slotId === command.slotId)
          ? [AgendaSlotRemoved({ slotId: command.slotId })]
          : [];
      case "ReleaseAgenda": {
        const latest = agenda.releases.at(-1);
        if (!isReleasable(agenda.draft, latest?.slots ?? [])) throw new NothingToRelease();
        if (command.note.length > slotLimits.note)
          throw new InvalidAgendaSlot([
            { path: ["note"], message: `must be up to ${slotLimits.note} characters` },
          ]);
        return [
          AgendaReleased({
            number: agenda.releases.length + 1,
            note: command.note.trim(),
            slots: byStart(agenda.draft),
          }),
        ];
      }
    }
  },

  evolve(agenda, event) {
    switch (event.type) {
      case "AgendaSlotAdded":
        return { ...agenda, draft: byStart([...agenda.draft, event.data]) };
      case "AgendaSlotEdited":
        return {
          ...agenda,
          draft: byStart(agenda.draft.map((slot) => (slot.slotId === event.data.slotId ? event.data : slot))),
        };
      case "AgendaSlotRemoved":
        return { ...agenda, draft: agenda.draft.filter((slot) => slot.slotId !== event.data.slotId) };
      case "AgendaSlotsRescheduled":
        return {
          ...agenda,
          draft: byStart(
            agenda.draft.map((slot) => ({
              ...slot,
              startsAt:
                event.data.starts.find((start) => start.slotId === slot.slotId)?.startsAt ?? slot.startsAt,
            })),
          ),
        };
      case "AgendaReleased":
        return {
          ...agenda,
          releases: [...agenda.releases, { number: event.data.number, slots: event.data.slots }],
        };
    }
  },
};
