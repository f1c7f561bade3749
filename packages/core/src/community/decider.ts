import type { Decider } from "../decider/decider";
import type { CommunityDetails, CommunityStanding, CommunitySummary, EditCommunityInput } from "./community";
import {
  AlreadyAMember,
  CommunityAlreadyFounded,
  CommunityNotFound,
  LastOrganiser,
  NoPendingRequest,
  NotAMember,
  NotAnOrganiser,
  type Subject,
} from "./errors";
import {
  CommunityDetailsChanged,
  type CommunityEvent,
  CommunityFounded,
  HostAppointed,
  MemberJoined,
  MemberLeft,
  MemberRemoved,
  MembershipApproved,
  MembershipDeclined,
  MembershipRequested,
  MembershipWithdrawn,
  OrganiserAppointed,
  RoleRevoked,
} from "./events";

export interface Community extends CommunityDetails {
  status: "unfounded" | "founded";
  foundedAt: string;
  /** Every member and pending request, by member id, in the order they came. */
  members: Record<string, CommunityStanding>;
}

/** Every command names the community and who asks (`actor`, a member id). */
type Addressed<Command> = Command & { communityId: string; actor: string };

export type CommunityCommand = Addressed<
  /** `details` have passed the community rules (`parseFoundInput`). */
  | { type: "Found"; details: CommunityDetails; at: string }
  /** `changes` have passed the community rules (`parseEditInput`). */
  | { type: "Edit"; changes: EditCommunityInput }
  /** `erased`: the member context says the member was erased (the community's stream cannot know). */
  | { type: "AppointOrganiser"; memberId: string; erased?: boolean }
  | { type: "AppointHost"; memberId: string; erased?: boolean }
  | { type: "RevokeRole"; memberId: string }
  | { type: "Join" }
  | { type: "Leave" }
  | { type: "Approve"; memberId: string; erased?: boolean }
  | { type: "Decline"; memberId: string }
  | { type: "Remove"; memberId: string }
  /** The system's, after the member's erasure: whatever their standing, it ends. */
  | { type: "EndErasedMembership"; memberId: string }
>;

