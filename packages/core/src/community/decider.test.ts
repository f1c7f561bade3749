import { describe, expect, test } from "vitest";
import { fold } from "../decider/decider";
import { deciderSpecification } from "../decider/given-when-then";
import { newId } from "../ids/new-id";
import type { CommunityDetails } from "./community";
import { type CommunityCommand, communityDecider, summaryOf } from "./decider";
import {
  AlreadyAMember,
  CommunityAlreadyFounded,
  CommunityNotFound,
  LastOrganiser,
  NoPendingRequest,
  NotAMember,
  NotAnOrganiser,
} from "./errors";
import {
  CommunityDetailsChanged,
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
  SlugReleased,
  SlugReserved,
} from "./events";
import { slugReservationDecider } from "./slug-reservation";

const communityId = newId();
const ann = newId();
const bob = newId();
const cy = newId();
const at = "2026-05-01T10:00:00.000Z";

const details: CommunityDetails = {
  name: "Rust Berlin",
  slug: "rust-berlin",
  description: "We write **Rust**.",
  tags: ["rust", "berlin"],
  joinMode: "open",
};

const founded = CommunityFounded({ ...details, founderId: ann, foundedAt: at });
const foundedApproving = CommunityFounded({
  ...details,
  joinMode: "approval",
  founderId: ann,
  foundedAt: at,
});
const joined = (memberId: string) => MemberJoined({ memberId });
const requested = (memberId: string) => MembershipRequested({ memberId });

type Command = CommunityCommand;
const by = (actor: string) => ({ communityId, actor });
const found = (actor = ann): Command => ({ type: "Found", ...by(actor), details, at });
const edit = (actor: string, changes: Extract<Command, { type: "Edit" }>["changes"]): Command => ({
  type: "Edit",
  ...by(actor),
  changes,
});
const onMember = (
  type: "AppointOrganiser" | "AppointHost" | "RevokeRole" | "Approve" | "Decline" | "Remove",
  actor: string,
  memberId: string,
): Command => ({ type, ...by(actor), memberId });
const join = (actor: string): Command => ({ type: "Join", ...by(actor) });
const leave = (actor: string): Command => ({ type: "Leave", ...by(actor) });

describe("founding a community", () => {
  const { given } = deciderSpecification(communityDecider);

  test("the founder founds it with its details", () =>
    given()
      .when(found())
      .then(CommunityFounded({ ...details, founderId: ann, foundedAt: at })));

  test("the founder becomes its organiser and first member", () => {
    const summary = summaryOf(communityId, fold(communityDecider, [founded]));
    expect(summary).toEqual({
      id: communityId,
      ...details,
      memberCount: 1,
      organiserIds: [ann],
      hostIds: [],
      foundedAt: at,
    });
  });

  test("a community is founded only once", () =>
    given(founded).when(found(bob)).thenThrows(CommunityAlreadyFounded));
});

describe("editing a community", () => {
  const { given } = deciderSpecification(communityDecider);

  test("an organiser changes the details, and the event holds all of them after the change", () =>
    given(founded)
      .when(edit(ann, { name: "Rust in Berlin", joinMode: "approval" }))
      .then(CommunityDetailsChanged({ ...details, name: "Rust in Berlin", joinMode: "approval" })));

  test("a change to what the community already says records nothing", () =>
    given(founded)
      .when(edit(ann, { name: details.name }))
      .thenNothing());

  test("only an organiser edits", () =>
    given(founded, joined(bob))
      .when(edit(bob, { name: "Mine now" }))
      .thenThrows(NotAnOrganiser));

  test("a host does not edit either", () =>
    given(founded, joined(bob), HostAppointed({ memberId: bob }))
      .when(edit(bob, { name: "Mine now" }))
      .thenThrows(NotAnOrganiser));

  test("there is no editing a community that was never founded", () =>
    given()
      .when(edit(ann, { name: "Ghost" }))
      .thenThrows(CommunityNotFound));
});

