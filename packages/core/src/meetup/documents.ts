import type { DocumentKey, IndexKey } from "../documents/document-store";
import { listCursor } from "../documents/list-cursor";
import type { DocumentKind, DocumentProjection, EnvelopeOf, Projection } from "../projection/projection";
import { renderMarkdown } from "../text/markdown";
import type { RsvpStatus } from "./decider";
import type { MeetupEvent, Venue } from "./events";
import { partySize, rsvpClosesAt } from "./rsvp-terms";

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
/**
 * The `second` index of a published meetup: every community's published meetups, by start. Cancelled meetups
 * and drafts carry none, so the list across communities holds only meetups one may still go to. Meetups
 * projected before this index existed get it from `pnpm cli rebuild` (a rebuild writes every document again,
 * indexes included), or at their next event.
 */
export const publishedMeetupsPartition = "published-meetups";
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
 * document, read through `joinUrlFor`. Nothing here grows with the meetup: the waitlist is the waitlisted
 * attendees in the attendee list, and the timeline one document per point (`waitlistOf`, `timelineOf`).
 */
export interface MeetupDocument {
  id: string;
  communityId: string;
  status: "draft" | "published" | "cancelled";
  title: string;
  /** Markdown source. */
  description: string;
  /**
   * The description rendered once, here, so that no reader parses Markdown. Absent from documents projected
   * before it was: `htmlOfDescription` renders theirs when read.
   */
  descriptionHtml?: string;
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
  /** People checked in, guests included: counted for the timeline. */
  checkedInSeats: number;
  /** The organiser's own close of RSVPs, if any (`rsvpClosesAt` follows the start otherwise). */
  chosenRsvpClosesAt: string | null;
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
  /**
   * The stream version of the RSVP: orders the attendee list, the waitlist in line (first in, first out),
   * so that a promotion moves nobody else. The position in line is counted when read.
   */
  rsvpVersion: number;
  checkedIn: boolean;
  checkedInAt: string | null;
  /**
   * Whether the member chose to be shown on the guest list. Absent from documents projected before the
   * choice existed: not listed.
   */
  listed?: boolean;
  /**
   * Of the party's guests, how many came. Absent from documents projected before guests were checked in
   * apart, when a check-in was the whole party: read it through `guestsCheckedInOf`.
   */
  guestsCheckedIn?: number;
  /** When the member last RSVPed (a new RSVP after cancelling starts again). */
  rsvpAt: string;
  updatedAt: string;
  meetupStatus: MeetupDocument["status"];
  startsAt: string;
  endsAt: string;
}

const rsvpEventTypes = new Set<string>([
  "RsvpConfirmed",
  "RsvpWaitlisted",
  "WaitlistPromoted",
  "RsvpCancelled",
  "RsvpRemoved",
  "RsvpReleased",
  "AttendeeCheckedIn",
  "RsvpGuestsChanged",
  "WaitlistPromotedByOrganiser",
  "GuestsCheckedIn",
  "CheckInUndone",
]);

const statusOrder: Record<RsvpStatus, string> = {
  confirmed: "1-confirmed",
  waitlisted: "2-waitlisted",
  cancelled: "3-cancelled",
  removed: "4-removed",
};

/** Of the party's guests, how many came, for documents of either age. */
export const guestsCheckedInOf = (
  attendee: Pick<AttendeeDocument, "checkedIn" | "guests" | "guestsCheckedIn">,
) => (attendee.checkedIn ? (attendee.guestsCheckedIn ?? attendee.guests) : 0);

/** The people of a party who came: the member and the guests checked in with them. */
export const peopleCheckedInOf = (
  attendee: Pick<AttendeeDocument, "checkedIn" | "guests" | "guestsCheckedIn"> | undefined,
): number => (attendee?.checkedIn ? partySize(guestsCheckedInOf(attendee)) : 0);

const padded = (value: number, digits: number) => String(value).padStart(digits, "0");

/** The attendee list's order: by status, the waitlist in line order, everyone else by when they RSVPed. */
export const attendeeListSort = (status: RsvpStatus, order: number, memberId: string): string =>
  `${statusOrder[status]}#${padded(order, 10)}#${memberId}`;

