import type { Decider, WithMetadata } from "../decider/decider";
import type { CommunityDetails, CommunityStanding, CommunitySummary, EditCommunityInput } from "./community";
import {
  CommunityAlreadyFounded,
  CommunityNotFound,
  LastOrganiser,
  NotAMember,
  NotAnOrganiser,
  type Subject,
} from "./errors";
import {
  CommunityDetailsChanged,
  type CommunityEvent,
  CommunityFounded,
  HostAppointed,
  MembershipsMovedOut,
  OrganiserAppointed,
  RoleRevoked,
} from "./events";

/** What a member does for the community beyond belonging to it. */
export type CommunityRoleHeld = "organiser" | "host";

/**
 * A community's stream state: its details and who holds a role, and nothing that grows with its members
 * (their memberships are streams of their own, `membership.ts`).
 */
export interface Community extends CommunityDetails {
  status: "unfounded" | "founded";
  foundedAt: string;
  /** Organisers and hosts, by member id, in the order they took the role. */
  roles: Record<string, CommunityRoleHeld>;
  /** Whether the memberships this stream recorded before they had streams of their own were carried over. */
  membershipsMovedOut: boolean;
}

/** A membership as its own stream tells it, for the decisions about roles that depend on it. */
export type MembershipStanding = "member" | "pending" | null;

/** Every command names the community; who asks is its `metadata.actor`. */
type Addressed<Command> = Command & { communityId: string };

/** Why a role ends along with a membership. */
export type Departure = "leave" | "remove" | "erased";

export type CommunityCommand = Addressed<
  /** `details` have passed the community rules (`parseFoundInput`). */
  | { type: "Found"; details: CommunityDetails }
  /** `changes` have passed the community rules (`parseEditInput`). */
  | { type: "Edit"; changes: EditCommunityInput }
  /**
   * `membership`: the member's membership, from its stream. `erased`: the member context says the member
   * was erased (the community's stream cannot know).
   */
  | { type: "AppointOrganiser"; memberId: string; membership: MembershipStanding; erased?: boolean }
  | { type: "AppointHost"; memberId: string; membership: MembershipStanding; erased?: boolean }
  | { type: "RevokeRole"; memberId: string; membership: MembershipStanding }
  /**
   * Before a membership ends (the member leaves, an organiser removes them, or their erasure ends it):
   * their role ends first, unless they are the last organiser and it is not an erasure.
   */
  | { type: "EndRole"; memberId: string; departure: Departure }
  /** After every membership this stream recorded was carried over to its own stream. */
  | { type: "MarkMembershipsMovedOut"; carriedOver: number }
>;

const unfounded: Community = {
  status: "unfounded",
  name: "",
  slug: "",
  description: "",
  tags: [],
  joinMode: "open",
  foundedAt: "",
  roles: {},
  membershipsMovedOut: false,
};

const detailsOf = ({ name, slug, description, tags, joinMode }: Community): CommunityDetails => ({
  name,
  slug,
  description,
  tags,
  joinMode,
});

const sameDetails = (left: CommunityDetails, right: CommunityDetails): boolean =>
  JSON.stringify(left) === JSON.stringify(right);

const organisersOf = (community: Community): string[] =>
  Object.keys(community.roles).filter((memberId) => community.roles[memberId] === "organiser");

/** Whether taking `memberId`'s organiser role away would leave the community without one. */
const isLastOrganiser = (community: Community, memberId: string): boolean =>
  community.roles[memberId] === "organiser" && organisersOf(community).length === 1;

/** A member's standing: their membership, and the role they hold if they are a member. */
export function standingIn(
  community: Community,
  memberId: string,
  membership: MembershipStanding,
): CommunityStanding | null {
  if (community.status !== "founded" || membership === null) return null;
  if (membership === "pending") return "pending";
  return community.roles[memberId] ?? "member";
}

export function assertFounded(communityId: string, community: Community): void {
  if (community.status !== "founded") throw new CommunityNotFound(communityId);
}

export function assertOrganiser(communityId: string, community: Community, actor: string): void {
  assertFounded(communityId, community);
  if (community.roles[actor] !== "organiser") throw new NotAnOrganiser(communityId, actor);
}

/** Whom a rejection of the command is about, for its message. */
export const subjectOf = (actor: string, memberId: string): Subject =>
  actor === memberId ? "you" : "another member";

type OnMember = Extract<CommunityCommand, { memberId: string; membership: MembershipStanding }>;

/**
 * An erased member is on their way out (the erasure's reactor ends the membership): they take no role
 * meanwhile, and read as what they are about to be, no member.
 */
