import { MeetstreamError } from "../errors/meetstream-error";
import type { AgendaSlot } from "./events";

/*
 * Authorization failures are the community's own errors (`NotAnOrganiser`), and an unknown meetup the
 * meetup context's (`MeetupNotFound`): one class per code across the API.
 */
export { NotAnOrganiser } from "../community";
export { MeetupNotFound } from "../meetup";

export interface AgendaIssue {
  path: (string | number)[];
  message: string;
}

export class InvalidAgendaSlot extends MeetstreamError {
  readonly code = "INVALID_AGENDA_SLOT";

  constructor(readonly issues: readonly AgendaIssue[]) {
    super(
      `the slot is invalid: ${issues.map((issue) => `${issue.path.join(".") || "slot"}: ${issue.message}`).join("; ")}`,
    );
  }
}

export class SlotOverlaps extends MeetstreamError {
  readonly code = "SLOT_OVERLAPS";

  constructor(readonly overlapping: AgendaSlot) {
    super("The slot would overlap another one of the agenda.");
  }
}

export class SlotOutsideMeetup extends MeetstreamError {
  readonly code = "SLOT_OUTSIDE_MEETUP";

  constructor() {
    super("The slot would start before the meetup starts or end after it ends.");
  }
}

export class SlotNotFound extends MeetstreamError {
  readonly code = "SLOT_NOT_FOUND";

  constructor(readonly slotId: string) {
    super("There is no such slot on the agenda.");
  }
}

export class TalkNotConfirmed extends MeetstreamError {
  readonly code = "TALK_NOT_CONFIRMED";

  constructor(readonly proposalId: string) {
    super("Only a confirmed talk of the meetup's community goes on its agenda.");
  }
}

export class TalkAlreadyOnAgenda extends MeetstreamError {
  readonly code = "TALK_ALREADY_ON_AGENDA";

  constructor(readonly proposalId: string) {
    super("The talk already has a slot on this agenda.");
  }
}

export class NothingToRelease extends MeetstreamError {
  readonly code = "NOTHING_TO_RELEASE";

  constructor() {
    super("Nothing to release: the draft has no slot, or it is the same as the latest release.");
  }
}

/** A past or cancelled meetup keeps its agenda as it was. */
export class AgendaClosed extends MeetstreamError {
  readonly code = "AGENDA_CLOSED";

  constructor(readonly meetupId: string) {
    super("The meetup is over or cancelled: its agenda no longer changes.");
  }
}
