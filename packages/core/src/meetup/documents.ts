import type { DocumentKey, IndexKey } from "../documents/document-store";
import { listCursor } from "../documents/list-cursor";
import type { EventEnvelope } from "../eventstore/envelope";
import type { FoldingProjection, ProjectedDocument, Projection } from "../projection/projection";
import {
  type Meetup,
  meetupDecider,
  partySize,
  type RsvpStatus,
  rsvpClosesAt,
  seatsLeft,
  type WaitlistedParty,
  waitlistPosition,
} from "./decider";
import type { MeetupEvent, Venue } from "./events";

export const meetupStream = (meetupId: string): string => `meetup-${meetupId}`;

export const meetupIdOfStream = (streamId: string): string => streamId.slice("meetup-".length);

export const meetupKey = (meetupId: string): DocumentKey => ({
  partition: `meetup#${meetupId}`,
  sort: "meetup",
});

/** Beside the meetup, never in a list: what only confirmed attendees and organisers may read. */
export const meetupPrivateKey = (meetupId: string): DocumentKey => ({
  partition: `meetup#${meetupId}`,
  sort: "private",
});

export const attendeeKey = (meetupId: string, memberId: string): DocumentKey => ({
  partition: `meetup#${meetupId}`,
  sort: `attendee#${memberId}`,
});

/** Sorts by start, then id: "upcoming" is every sort value from now on, "past" every one before. */
const bySchedule = (startsAt: string, meetupId: string) => `${startsAt}#${meetupId}`;

/** The cursor that starts a page of `upcomingOf`, `pastOf` or `draftsOf` right after this meetup (relay edges). */
export const meetupCursorOf = (meetup: Pick<MeetupDocument, "id" | "startsAt">): string =>
  listCursor(bySchedule(meetup.startsAt, meetup.id));

/** The `first` index of a published or cancelled meetup: its community's meetups, by start. */
export const communityMeetupsPartition = (communityId: string) => `community-meetups#${communityId}`;
/** The `first` index of a draft: kept apart, so that public lists never hold one. */
export const communityDraftsPartition = (communityId: string) => `community-drafts#${communityId}`;
/** The `first` index of an attendee: the member's RSVPs, by the meetup's start. */
export const memberRsvpsPartition = (memberId: string) => `member-rsvps#${memberId}`;
/** The `second` index of an attendee: the meetup's attendee list, confirmed first, then the waitlist in order. */
export const meetupAttendeesPartition = (meetupId: string) => `meetup-attendees#${meetupId}`;

/** One point per RSVP-related event. Counts are people, guests included. */
export interface TimelinePoint {
  at: string;
  confirmed: number;
  waitlisted: number;
  checkedIn: number;
}

/**
 * What anyone who may see the meetup sees. The online join URL is not here: it is in the private
 * document, read through `joinUrlFor`. The waitlist names members by id; show it to organisers and hosts.
 */
export interface MeetupDocument {
  id: string;
  communityId: string;
  status: "draft" | "published" | "cancelled";
  title: string;
  /** Markdown source. */
  description: string;
  venue: Venue | null;
  /** Whether the meetup has an online join URL (the URL itself is private). */
  online: boolean;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  /** Seats, guests included; null for unlimited. */
  capacity: number | null;
  guestLimit: number;
  rsvpOpensAt: string | null;
  /** When RSVPs close: the organiser's choice, or else the start. */
  rsvpClosesAt: string;
  waitlistEnabled: boolean;
  sequence: number;
  cancellationMessage: string | null;
  /** Seats held by confirmed RSVPs, guests included. */
  confirmedSeats: number;
  /** Null for unlimited; never below zero (a capacity decrease takes no seat away). */
  spotsLeft: number | null;
  /** Parties waiting. */
  waitlistLength: number;
  /** People waiting, guests included. */
  waitlistedSeats: number;
  /** First in line first. */
  waitlist: WaitlistedParty[];
  timeline: TimelinePoint[];
  scheduledAt: string;
  publishedAt: string | null;
  cancelledAt: string | null;
  updatedAt: string;
}

export interface MeetupPrivateDocument {
  meetupId: string;
  communityId: string;
  joinUrl: string | null;
}

