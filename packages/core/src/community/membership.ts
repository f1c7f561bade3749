import type { Decider, WithMetadata } from "../decider/decider";
import type { JoinMode } from "./community";
import type { MembershipStanding } from "./decider";
import { AlreadyAMember, CommunityNotFound, NoPendingRequest, NotAMember, NotAnOrganiser } from "./errors";
import {
  MemberJoined,
  MemberLeft,
  MemberRemoved,
  MembershipApproved,
  MembershipCarriedOver,
  MembershipDeclined,
  type MembershipEvent,
  MembershipRequested,
  MembershipWithdrawn,
} from "./events";

/** One member's membership of one community: the whole state of its stream. */
export interface Membership {
  standing: MembershipStanding;
  /** Whether the stream holds any event: a membership that ended still has a history. */
  recorded: boolean;
}

/** What the community's own stream says, read by the command's caller: the membership stream cannot know. */
export interface CommunityFacts {
  founded: boolean;
  joinMode: JoinMode;
  /** Whether the member who asks organises the community. */
  actorOrganises: boolean;
}

/**
 * A command on the membership of `memberId` in `communityId`, asked by its `metadata.actor` (the member
 * themself for joining and leaving, an organiser for the rest, the system for an erasure or a carry-over).
 */
export type MembershipCommand = { communityId: string; memberId: string } & (
  | { type: "Join"; community: CommunityFacts }
  /** The founder's own membership, once the community is founded. */
  | { type: "JoinAsFounder" }
  | { type: "Leave"; community: CommunityFacts }
  /** `erased`: the member context says the member was erased: no approval lets them in. */
  | { type: "Approve"; community: CommunityFacts; erased?: boolean }
  | { type: "Decline"; community: CommunityFacts }
  | { type: "Remove"; community: CommunityFacts }
  /** The system's, after the member's erasure: whatever their standing, it ends. */
  | { type: "EndErased" }
  /** A membership the community stream recorded before memberships had streams of their own. */
  | { type: "CarryOver"; standing: "member" | "pending"; since: string }
);

const none: Membership = { standing: null, recorded: false };

type OnFacts = WithMetadata<MembershipCommand & { community: CommunityFacts }>;

function assertFounded(command: OnFacts): void {
  if (!command.community.founded) throw new CommunityNotFound(command.communityId);
}

function assertOrganiser(command: OnFacts): void {
  assertFounded(command);
  if (!command.community.actorOrganises)
    throw new NotAnOrganiser(command.communityId, command.metadata.actor);
}

const notAMember = (command: WithMetadata<MembershipCommand>) =>
  new NotAMember(
    command.communityId,
    command.memberId,
    command.metadata.actor === command.memberId ? "you" : "another member",
  );

export const membershipDecider: Decider<Membership, MembershipCommand, MembershipEvent> = {
  initialState: none,

  decide(command, membership) {
    const { communityId, memberId } = command;
    const { standing } = membership;
    switch (command.type) {
      case "Join":
        assertFounded(command);
        if (standing === "member") throw new AlreadyAMember(communityId, memberId);
        // Asking again while the request waits changes nothing.
        if (standing === "pending") return [];
        return command.community.joinMode === "open"
          ? [MemberJoined({ memberId })]
          : [MembershipRequested({ memberId })];

      case "JoinAsFounder":
        return standing === "member" ? [] : [MemberJoined({ memberId })];

      case "Leave":
        assertFounded(command);
        if (standing === "pending") return [MembershipWithdrawn({ memberId })];
        if (standing !== "member") throw notAMember(command);
        return [MemberLeft({ memberId })];

      case "Approve":
        assertOrganiser(command);
        // An erased member is on their way out: they read as what they are about to be, no request.
        if (command.erased === true) throw new NoPendingRequest(communityId, memberId);
        // Approving twice (two organisers at once, or a retry) finds the member already in.
        if (standing === "member") return [];
        if (standing !== "pending") throw new NoPendingRequest(communityId, memberId);
        return [MembershipApproved({ memberId })];

      case "Decline":
        assertOrganiser(command);
        if (standing !== "pending") throw new NoPendingRequest(communityId, memberId);
        return [MembershipDeclined({ memberId })];

      case "Remove":
        assertOrganiser(command);
        if (standing !== "member") throw notAMember(command);
        return [MemberRemoved({ memberId })];

      case "EndErased":
        // Nothing left to end (never a member, or ended already by an earlier delivery): nothing to record.
        return standing === null ? [] : [MemberRemoved({ memberId, reason: "erased" })];

      case "CarryOver":
        // A membership with a history of its own (the member acted since) is told by that history.
        return !membership.recorded
          ? [MembershipCarriedOver({ memberId, standing: command.standing, since: command.since })]
          : [];
    }
  },

  evolve(_membership, event) {
    switch (event.type) {
      case "MemberJoined":
      case "MembershipApproved":
        return { standing: "member", recorded: true };
      case "MembershipRequested":
        return { standing: "pending", recorded: true };
      case "MembershipCarriedOver":
        return { standing: event.data.standing, recorded: true };
      case "MembershipDeclined":
      case "MembershipWithdrawn":
      case "MemberLeft":
      case "MemberRemoved":
        return { standing: null, recorded: true };
    }
  },
};