/** The partition of a meetup's documents; the timeline's points sort by the version of their event. */
const meetupPartition = (meetupId: string) => `meetup#${meetupId}`;

export const timelinePointKey = (meetupId: string, version: number): DocumentKey => ({
  partition: meetupPartition(meetupId),
  sort: `timeline#${padded(version, 10)}`,
});

/** The primary range of a meetup's timeline points, in order. */
export const timelineRange = (meetupId: string) => ({
  partition: meetupPartition(meetupId),
  beginsWith: "timeline#",
});

/** The waitlist, in line: the waitlisted stretch of the attendee list. */
export const waitlistedSortPrefix = `${statusOrder.waitlisted}#`;

type MeetupEnvelope = EnvelopeOf<MeetupEvent>;

const memberOf = (event: MeetupEnvelope): string | undefined =>
  "memberId" in event.data ? event.data.memberId : undefined;

interface Counts {
  confirmedSeats: number;
  waitlistLength: number;
  waitlistedSeats: number;
  checkedInSeats: number;
}

/**
 * The meetup's counts after an RSVP event, from the counts and the member's attendee document before it:
 * the same arithmetic as the decider's `evolve`, without the decider's list of every RSVP.
 */
function countsAfter(counts: Counts, before: AttendeeDocument | undefined, event: MeetupEnvelope): Counts {
  const next = {
    confirmedSeats: counts.confirmedSeats,
    waitlistLength: counts.waitlistLength,
    waitlistedSeats: counts.waitlistedSeats,
    checkedInSeats: counts.checkedInSeats,
  };
  const size = before ? partySize(before.guests) : 0;
  const leaveWaitlist = () => {
    if (before?.status !== "waitlisted") return;
    next.waitlistLength -= 1;
    next.waitlistedSeats -= size;
  };
  switch (event.type) {
    case "RsvpConfirmed":
    case "RsvpWaitlisted":
      // A new RSVP starts its attendance again: a check-in of an earlier RSVP no longer counts.
      next.checkedInSeats -= peopleCheckedInOf(before);
      if (event.type === "RsvpConfirmed") next.confirmedSeats += partySize(event.data.guests);
      else {
        next.waitlistLength += 1;
        next.waitlistedSeats += partySize(event.data.guests);
      }
      break;
    case "WaitlistPromoted":
    case "WaitlistPromotedByOrganiser":
      if (!before) break;
      next.confirmedSeats += size;
      leaveWaitlist();
      break;
    case "RsvpCancelled":
    case "RsvpRemoved":
    case "RsvpReleased":
      if (!before) break;
      if (before.status === "confirmed") next.confirmedSeats -= size;
      leaveWaitlist();
      break;
    case "AttendeeCheckedIn":
      if (before) next.checkedInSeats += size - peopleCheckedInOf(before);
      break;
    case "GuestsCheckedIn":
      if (before) next.checkedInSeats += partySize(event.data.guests) - peopleCheckedInOf(before);
      break;
    case "CheckInUndone":
      next.checkedInSeats -= peopleCheckedInOf(before);
      break;
    case "RsvpGuestsChanged": {
      if (!before) break;
      const added = event.data.guests - before.guests;
      if (before.status === "confirmed") next.confirmedSeats += added;
      if (before.status === "waitlisted") next.waitlistedSeats += added;
      if (before.checkedIn) next.checkedInSeats += added;
      break;
    }
  }
  return next;
}

const spotsLeftOf = (capacity: number | null, confirmedSeats: number) =>
  capacity === null ? null : Math.max(0, capacity - confirmedSeats);