/** One member's RSVP to one meetup. Attendance ("no-show") depends on the time it is read: see `attendanceOf`. */
export interface AttendeeDocument {
  meetupId: string;
  communityId: string;
  memberId: string;
  status: RsvpStatus;
  guests: number;
  /** 1 for the first party in line; null when not waitlisted. */
  waitlistPosition: number | null;
  checkedIn: boolean;
  checkedInAt: string | null;
  /** When the member last RSVPed (a new RSVP after cancelling starts again). */
  rsvpAt: string;
  updatedAt: string;
  meetupStatus: MeetupDocument["status"];
  startsAt: string;
  endsAt: string;
}

interface AttendeeTrail {
  rsvpAt: string;
  /** The stream version of the RSVP: orders the attendee list without names. */
  rsvpVersion: number;
  checkedInAt: string | null;
  updatedAt: string;
}

export interface MeetupView {
  meetupId: string;
  meetup: Meetup;
  attendees: Record<string, AttendeeTrail>;
  timeline: TimelinePoint[];
  scheduledAt: string;
  publishedAt: string | null;
  cancelledAt: string | null;
  updatedAt: string;
}

const rsvpEventTypes = new Set<string>([
  "RsvpConfirmed",
  "RsvpWaitlisted",
  "WaitlistPromoted",
  "RsvpCancelled",
  "RsvpRemoved",
  "RsvpReleased",
  "AttendeeCheckedIn",
]);

const waitlistedSeats = (meetup: Meetup): number =>
  meetup.waitlist.reduce((sum, party) => sum + partySize(party.guests), 0);

const checkedInSeats = (meetup: Meetup): number =>
  Object.values(meetup.rsvps).reduce((sum, rsvp) => sum + (rsvp.checkedIn ? partySize(rsvp.guests) : 0), 0);

const initialView: MeetupView = {
  meetupId: "",
  meetup: meetupDecider.initialState,
  attendees: {},
  timeline: [],
  scheduledAt: "",
  publishedAt: null,
  cancelledAt: null,
  updatedAt: "",
};

/** Folds a meetup stream into the view its documents show; the decider's own `evolve` keeps the rules in one place. */
export function evolveView(view: MeetupView, envelope: EventEnvelope): MeetupView {
  const event = envelope as unknown as MeetupEvent;
  const at = envelope.meta.occurredAt;
  const meetup = meetupDecider.evolve(view.meetup, event);
  const next: MeetupView = {
    ...view,
    meetupId: meetupIdOfStream(envelope.streamId),
    meetup,
    updatedAt: at,
  };
  switch (event.type) {
    case "MeetupScheduled":
      next.scheduledAt = at;
      break;
    case "MeetupPublished":
      next.publishedAt = at;
      break;
    case "MeetupCancelled":
      next.cancelledAt = at;
      break;
    case "RsvpConfirmed":
    case "RsvpWaitlisted":
      next.attendees = {
        ...view.attendees,
        [event.data.memberId]: {
          rsvpAt: at,
          rsvpVersion: envelope.version,
          checkedInAt: null,
          updatedAt: at,
        },
      };
      break;
    case "WaitlistPromoted":
    case "RsvpCancelled":
    case "RsvpRemoved":
    case "RsvpReleased":
    case "AttendeeCheckedIn": {
      const trail = view.attendees[event.data.memberId];
      if (trail)
        next.attendees = {
          ...view.attendees,
          [event.data.memberId]: {
            ...trail,
            updatedAt: at,
            checkedInAt: event.type === "AttendeeCheckedIn" ? at : trail.checkedInAt,
          },
        };
      break;
    }
  }
  if (rsvpEventTypes.has(event.type))
    next.timeline = [
      ...view.timeline,
      {
        at,
        confirmed: meetup.confirmedSeats,
        waitlisted: waitlistedSeats(meetup),
        checkedIn: checkedInSeats(meetup),
      },
    ];
  return next;
}

