import { describe, expect, test } from "vitest";
import { fold, type WithMetadata } from "../decider/decider";
import { deciderSpecification } from "../decider/given-when-then";
import { newId } from "../ids/new-id";
import type { CommunityDetails } from "./community";
import {
  type CommunityCommand,
  communityDecider,
  type MembershipStanding,
  profileOf,
  standingIn,
} from "./decider";
import {
  CommunityAlreadyFounded,
  CommunityNotFound,
  LastOrganiser,
  NotAMember,
  NotAnOrganiser,
} from "./errors";
import {
  CommunityDetailsChanged,
  CommunityFounded,
  HostAppointed,
  MemberJoined,
  MemberLeft,
  MembershipsMovedOut,
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

type Command = WithMetadata<CommunityCommand>;
const by = (actor: string) => ({ communityId, metadata: { at, actor } });
const found = (actor = ann): Command => ({ type: "Found", ...by(actor), details });
const edit = (actor: string, changes: Extract<Command, { type: "Edit" }>["changes"]): Command => ({
  type: "Edit",
  ...by(actor),
  changes,
});
/** A role command on `memberId`, whose membership stream says `membership` (a member unless told). */
const onRole = (
  type: "AppointOrganiser" | "AppointHost" | "RevokeRole",
  actor: string,
  memberId: string,
  membership: MembershipStanding = "member",
): Command => ({ type, ...by(actor), memberId, membership });
const endRole = (actor: string, memberId: string, departure: "leave" | "remove" | "erased"): Command => ({
  type: "EndRole",
  ...by(actor),
  memberId,
  departure,
});

describe("founding a community", () => {
  const { given } = deciderSpecification(communityDecider);

  test("the founder founds it with its details", () =>
    given()
      .when(found())
      .then(CommunityFounded({ ...details, founderId: ann, foundedAt: at })));

  test("the founder becomes its organiser", () => {
    expect(profileOf(communityId, fold(communityDecider, [founded]))).toEqual({
      id: communityId,
      ...details,
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
    given(founded)
      .when(edit(bob, { name: "Mine now" }))
      .thenThrows(NotAnOrganiser));

  test("a host does not edit either", () =>
    given(founded, HostAppointed({ memberId: bob }))
      .when(edit(bob, { name: "Mine now" }))
      .thenThrows(NotAnOrganiser));

  test("there is no editing a community that was never founded", () =>
    given()
      .when(edit(ann, { name: "Ghost" }))
      .thenThrows(CommunityNotFound));
});

describe("roles", () => {
  const { given } = deciderSpecification(communityDecider);

  test("an organiser appoints a member organiser", () =>
    given(founded)
      .when(onRole("AppointOrganiser", ann, bob))
      .then(OrganiserAppointed({ memberId: bob })));

  test("an organiser appoints a member host", () =>
    given(founded)
      .when(onRole("AppointHost", ann, bob))
      .then(HostAppointed({ memberId: bob })));

  test("appointing someone to the role they hold changes nothing", () =>
    given(founded, HostAppointed({ memberId: bob }))
      .when(onRole("AppointHost", ann, bob))
      .thenNothing());

  test("only members are appointed: not a pending request, not someone who never joined", () => {
    given(founded)
      .when(onRole("AppointOrganiser", ann, bob, null))
      .thenThrows(NotAMember);
    given(founded)
      .when(onRole("AppointHost", ann, bob, "pending"))
      .thenThrows(NotAMember);
  });

  test("only an organiser appoints", () =>
    given(founded, HostAppointed({ memberId: bob }))
      .when(onRole("AppointOrganiser", bob, cy))
      .thenThrows(NotAnOrganiser));

  test("revoking a role makes the organiser or host a plain member again", () =>
    given(founded, HostAppointed({ memberId: bob }))
      .when(onRole("RevokeRole", ann, bob))
      .then(RoleRevoked({ memberId: bob, role: "host" })));

  test("a plain member has no role to revoke", () =>
    given(founded)
      .when(onRole("RevokeRole", ann, bob))
      .thenNothing());

  test("the last organiser's role cannot be revoked", () =>
    given(founded)
      .when(onRole("RevokeRole", ann, ann))
      .thenThrows(LastOrganiser));

  test("the last organiser cannot become a host", () =>
    given(founded)
      .when(onRole("AppointHost", ann, ann))
      .thenThrows(LastOrganiser));

  test("an organiser steps down when another organiser stays", () =>
    given(founded, OrganiserAppointed({ memberId: bob }))
      .when(onRole("RevokeRole", bob, ann))
      .then(RoleRevoked({ memberId: ann, role: "organiser" })));

  test("an erased member is made neither organiser nor host", () => {
    given(founded)
      .when({ ...onRole("AppointOrganiser", ann, bob), erased: true } as Command)
      .thenThrows(NotAMember);
    given(founded)
      .when({ ...onRole("AppointHost", ann, bob), erased: true } as Command)
      .thenThrows(NotAMember);
  });
});

describe("a role ends before the membership it came with", () => {
  const { given } = deciderSpecification(communityDecider);

  test("an organiser who leaves gives up the role, when another organiser stays", () =>
    given(founded, OrganiserAppointed({ memberId: bob }))
      .when(endRole(ann, ann, "leave"))
      .then(RoleRevoked({ memberId: ann, role: "organiser" })));

  test("the last organiser cannot leave", () =>
    given(founded)
      .when(endRole(ann, ann, "leave"))
      .thenThrows(LastOrganiser));

  test("a member without a role leaves with nothing to end here", () =>
    given(founded)
      .when(endRole(bob, bob, "leave"))
      .thenNothing());

  test("an organiser removing a host ends the role first", () =>
    given(founded, HostAppointed({ memberId: bob }))
      .when(endRole(ann, bob, "remove"))
      .then(RoleRevoked({ memberId: bob, role: "host" })));

  test("only an organiser removes, role or none", () =>
    given(founded, HostAppointed({ memberId: bob }))
      .when(endRole(bob, cy, "remove"))
      .thenThrows(NotAnOrganiser));

  test("the last organiser cannot be removed", () =>
    given(founded)
      .when(endRole(ann, ann, "remove"))
      .thenThrows(LastOrganiser));

  test("an erasure ends even the last organiser's role", () =>
    given(founded)
      .when(endRole("system:membership-ended", ann, "erased"))
      .then(RoleRevoked({ memberId: ann, role: "organiser" })));

  test("an erasure of a member without a role ends nothing here", () =>
    given(founded)
      .when(endRole("system:membership-ended", bob, "erased"))
      .thenNothing());
});

describe("a member's standing", () => {
  const community = fold(communityDecider, [founded, HostAppointed({ memberId: bob })]);

  test("is their role while they are a member, plain member without one", () => {
    expect(standingIn(community, ann, "member")).toBe("organiser");
    expect(standingIn(community, bob, "member")).toBe("host");
    expect(standingIn(community, cy, "member")).toBe("member");
  });

  test("is pending while their request waits, and nothing without a membership, role or not", () => {
    expect(standingIn(community, cy, "pending")).toBe("pending");
    expect(standingIn(community, bob, null)).toBeNull();
  });

  test("is nothing in a community that was never founded", () =>
    expect(standingIn(communityDecider.initialState, ann, "member")).toBeNull());
});

describe("a community stream written before memberships had streams of their own", () => {
  const { given } = deciderSpecification(communityDecider);

  test("keeps its roles, and a membership that ended there took its role along", () => {
    const community = fold(communityDecider, [
      founded,
      MemberJoined({ memberId: bob }),
      OrganiserAppointed({ memberId: bob }),
      MemberJoined({ memberId: cy }),
      HostAppointed({ memberId: cy }),
      MemberLeft({ memberId: cy }),
    ]);
    expect(community.roles).toEqual({ [ann]: "organiser", [bob]: "organiser" });
  });

  test("is marked once its memberships were carried over", () => {
    given(founded)
      .when({ type: "MarkMembershipsMovedOut", ...by("system:carry-over"), carriedOver: 3 })
      .then(MembershipsMovedOut({ carriedOver: 3 }));
    given(founded, MembershipsMovedOut({ carriedOver: 3 }))
      .when({ type: "MarkMembershipsMovedOut", ...by("system:carry-over"), carriedOver: 3 })
      .thenNothing();
  });
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