function meetupAfter(
  meetup: MeetupDocument | undefined,
  event: MeetupEnvelope,
  attendee: AttendeeDocument | undefined,
): MeetupDocument | undefined {
  const at = event.meta.occurredAt;
  if (event.type === "MeetupScheduled") {
    const { communityId, timeZone, startsAt, endsAt, capacity, ...details } = event.data;
    return {
      id: meetupIdOfStream(event.streamId),
      communityId,
      status: "draft",
      title: details.title,
      description: details.description,
      descriptionHtml: renderMarkdown(details.description),
      venue: details.venue,
      online: details.joinUrl !== null,
      timeZone,
      startsAt,
      endsAt,
      capacity,
      guestLimit: details.guestLimit,
      rsvpOpensAt: details.rsvpOpensAt,
      rsvpClosesAt: rsvpClosesAt({ details, startsAt }),
      waitlistEnabled: details.waitlist,
      sequence: 0,
      cancellationMessage: null,
      confirmedSeats: 0,
      spotsLeft: spotsLeftOf(capacity, 0),
      waitlistLength: 0,
      waitlistedSeats: 0,
      checkedInSeats: 0,
      chosenRsvpClosesAt: details.rsvpClosesAt,
      scheduledAt: at,
      publishedAt: null,
      cancelledAt: null,
      updatedAt: at,
    };
  }
  if (!meetup) return undefined;
  const next: MeetupDocument = { ...meetup, updatedAt: at };
  switch (event.type) {
    case "MeetupPublished":
      return { ...next, status: "published", publishedAt: at };
    case "MeetupDetailsChanged": {
      const details = event.data;
      return {
        ...next,
        title: details.title,
        description: details.description,
        descriptionHtml: renderMarkdown(details.description),
        venue: details.venue,
        online: details.joinUrl !== null,
        guestLimit: details.guestLimit,
        rsvpOpensAt: details.rsvpOpensAt,
        rsvpClosesAt: rsvpClosesAt({ details, startsAt: meetup.startsAt }),
        chosenRsvpClosesAt: details.rsvpClosesAt,
        waitlistEnabled: details.waitlist,
        sequence: meetup.sequence + 1,
      };
    }
    case "MeetupRescheduled": {
      const { timeZone, startsAt, endsAt } = event.data;
      return {
        ...next,
        timeZone,
        startsAt,
        endsAt,
        rsvpClosesAt: meetup.chosenRsvpClosesAt ?? startsAt,
        sequence: meetup.sequence + 1,
      };
    }
    case "CapacityChanged":
      return {
        ...next,
        capacity: event.data.capacity,
        spotsLeft: spotsLeftOf(event.data.capacity, meetup.confirmedSeats),
      };
    case "MeetupCancelled":
      return {
        ...next,
        status: "cancelled",
        cancellationMessage: event.data.message,
        sequence: meetup.sequence + 1,
        cancelledAt: at,
      };
    default: {
      const counts = countsAfter(meetup, attendee, event);
      return { ...next, ...counts, spotsLeft: spotsLeftOf(meetup.capacity, counts.confirmedSeats) };
    }
  }
}

const listedIndex = (meetup: MeetupDocument): IndexKey => ({
  partition:
    meetup.status === "draft"
      ? communityDraftsPartition(meetup.communityId)
      : communityMeetupsPartition(meetup.communityId),
  sort: bySchedule(meetup.startsAt, meetup.id),
});

const publishedIndex = (meetup: MeetupDocument): IndexKey | undefined =>
  meetup.status === "published"
    ? { partition: publishedMeetupsPartition, sort: bySchedule(meetup.startsAt, meetup.id) }
    : undefined;

const meetupKeyOf = (event: MeetupEnvelope) => meetupKey(meetupIdOfStream(event.streamId));

const attendeeKeyOf = (event: MeetupEnvelope, memberId: string) =>
  attendeeKey(meetupIdOfStream(event.streamId), memberId);

/** One point per RSVP-related event: the counts right after it. */
const timelinePoints: DocumentKind<MeetupEvent, TimelinePoint> = {
  touches: (event) =>
    rsvpEventTypes.has(event.type) ? [timelinePointKey(meetupIdOfStream(event.streamId), event.version)] : [],
  evolve(_point, event, touched) {
    const meetup = touched.get<MeetupDocument>(meetupKeyOf(event));
    const memberId = memberOf(event);
    if (!meetup || memberId === undefined) return { type: "unchanged" };
    const counts = countsAfter(meetup, touched.get<AttendeeDocument>(attendeeKeyOf(event, memberId)), event);
    return {
      type: "upsert",
      body: {
        at: event.meta.occurredAt,
        confirmed: counts.confirmedSeats,
        waitlisted: counts.waitlistedSeats,
        checkedIn: counts.checkedInSeats,
      },
    };
  },
};

