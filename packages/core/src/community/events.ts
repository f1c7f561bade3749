import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import * as z from "../validation/zod";

/*
 * Events record what was accepted; the rules for input (lengths, formats) live in `community-input.ts`,
 * so that a rule can change without making old events unreadable. Members appear by id only: names and
 * emails stay in the member context, where erasure can reach them.
 */

const details = () => ({
  name: z.string().check(z.minLength(1)),
  slug: z.string().check(z.minLength(1)),
  /** Markdown source, stored as written: rendering it is the web app's job. */
  description: z.string(),
  tags: z.array(z.string()),
  joinMode: z.enum(["open", "approval"]),
});

const memberData = () => z.object({ memberId: z.string().check(z.minLength(1)) });

/*
 * Two kinds of stream. A community stream, `community-<communityId>`, holds the community's details and
 * its roles (organisers and hosts): what every decision about the community as a whole needs, and little
 * enough to load at once however many members it has. A membership stream,
 * `membership-<communityId>-<memberId>`, holds one member's membership of one community, from asking or
 * joining to leaving: a community of 100,000 members is 100,000 short streams, and a join costs the same
 * in the first week as in the tenth year. Streams written before memberships had streams of their own
 * hold the membership events in the community stream; `carryOverMemberships` moves them out.
 */

/** A community stream. The founder is its first organiser; their membership is in their own stream. */
export const CommunityFounded = defineEvent("CommunityFounded", () =>
  z.object({ ...details(), founderId: z.string().check(z.minLength(1)), foundedAt: z.iso.datetime() }),
);

/** The whole of the details after the change: no earlier event is needed to show them. */
export const CommunityDetailsChanged = defineEvent("CommunityDetailsChanged", () => z.object(details()));

export const OrganiserAppointed = defineEvent("OrganiserAppointed", memberData);
export const HostAppointed = defineEvent("HostAppointed", memberData);
/** The member keeps their membership, as a plain member. */
export const RoleRevoked = defineEvent("RoleRevoked", () =>
  z.object({ memberId: z.string().check(z.minLength(1)), role: z.enum(["organiser", "host"]) }),
);

/** Membership streams from here on (and, in streams written before they existed, community streams). */

/** Joined an open community: a member at once. */
export const MemberJoined = defineEvent("MemberJoined", memberData);
/** Asked to join a community that approves its members: pending until an organiser decides. */
export const MembershipRequested = defineEvent("MembershipRequested", memberData);
export const MembershipApproved = defineEvent("MembershipApproved", memberData);
export const MembershipDeclined = defineEvent("MembershipDeclined", memberData);
/** The requester took their pending request back. */
export const MembershipWithdrawn = defineEvent("MembershipWithdrawn", memberData);
export const MemberLeft = defineEvent("MemberLeft", memberData);
/**
 * An organiser removed the member, or (`reason: "erased"`, by the system) the member's erasure ended their
 * membership or their pending request.
 */
export const MemberRemoved = defineEvent("MemberRemoved", () =>
  z.object({ memberId: z.string().check(z.minLength(1)), reason: z.optional(z.enum(["erased"])) }),
);

/**
 * A membership recorded in the community stream before memberships had streams of their own, carried
 * over as it stood: the first event of its membership stream.
 */
export const MembershipCarriedOver = defineEvent("MembershipCarriedOver", () =>
  z.object({
    memberId: z.string().check(z.minLength(1)),
    standing: z.enum(["member", "pending"]),
    since: z.iso.datetime(),
  }),
);

/**
 * In a community stream written before memberships had streams of their own: every membership it
 * recorded has been carried over to its own stream, so the membership documents it projected go.
 */
export const MembershipsMovedOut = defineEvent("MembershipsMovedOut", () =>
  z.object({ carriedOver: z.int().check(z.gte(0)) }),
);

const slugReservationData = () => z.object({ communityId: z.string().check(z.minLength(1)) });

/** A slug stream: `slug-<slug>`. Whoever reserved it last, and has not released it, holds the slug. */
export const SlugReserved = defineEvent("SlugReserved", slugReservationData);
export const SlugReleased = defineEvent("SlugReleased", slugReservationData);

/** What a membership stream holds. */
export type MembershipEvent =
  | EventOf<typeof MemberJoined>
  | EventOf<typeof MembershipRequested>
  | EventOf<typeof MembershipApproved>
  | EventOf<typeof MembershipDeclined>
  | EventOf<typeof MembershipWithdrawn>
  | EventOf<typeof MemberLeft>
  | EventOf<typeof MemberRemoved>
  | EventOf<typeof MembershipCarriedOver>;

/** What a community stream holds: its details and roles, and in streams written before memberships had streams of their own, those too. */
export type CommunityEvent =
  | EventOf<typeof CommunityFounded>
  | EventOf<typeof CommunityDetailsChanged>
  | EventOf<typeof OrganiserAppointed>
  | EventOf<typeof HostAppointed>
  | EventOf<typeof RoleRevoked>
  | EventOf<typeof MembershipsMovedOut>
  | Exclude<MembershipEvent, EventOf<typeof MembershipCarriedOver>>;

export type SlugReservationEvent = EventOf<typeof SlugReserved> | EventOf<typeof SlugReleased>;

export const communityEventTypes: readonly EventType[] = [
  CommunityFounded,
  CommunityDetailsChanged,
  OrganiserAppointed,
  HostAppointed,
  RoleRevoked,
  MemberJoined,
  MembershipRequested,
  MembershipApproved,
  MembershipDeclined,
  MembershipWithdrawn,
  MemberLeft,
  MemberRemoved,
  MembershipCarriedOver,
  MembershipsMovedOut,
  SlugReserved,
  SlugReleased,
];