function assertMember(command: WithMetadata<OnMember>): void {
  const erased = "erased" in command && command.erased === true;
  if (command.membership !== "member" || erased)
    throw new NotAMember(
      command.communityId,
      command.memberId,
      subjectOf(command.metadata.actor, command.memberId),
    );
}

function withRole(community: Community, memberId: string, role: CommunityRoleHeld | null): Community {
  const { [memberId]: _previous, ...others } = community.roles;
  return { ...community, roles: role === null ? others : { ...others, [memberId]: role } };
}

export const communityDecider: Decider<Community, CommunityCommand, CommunityEvent> = {
  initialState: unfounded,

  decide(command, community) {
    const { communityId } = command;
    const { actor, at } = command.metadata;
    switch (command.type) {
      case "Found":
        if (community.status === "founded") throw new CommunityAlreadyFounded(communityId);
        return [CommunityFounded({ ...command.details, founderId: actor, foundedAt: at })];

      case "Edit": {
        assertOrganiser(communityId, community, actor);
        const next = { ...detailsOf(community), ...command.changes };
        return sameDetails(next, detailsOf(community)) ? [] : [CommunityDetailsChanged(next)];
      }

      case "AppointOrganiser":
        assertOrganiser(communityId, community, actor);
        assertMember(command);
        if (community.roles[command.memberId] === "organiser") return [];
        return [OrganiserAppointed({ memberId: command.memberId })];

      case "AppointHost": {
        assertOrganiser(communityId, community, actor);
        assertMember(command);
        if (community.roles[command.memberId] === "host") return [];
        if (isLastOrganiser(community, command.memberId))
          throw new LastOrganiser(communityId, command.memberId, subjectOf(actor, command.memberId));
        return [HostAppointed({ memberId: command.memberId })];
      }

      case "RevokeRole": {
        assertOrganiser(communityId, community, actor);
        assertMember(command);
        const role = community.roles[command.memberId];
        if (role === undefined) return [];
        if (isLastOrganiser(community, command.memberId))
          throw new LastOrganiser(communityId, command.memberId, subjectOf(actor, command.memberId));
        return [RoleRevoked({ memberId: command.memberId, role })];
      }

      case "EndRole": {
        const { memberId, departure } = command;
        // An erasure ends whatever there is, the last organiser's role too: an erased member organises nothing.
        if (departure === "erased") {
          const role = community.roles[memberId];
          return community.status === "founded" && role ? [RoleRevoked({ memberId, role })] : [];
        }
        if (departure === "remove") assertOrganiser(communityId, community, actor);
        else assertFounded(communityId, community);
        const role = community.roles[memberId];
        if (role === undefined) return [];
        if (isLastOrganiser(community, memberId))
          throw new LastOrganiser(communityId, memberId, subjectOf(actor, memberId));
        return [RoleRevoked({ memberId, role })];
      }

      case "MarkMembershipsMovedOut":
        if (community.membershipsMovedOut) return [];
        return [MembershipsMovedOut({ carriedOver: command.carriedOver })];
    }
  },

  evolve(community, event) {
    switch (event.type) {
      case "CommunityFounded": {
        const { founderId, foundedAt, ...details } = event.data;
        return {
          ...unfounded,
          status: "founded",
          ...details,
          foundedAt,
          roles: { [founderId]: "organiser" },
        };
      }
      case "CommunityDetailsChanged":
        return { ...community, ...event.data };
      case "OrganiserAppointed":
        return withRole(community, event.data.memberId, "organiser");
      case "HostAppointed":
        return withRole(community, event.data.memberId, "host");
      case "RoleRevoked":
        return withRole(community, event.data.memberId, null);
      case "MembershipsMovedOut":
        return { ...community, membershipsMovedOut: true };
      // Written before memberships had streams of their own: a membership that ended took its role along.
      case "MembershipDeclined":
      case "MembershipWithdrawn":
      case "MemberLeft":
      case "MemberRemoved":
        return community.roles[event.data.memberId] === undefined
          ? community
          : withRole(community, event.data.memberId, null);
      case "MemberJoined":
      case "MembershipRequested":
      case "MembershipApproved":
        return community;
    }
  },
};

/**
 * What anyone may see of the community in this state, but for its member count (a projected counter) and
 * its description's HTML.
 */
export function profileOf(
  communityId: string,
  community: Community,
): Omit<CommunitySummary, "memberCount" | "descriptionHtml"> {
  const withRole = (role: CommunityRoleHeld) =>
    Object.keys(community.roles).filter((memberId) => community.roles[memberId] === role);
  return {
    id: communityId,
    ...detailsOf(community),
    organiserIds: withRole("organiser"),
    hostIds: withRole("host"),
    foundedAt: community.foundedAt,
  };
}