describe("joining and leaving", () => {
  const { given } = deciderSpecification(communityDecider);

  test("in an open community a member joins at once", () => given(founded).when(join(bob)).then(joined(bob)));

  test("in a community that approves its members, joining asks to join", () =>
    given(foundedApproving).when(join(bob)).then(requested(bob)));

  test("asking again while the request waits changes nothing", () =>
    given(foundedApproving, requested(bob)).when(join(bob)).thenNothing());

  test("a member does not join twice", () =>
    given(founded, joined(bob)).when(join(bob)).thenThrows(AlreadyAMember));

  test("there is no joining a community that was never founded", () =>
    given().when(join(bob)).thenThrows(CommunityNotFound));

  test("a member leaves", () =>
    given(founded, joined(bob))
      .when(leave(bob))
      .then(MemberLeft({ memberId: bob })));

  test("leaving while the request waits takes the request back", () =>
    given(foundedApproving, requested(bob))
      .when(leave(bob))
      .then(MembershipWithdrawn({ memberId: bob })));

  test("only a member leaves", () => given(founded).when(leave(bob)).thenThrows(NotAMember));

  test("the last organiser cannot leave", () =>
    given(founded, joined(bob)).when(leave(ann)).thenThrows(LastOrganiser));

  test("an organiser leaves when another organiser stays", () =>
    given(founded, joined(bob), OrganiserAppointed({ memberId: bob }))
      .when(leave(ann))
      .then(MemberLeft({ memberId: ann })));

  test("a member who left may join again", () =>
    given(founded, joined(bob), MemberLeft({ memberId: bob }))
      .when(join(bob))
      .then(joined(bob)));
});

describe("approving and declining requests", () => {
  const { given } = deciderSpecification(communityDecider);

  test("an organiser approves a pending request, and the requester is a member", () => {
    given(foundedApproving, requested(bob))
      .when(onMember("Approve", ann, bob))
      .then(MembershipApproved({ memberId: bob }));
    expect(
      fold(communityDecider, [foundedApproving, requested(bob), MembershipApproved({ memberId: bob })])
        .members[bob],
    ).toBe("member");
  });

  test("approving a member already in changes nothing", () =>
    given(foundedApproving, requested(bob), MembershipApproved({ memberId: bob }))
      .when(onMember("Approve", ann, bob))
      .thenNothing());

  test("only a pending request is approved", () =>
    given(foundedApproving)
      .when(onMember("Approve", ann, bob))
      .thenThrows(NoPendingRequest));

  test("an organiser declines a pending request", () =>
    given(foundedApproving, requested(bob))
      .when(onMember("Decline", ann, bob))
      .then(MembershipDeclined({ memberId: bob })));

  test("only a pending request is declined", () =>
    given(founded, joined(bob))
      .when(onMember("Decline", ann, bob))
      .thenThrows(NoPendingRequest));

  test("only an organiser approves or declines", () => {
    given(foundedApproving, requested(bob), requested(cy))
      .when(onMember("Approve", cy, bob))
      .thenThrows(NotAnOrganiser);
    given(foundedApproving, requested(bob), requested(cy))
      .when(onMember("Decline", bob, bob))
      .thenThrows(NotAnOrganiser);
  });

  test("pending requests do not count as members", () =>
    expect(
      summaryOf(communityId, fold(communityDecider, [foundedApproving, requested(bob)])).memberCount,
    ).toBe(1));
});

describe("roles", () => {
  const { given } = deciderSpecification(communityDecider);

  test("an organiser appoints a member organiser", () =>
    given(founded, joined(bob))
      .when(onMember("AppointOrganiser", ann, bob))
      .then(OrganiserAppointed({ memberId: bob })));

  test("an organiser appoints a member host", () =>
    given(founded, joined(bob))
      .when(onMember("AppointHost", ann, bob))
      .then(HostAppointed({ memberId: bob })));

  test("appointing someone to the role they hold changes nothing", () =>
    given(founded, joined(bob), HostAppointed({ memberId: bob }))
      .when(onMember("AppointHost", ann, bob))
      .thenNothing());

  test("only members are appointed", () => {
    given(founded)
      .when(onMember("AppointOrganiser", ann, bob))
      .thenThrows(NotAMember);
    given(foundedApproving, requested(bob))
      .when(onMember("AppointHost", ann, bob))
      .thenThrows(NotAMember);
  });

  test("only an organiser appoints", () =>
    given(founded, joined(bob), HostAppointed({ memberId: bob }), joined(cy))
      .when(onMember("AppointOrganiser", bob, cy))
      .thenThrows(NotAnOrganiser));

  test("revoking a role makes the organiser or host a plain member again", () =>
    given(founded, joined(bob), HostAppointed({ memberId: bob }))
      .when(onMember("RevokeRole", ann, bob))
      .then(RoleRevoked({ memberId: bob, role: "host" })));

  test("a plain member has no role to revoke", () =>
    given(founded, joined(bob))
      .when(onMember("RevokeRole", ann, bob))
      .thenNothing());

  test("the last organiser's role cannot be revoked", () =>
    given(founded)
      .when(onMember("RevokeRole", ann, ann))
      .thenThrows(LastOrganiser));

  test("the last organiser cannot become a host", () =>
    given(founded)
      .when(onMember("AppointHost", ann, ann))
      .thenThrows(LastOrganiser));

  test("an organiser steps down when another organiser stays", () =>
    given(founded, joined(bob), OrganiserAppointed({ memberId: bob }))
      .when(onMember("RevokeRole", bob, ann))
      .then(RoleRevoked({ memberId: ann, role: "organiser" })));
});