/** The meetup: listed among its community's meetups (or drafts) by start, and among every community's once published. */
const meetupDocuments: DocumentKind<MeetupEvent, MeetupDocument> = {
  touches: (event) => [meetupKeyOf(event)],
  evolve({ body }, event, touched) {
    const memberId = memberOf(event);
    const attendee =
      memberId === undefined ? undefined : touched.get<AttendeeDocument>(attendeeKeyOf(event, memberId));
    const meetup = meetupAfter(body, event, attendee);
    if (!meetup) return { type: "unchanged" };
    const published = publishedIndex(meetup);
    return {
      type: "upsert",
      body: meetup,
      indexes: { first: listedIndex(meetup), ...(published && { second: published }) },
    };
  },
};

/** Beside the meetup, never in a list: the join URL. */
const privateDocuments: DocumentKind<MeetupEvent, MeetupPrivateDocument> = {
  touches: (event) =>
    event.type === "MeetupScheduled" || event.type === "MeetupDetailsChanged"
      ? [meetupPrivateKey(meetupIdOfStream(event.streamId))]
      : [],
  evolve({ body }, event) {
    const meetupId = meetupIdOfStream(event.streamId);
    if (event.type === "MeetupScheduled")
      return {
        type: "upsert",
        body: { meetupId, communityId: event.data.communityId, joinUrl: event.data.joinUrl },
      };
    if (event.type === "MeetupDetailsChanged" && body)
      return { type: "upsert", body: { ...body, joinUrl: event.data.joinUrl } };
    return { type: "unchanged" };
  },
};

/** The events that change what every attendee document shows of the meetup. */
const meetupWideTypes = new Set<string>(["MeetupPublished", "MeetupRescheduled", "MeetupCancelled"]);

function attendeeAfter(
  attendee: AttendeeDocument | undefined,
  event: MeetupEnvelope,
  meetup: MeetupDocument | undefined,
): AttendeeDocument | undefined {
  const at = event.meta.occurredAt;
  switch (event.type) {
    case "RsvpConfirmed":
    case "RsvpWaitlisted":
      // The meetup's status and times, which an RSVP does not change, come from the meetup document.
      if (!meetup) return undefined;
      return {
        meetupId: meetup.id,
        communityId: meetup.communityId,
        memberId: event.data.memberId,
        status: event.type === "RsvpConfirmed" ? "confirmed" : "waitlisted",
        guests: event.data.guests,
        listed: event.data.listed ?? false,
        rsvpVersion: event.version,
        checkedIn: false,
        checkedInAt: null,
        guestsCheckedIn: 0,
        rsvpAt: at,
        updatedAt: at,
        meetupStatus: meetup.status,
        startsAt: meetup.startsAt,
        endsAt: meetup.endsAt,
      };
    case "MeetupPublished":
      return attendee && { ...attendee, meetupStatus: "published" };
    case "MeetupCancelled":
      return attendee && { ...attendee, meetupStatus: "cancelled" };
    case "MeetupRescheduled":
      return attendee && { ...attendee, startsAt: event.data.startsAt, endsAt: event.data.endsAt };
  }
  if (!attendee) return undefined;
  switch (event.type) {
    case "WaitlistPromoted":
    case "WaitlistPromotedByOrganiser":
      return { ...attendee, status: "confirmed", updatedAt: at };
    case "RsvpCancelled":
      return { ...attendee, status: "cancelled", updatedAt: at };
    case "RsvpRemoved":
      return { ...attendee, status: "removed", updatedAt: at };
    case "RsvpReleased":
      // Removed by an organiser reads as removed; a member who left or was erased withdrew themself.
      return {
        ...attendee,
        status: event.data.reason === "removed" ? "removed" : "cancelled",
        updatedAt: at,
      };
    case "AttendeeCheckedIn":
      return {
        ...attendee,
        checkedIn: true,
        checkedInAt: at,
        guestsCheckedIn: attendee.guests,
        updatedAt: at,
      };
    case "GuestsCheckedIn":
      // A correction keeps the time the member came in.
      return {
        ...attendee,
        checkedIn: true,
        checkedInAt: attendee.checkedIn ? attendee.checkedInAt : at,
        guestsCheckedIn: event.data.guests,
        updatedAt: at,
      };
    case "CheckInUndone":
      return { ...attendee, checkedIn: false, checkedInAt: null, guestsCheckedIn: 0, updatedAt: at };
    case "RsvpGuestsChanged":
      return { ...attendee, guests: event.data.guests, updatedAt: at };
    case "RsvpListingChanged":
      return { ...attendee, listed: event.data.listed, updatedAt: at };
    default:
      return undefined;
  }
}