const unfounded: Community = {
  status: "unfounded",
  name: "",
  slug: "",
  description: "",
  tags: [],
  joinMode: "open",
  foundedAt: "",
  members: {},
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

const isMember = (standing: CommunityStanding | undefined): boolean =>
  standing !== undefined && standing !== "pending";

const organisersOf = (community: Community): string[] =>
  Object.keys(community.members).filter((memberId) => community.members[memberId] === "organiser");

/** Whether taking `memberId`'s organiser role away would leave the community without one. */
const isLastOrganiser = (community: Community, memberId: string): boolean =>
  community.members[memberId] === "organiser" && organisersOf(community).length === 1;

function assertFounded(command: CommunityCommand, community: Community): void {
  if (community.status !== "founded") throw new CommunityNotFound(command.communityId);
}

function assertOrganiser(command: CommunityCommand, community: Community): void {
  assertFounded(command, community);
  if (community.members[command.actor] !== "organiser")
    throw new NotAnOrganiser(command.communityId, command.actor);
}

/** Whom a rejection of the command is about, for its message. */
const subjectOf = (command: CommunityCommand, memberId: string): Subject =>
  command.actor === memberId ? "you" : "another member";

function assertMember(command: CommunityCommand, community: Community, memberId: string): void {
  if (!isMember(community.members[memberId]))
    throw new NotAMember(command.communityId, memberId, subjectOf(command, memberId));
}

/**
 * An erased member is on their way out (the erasure's reactor ends the membership): they take no role and
 * no approval meanwhile, and read as what they are about to be, no member.
 */
function assertNotErased(command: CommunityCommand & { memberId: string; erased?: boolean }): void {
  if (command.erased !== true) return;
  if (command.type === "Approve") throw new NoPendingRequest(command.communityId, command.memberId);
  throw new NotAMember(command.communityId, command.memberId, subjectOf(command, command.memberId));
}

function withStanding(community: Community, memberId: string, standing: CommunityStanding | null): Community {
  const { [memberId]: _previous, ...others } = community.members;
  return { ...community, members: standing === null ? others : { ...others, [memberId]: standing } };
}

export const communityDecider: Decider<Community, CommunityCommand, CommunityEvent> = {
  initialState: unfounded,

  decide(command, community) {
    const { communityId } = command;
    switch (command.type) {
      case "Found":
        if (community.status === "founded") throw new CommunityAlreadyFounded(communityId);
        return [CommunityFounded({ ...command.details, founderId: command.actor, foundedAt: command.at })];

      case "Edit": {
        assertOrganiser(command, community);
        const next = { ...detailsOf(community), ...command.changes };
        return sameDetails(next, detailsOf(community)) ? [] : [CommunityDetailsChanged(next)];
      }

      case "AppointOrganiser": {
        assertOrganiser(command, community);
        assertNotErased(command);
        assertMember(command, community, command.memberId);
        if (community.members[command.memberId] === "organiser") return [];
        return [OrganiserAppointed({ memberId: command.memberId })];
      }

      case "AppointHost": {
        assertOrganiser(command, community);
        assertNotErased(command);
        assertMember(command, community, command.memberId);
        const standing = community.members[command.memberId];
        if (standing === "host") return [];
        if (isLastOrganiser(community, command.memberId))
          throw new LastOrganiser(communityId, command.memberId, subjectOf(command, command.memberId));
        return [HostAppointed({ memberId: command.memberId })];
      }

      case "RevokeRole": {
        assertOrganiser(command, community);
        assertMember(command, community, command.memberId);
        const standing = community.members[command.memberId];
        if (standing !== "organiser" && standing !== "host") return [];
        if (isLastOrganiser(community, command.memberId))
          throw new LastOrganiser(communityId, command.memberId, subjectOf(command, command.memberId));
        return [RoleRevoked({ memberId: command.memberId, role: standing })];
      }

      case "Join": {
        assertFounded(command, community);
        const standing = community.members[command.actor];
        if (isMember(standing)) throw new AlreadyAMember(communityId, command.actor);
        // Asking again while the request waits changes nothing.
        if (standing === "pending") return [];
        return community.joinMode === "open"
          ? [MemberJoined({ memberId: command.actor })]
          : [MembershipRequested({ memberId: command.actor })];
      }

      case "Leave": {
        assertFounded(command, community);
        const standing = community.members[command.actor];
        if (standing === "pending") return [MembershipWithdrawn({ memberId: command.actor })];
        assertMember(command, community, command.actor);
        if (isLastOrganiser(community, command.actor)) throw new LastOrganiser(communityId, command.actor);
        return [MemberLeft({ memberId: command.actor })];
      }

      case "Approve": {
        assertOrganiser(command, community);
        assertNotErased(command);
        const standing = community.members[command.memberId];
        // Approving twice (two organisers at once, or a retry) finds the member already in.
        if (isMember(standing)) return [];
        if (standing !== "pending") throw new NoPendingRequest(communityId, command.memberId);
        return [MembershipApproved({ memberId: command.memberId })];
      }

      case "Decline":
        assertOrganiser(command, community);
        if (community.members[command.memberId] !== "pending")
          throw new NoPendingRequest(communityId, command.memberId);
        return [MembershipDeclined({ memberId: command.memberId })];

      case "Remove":
        assertOrganiser(command, community);
        assertMember(command, community, command.memberId);
        if (isLastOrganiser(community, command.memberId))
          throw new LastOrganiser(communityId, command.memberId, subjectOf(command, command.memberId));
        return [MemberRemoved({ memberId: command.memberId })];

      case "EndErasedMembership":
        // Nothing left to end (never a member, or ended already by an earlier delivery): nothing to record.
        // The last organiser's membership ends too: an erased member organises nothing.
        if (community.status !== "founded" || community.members[command.memberId] === undefined) return [];
        return [MemberRemoved({ memberId: command.memberId, reason: "erased" })];
    }
  },

  evolve(community, event) {
    switch (event.type) {
      case "CommunityFounded": {
        const { founderId, foundedAt, ...details } = event.data;
        return { status: "founded", ...details, foundedAt, members: { [founderId]: "organiser" } };
      }
      case "CommunityDetailsChanged":
        return { ...community, ...event.data };
      case "OrganiserAppointed":
        return withStanding(community, event.data.memberId, "organiser");
      case "HostAppointed":
        return withStanding(community, event.data.memberId, "host");
      case "RoleRevoked":
      case "MemberJoined":
      case "MembershipApproved":
        return withStanding(community, event.data.memberId, "member");
      case "MembershipRequested":
        return withStanding(community, event.data.memberId, "pending");
      case "MembershipDeclined":
      case "MembershipWithdrawn":
      case "MemberLeft":
      case "MemberRemoved":
        return withStanding(community, event.data.memberId, null);
    }
  },
};

/** What anyone may see of the community in this state. */
export function summaryOf(communityId: string, community: Community): CommunitySummary {
  const standings = Object.entries(community.members);
  const withRole = (role: CommunityStanding) =>
    standings.filter(([, standing]) => standing === role).map(([memberId]) => memberId);
  return {
    id: communityId,
    ...detailsOf(community),
    memberCount: standings.filter(([, standing]) => standing !== "pending").length,
    organiserIds: withRole("organiser"),
    hostIds: withRole("host"),
    foundedAt: community.foundedAt,
  };
}