describe("removing members", () => {
  const { given } = deciderSpecification(communityDecider);

  test("an organiser removes a member", () =>
    given(founded, joined(bob))
      .when(onMember("Remove", ann, bob))
      .then(MemberRemoved({ memberId: bob })));

  test("only an organiser removes members", () =>
    given(founded, joined(bob), joined(cy))
      .when(onMember("Remove", bob, cy))
      .thenThrows(NotAnOrganiser));

  test("only a member is removed", () =>
    given(founded)
      .when(onMember("Remove", ann, bob))
      .thenThrows(NotAMember));

  test("the last organiser cannot be removed", () =>
    given(founded)
      .when(onMember("Remove", ann, ann))
      .thenThrows(LastOrganiser));

  test("a removed member is no longer in the community", () =>
    expect(fold(communityDecider, [founded, joined(bob), MemberRemoved({ memberId: bob })]).members).toEqual({
      [ann]: "organiser",
    }));
});

describe("ending an erased member's membership", () => {
  const { given } = deciderSpecification(communityDecider);
  const system = "system:membership-ended";
  const endErased = (memberId: string): Command => ({ type: "EndErasedMembership", ...by(system), memberId });

  test("an erased member is made neither organiser nor host", () => {
    given(founded, joined(bob))
      .when({ ...onMember("AppointOrganiser", ann, bob), erased: true } as Command)
      .thenThrows(NotAMember);
    given(founded, joined(bob))
      .when({ ...onMember("AppointHost", ann, bob), erased: true } as Command)
      .thenThrows(NotAMember);
  });

  test("an erased member's request is not approved", () =>
    given(foundedApproving, requested(bob))
      .when({ ...onMember("Approve", ann, bob), erased: true } as Command)
      .thenThrows(NoPendingRequest));

  test("an erased member is removed, as erased", () =>
    given(founded, joined(bob), HostAppointed({ memberId: bob }))
      .when(endErased(bob))
      .then(MemberRemoved({ memberId: bob, reason: "erased" })));

  test("an erased member's pending request ends too", () =>
    given(foundedApproving, requested(bob))
      .when(endErased(bob))
      .then(MemberRemoved({ memberId: bob, reason: "erased" })));

  test("even the last organiser's membership ends", () =>
    given(founded)
      .when(endErased(ann))
      .then(MemberRemoved({ memberId: ann, reason: "erased" })));

  test("a membership ended already records nothing again", () =>
    given(founded, joined(bob), MemberRemoved({ memberId: bob, reason: "erased" }))
      .when(endErased(bob))
      .thenNothing());
});

describe("a slug reservation", () => {
  const { given } = deciderSpecification(slugReservationDecider);
  const first = newId();
  const second = newId();

  test("a free slug goes to the first community that reserves it", () =>
    given()
      .when({ type: "Reserve", communityId: first })
      .then(SlugReserved({ communityId: first })));

  test("a slug another community holds stays theirs", () =>
    given(SlugReserved({ communityId: first }))
      .when({ type: "Reserve", communityId: second })
      .thenNothing());

  test("only the holder releases a slug", () =>
    given(SlugReserved({ communityId: first }))
      .when({ type: "Release", communityId: second })
      .thenNothing());

  test("a released slug is free for anyone", () =>
    given(SlugReserved({ communityId: first }), SlugReleased({ communityId: first }))
      .when({ type: "Reserve", communityId: second })
      .then(SlugReserved({ communityId: second })));
});
