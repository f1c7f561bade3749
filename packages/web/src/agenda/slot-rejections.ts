import { type FieldErrors, fieldErrorsOf } from "../components/form-field";
import { slotRange } from "./agenda-words";

/** A refused draft command, as the API's result unions give it: the rejection's type and what it carries. */
export interface SlotRejection {
  __typename: string;
  code?: string;
  message: string;
  issues?: readonly { path: readonly string[]; message: string }[];
  overlapping?: { title: string; startsAt: string; endsAt: string };
}

interface MeetupTimes {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/**
 * Where a refusal belongs on the slot form, in words for an organiser: an overlap or a time outside the
 * meetup on the start, a talk that cannot go on on the talk, the input's own issues on their fields, and
 * the rest (`form`) for the form as a whole. The API's messages name slots and meetups by id.
 */
export function slotErrorsOf(rejection: SlotRejection, meetup: MeetupTimes): FieldErrors {
  const range = (startsAt: string, endsAt: string) =>
    slotRange(startsAt, endsAt, meetup.timeZone, meetup.startsAt);
  switch (rejection.__typename) {
    case "InvalidAgendaSlot":
      return fieldErrorsOf(rejection.issues ?? []);
    case "SlotOverlaps":
      return {
        startsAt: rejection.overlapping
          ? `It would overlap “${rejection.overlapping.title}” (${range(rejection.overlapping.startsAt, rejection.overlapping.endsAt)}).`
          : "It would overlap another slot.",
      };
    case "SlotOutsideMeetup":
      return {
        startsAt: `It must start and end within the meetup, ${range(meetup.startsAt, meetup.endsAt)}.`,
      };
    case "TalkNotConfirmed":
      return { proposalId: "This talk is not confirmed (any more): only confirmed talks go on the agenda." };
    case "TalkAlreadyOnAgenda":
      return { proposalId: "This talk is on the agenda already." };
    default:
      return { form: agendaRefusalWords(rejection) };
  }
}

const refusalWords: Record<string, string> = {
  AGENDA_CLOSED: "This meetup is over or cancelled: its agenda stays as it was.",
  SLOT_NOT_FOUND: "That slot is no longer on the draft.",
  NOTHING_TO_RELEASE: "Nothing to release: the draft has no slot, or it is the same as the latest version.",
  NOT_AN_ORGANISER: "Only the community's organisers edit its agendas.",
  NOT_SIGNED_IN: "You are signed out. Sign in and try again.",
  MEETUP_NOT_FOUND: "This meetup no longer exists.",
};

/** A refusal of a command on the agenda as a whole (a move, a removal, a release), in words. */
export function agendaRefusalWords(rejection: { code?: unknown; message: string }): string {
  return (typeof rejection.code === "string" && refusalWords[rejection.code]) || rejection.message;
}