/** One attendee document per member who ever RSVPed: in the member's RSVPs while active, and in the attendee list. */
const attendeeDocuments: DocumentKind<MeetupEvent, AttendeeDocument> = {
  touches(event) {
    const meetupId = meetupIdOfStream(event.streamId);
    if (meetupWideTypes.has(event.type))
      return [{ partition: meetupPartition(meetupId), beginsWith: "attendee#" }];
    const memberId = memberOf(event);
    return memberId === undefined ? [] : [attendeeKey(meetupId, memberId)];
  },
  evolve({ body }, event, touched) {
    const attendee = attendeeAfter(body, event, touched.get<MeetupDocument>(meetupKeyOf(event)));
    if (!attendee) return { type: "unchanged" };
    const active = attendee.status === "confirmed" || attendee.status === "waitlisted";
    return {
      type: "upsert",
      body: attendee,
      indexes: {
        ...(active && {
          first: {
            partition: memberRsvpsPartition(attendee.memberId),
            sort: bySchedule(attendee.startsAt, attendee.meetupId),
          },
        }),
        second: {
          partition: meetupAttendeesPartition(attendee.meetupId),
          sort: attendeeListSort(attendee.status, attendee.rsvpVersion, attendee.memberId),
        },
      },
    };
  },
};

/** A confirmed member who chose to be shown on the guest list: the member, and where they stand in it. */
export interface GuestListEntry {
  meetupId: string;
  memberId: string;
}

export const guestListEntryKey = (meetupId: string, memberId: string): DocumentKey => ({
  partition: meetupPartition(meetupId),
  sort: `guest-list#${memberId}`,
});

/** The `first` index of a guest list entry: the meetup's guest list, in the order its members RSVPed. */
export const meetupGuestListPartition = (meetupId: string) => `meetup-guest-list#${meetupId}`;

/**
 * One entry per confirmed member who chose to be listed, so that the guest list is read a page at a time
 * without reading the attendees who are not on it. It follows the attendee document: it reads that
 * document before the event and applies the event to it, as the attendee kind (listed after it) will.
 */
const guestListEntries: DocumentKind<MeetupEvent, GuestListEntry> = {
  touches(event) {
    const memberId = memberOf(event);
    return memberId === undefined ? [] : [guestListEntryKey(meetupIdOfStream(event.streamId), memberId)];
  },
  evolve({ body }, event, touched) {
    const memberId = memberOf(event);
    if (memberId === undefined) return { type: "unchanged" };
    const before = touched.get<AttendeeDocument>(attendeeKeyOf(event, memberId));
    const after = attendeeAfter(before, event, touched.get<MeetupDocument>(meetupKeyOf(event))) ?? before;
    if (after?.status === "confirmed" && after.listed === true)
      return {
        type: "upsert",
        body: { meetupId: after.meetupId, memberId },
        indexes: {
          first: {
            partition: meetupGuestListPartition(after.meetupId),
            sort: `${padded(after.rsvpVersion, 10)}#${memberId}`,
          },
        },
      };
    return body ? { type: "delete" } : { type: "unchanged" };
  },
};

/**
 * The documents of one meetup stream, all in the meetup's partition: the meetup, its private part, one
 * attendee document per member who ever RSVPed, and one timeline point per RSVP event. An RSVP writes its
 * point, the meetup's counts and its attendee: three documents, whatever the meetup's size. Each kind reads
 * only kinds listed after it (a point reads the meetup's counts and the attendee as they were before).
 */
export const meetupsProjection: DocumentProjection<MeetupEvent> = {
  name: "meetups",
  categories: ["meetup"],
  kinds: [timelinePoints, guestListEntries, meetupDocuments, privateDocuments, attendeeDocuments],
};

export const meetupProjections: readonly Projection[] = [meetupsProjection];