function meetupDocument(view: MeetupView): MeetupDocument {
  const { meetup } = view;
  const left = seatsLeft(meetup);
  return {
    id: view.meetupId,
    communityId: meetup.communityId,
    status: meetup.status === "unscheduled" ? "draft" : meetup.status,
    title: meetup.details.title,
    description: meetup.details.description,
    venue: meetup.details.venue,
    online: meetup.details.joinUrl !== null,
    timeZone: meetup.timeZone,
    startsAt: meetup.startsAt,
    endsAt: meetup.endsAt,
    capacity: meetup.capacity,
    guestLimit: meetup.details.guestLimit,
    rsvpOpensAt: meetup.details.rsvpOpensAt,
    rsvpClosesAt: rsvpClosesAt(meetup),
    waitlistEnabled: meetup.details.waitlist,
    sequence: meetup.sequence,
    cancellationMessage: meetup.cancellationMessage,
    confirmedSeats: meetup.confirmedSeats,
    spotsLeft: Number.isFinite(left) ? Math.max(0, left) : null,
    waitlistLength: meetup.waitlist.length,
    waitlistedSeats: waitlistedSeats(meetup),
    waitlist: meetup.waitlist,
    timeline: view.timeline,
    scheduledAt: view.scheduledAt,
    publishedAt: view.publishedAt,
    cancelledAt: view.cancelledAt,
    updatedAt: view.updatedAt,
  };
}

const statusOrder: Record<RsvpStatus, string> = {
  confirmed: "1-confirmed",
  waitlisted: "2-waitlisted",
  cancelled: "3-cancelled",
  removed: "4-removed",
};

const padded = (value: number, digits: number) => String(value).padStart(digits, "0");

/** The attendee list's order: by status, the waitlist in line order, everyone else by when they RSVPed. */
export const attendeeListSort = (status: RsvpStatus, order: number, memberId: string): string =>
  `${statusOrder[status]}#${padded(order, 10)}#${memberId}`;

/**
 * The documents of one meetup stream, all in the meetup's partition: the meetup, its private part, and
 * one attendee document per member who ever RSVPed.
 */
export const meetupsProjection: FoldingProjection<MeetupView> = {
  name: "meetups",
  categories: ["meetup"],
  initialState: initialView,
  evolve: evolveView,
  documents(view) {
    const { meetup, meetupId } = view;
    if (meetup.status === "unscheduled") return [];
    const body = meetupDocument(view);
    const listed: IndexKey = {
      partition:
        body.status === "draft"
          ? communityDraftsPartition(meetup.communityId)
          : communityMeetupsPartition(meetup.communityId),
      sort: bySchedule(meetup.startsAt, meetupId),
    };
    const documents: ProjectedDocument[] = [
      { key: meetupKey(meetupId), body, indexes: { first: listed } },
      {
        key: meetupPrivateKey(meetupId),
        body: {
          meetupId,
          communityId: meetup.communityId,
          joinUrl: meetup.details.joinUrl,
        } satisfies MeetupPrivateDocument,
      },
    ];
    for (const [memberId, rsvp] of Object.entries(meetup.rsvps)) {
      const trail = view.attendees[memberId];
      if (!trail) continue;
      const position = waitlistPosition(meetup, memberId) ?? null;
      const attendee: AttendeeDocument = {
        meetupId,
        communityId: meetup.communityId,
        memberId,
        status: rsvp.status,
        guests: rsvp.guests,
        waitlistPosition: position,
        checkedIn: rsvp.checkedIn,
        checkedInAt: trail.checkedInAt,
        rsvpAt: trail.rsvpAt,
        updatedAt: trail.updatedAt,
        meetupStatus: body.status,
        startsAt: meetup.startsAt,
        endsAt: meetup.endsAt,
      };
      const active = rsvp.status === "confirmed" || rsvp.status === "waitlisted";
      documents.push({
        key: attendeeKey(meetupId, memberId),
        body: attendee,
        indexes: {
          ...(active && {
            first: { partition: memberRsvpsPartition(memberId), sort: bySchedule(meetup.startsAt, meetupId) },
          }),
          second: {
            partition: meetupAttendeesPartition(meetupId),
            sort: attendeeListSort(rsvp.status, position ?? trail.rsvpVersion, memberId),
          },
        },
      });
    }
    return documents;
  },
};

export const meetupProjections: readonly Projection[] = [meetupsProjection as Projection];
