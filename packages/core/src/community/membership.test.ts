import { describe, test } from "vitest";
import type { WithMetadata } from "../decider/decider";
import { deciderSpecification } from "../decider/given-when-then";
import { newId } from "../ids/new-id";
import { AlreadyAMember, CommunityNotFound, NoPendingRequest, NotAMember, NotAnOrganiser } from "./errors";
import {
  MemberJoined,
  MemberLeft,
  MemberRemoved,
  MembershipApproved,
  MembershipCarriedOver,
  MembershipDeclined,
  MembershipRequested,
  MembershipWithdrawn,
} from "./events";
import { type CommunityFacts, type MembershipCommand, membershipDecider } from "./membership";

const communityId = newId();
const ann = newId();
const bob = newId();
const since = "2026-05-01T10:00:00.000Z";

const open: CommunityFacts = { founded: true, joinMode: "open", actorOrganises: false };
const approving: CommunityFacts = { ...open, joinMode: "approval" };
const byOrganiser: CommunityFacts = { ...approving, actorOrganises: true };
const unfounded: CommunityFacts = { ...open, founded: false };

/** Bob's membership; `actor` asks. */
const bobs = (actor = bob) => ({ communityId, memberId: bob, metadata: { at: since, actor } });
const joined = MemberJoined({ memberId: bob });
const requested = MembershipRequested({ memberId: bob });

const { given } = deciderSpecification(membershipDecider);
const when = (command: WithMetadata<MembershipCommand>) => command;

describe("joining and leaving", () => {
  test("in an open community a member joins at once", () =>
    given()
      .when(when({ type: "Join", ...bobs(), community: open }))
      .then(joined));

  test("in a community that approves its members, joining asks to join", () =>
    given()
      .when({ type: "Join", ...bobs(), community: approving })
      .then(requested));

  test("asking again while the request waits changes nothing", () =>
    given(requested)
      .when({ type: "Join", ...bobs(), community: approving })
      .thenNothing());

  test("a member does not join twice", () =>
    given(joined)
      .when({ type: "Join", ...bobs(), community: open })
      .thenThrows(AlreadyAMember));

  test("there is no joining a community that was never founded", () =>
    given()
      .when({ type: "Join", ...bobs(), community: unfounded })
      .thenThrows(CommunityNotFound));

  test("a member leaves", () =>
    given(joined)
      .when({ type: "Leave", ...bobs(), community: open })
      .then(MemberLeft({ memberId: bob })));

  test("leaving while the request waits takes the request back", () =>
    given(requested)
      .when({ type: "Leave", ...bobs(), community: approving })
      .then(MembershipWithdrawn({ memberId: bob })));

  test("only a member leaves", () =>
    given()
      .when({ type: "Leave", ...bobs(), community: open })
      .thenThrows(NotAMember));

  test("a member who left may join again", () =>
    given(joined, MemberLeft({ memberId: bob }))
      .when({ type: "Join", ...bobs(), community: open })
      .then(joined));

  test("the founder's membership begins with the community, once", () => {
    given()
      .when({ type: "JoinAsFounder", ...bobs() })
      .then(joined);
    given(joined)
      .when({ type: "JoinAsFounder", ...bobs() })
      .thenNothing();
  });
});

describe("approving and declining requests", () => {
  test("an organiser approves a pending request, and the requester is a member", () =>
    given(requested)
      .when({ type: "Approve", ...bobs(ann), community: byOrganiser })
      .then(MembershipApproved({ memberId: bob })));

  test("approving a member already in changes nothing", () =>
    given(requested, MembershipApproved({ memberId: bob }))
      .when({ type: "Approve", ...bobs(ann), community: byOrganiser })
      .thenNothing());

  test("only a pending request is approved", () =>
    given()
      .when({ type: "Approve", ...bobs(ann), community: byOrganiser })
      .thenThrows(NoPendingRequest));

  test("an erased member's request is not approved", () =>
    given(requested)
      .when({ type: "Approve", ...bobs(ann), community: byOrganiser, erased: true })
      .thenThrows(NoPendingRequest));

  test("an organiser declines a pending request", () =>
    given(requested)
      .when({ type: "Decline", ...bobs(ann), community: byOrganiser })
      .then(MembershipDeclined({ memberId: bob })));

  test("only a pending request is declined", () =>
    given(joined)
      .when({ type: "Decline", ...bobs(ann), community: byOrganiser })
      .thenThrows(NoPendingRequest));

  test("only an organiser approves or declines", () => {
    given(requested)
      .when({ type: "Approve", ...bobs(ann), community: approving })
      .thenThrows(NotAnOrganiser);
    given(requested)
      .when({ type: "Decline", ...bobs(), community: approving })
      .thenThrows(NotAnOrganiser);
  });
});

describe("removing members", () => {
  test("an organiser removes a member", () =>
    given(joined)
      .when({ type: "Remove", ...bobs(ann), community: byOrganiser })
      .then(MemberRemoved({ memberId: bob })));

  test("only an organiser removes members", () =>
    given(joined)
      .when({ type: "Remove", ...bobs(ann), community: open })
      .thenThrows(NotAnOrganiser));

  test("only a member is removed", () =>
    given(requested)
      .when({ type: "Remove", ...bobs(ann), community: byOrganiser })
      .thenThrows(NotAMember));
});

describe("ending an erased member's membership", () => {
  const system = "system:membership-ended";

  test("an erased member is removed, as erased", () =>
    given(joined)
      .when({ type: "EndErased", ...bobs(system) })
      .then(MemberRemoved({ memberId: bob, reason: "erased" })));

  test("an erased member's pending request ends too", () =>
    given(requested)
      .when({ type: "EndErased", ...bobs(system) })
      .then(MemberRemoved({ memberId: bob, reason: "erased" })));

  test("a membership ended already records nothing again", () =>
    given(joined, MemberRemoved({ memberId: bob, reason: "erased" }))
      .when({ type: "EndErased", ...bobs(system) })
      .thenNothing());
});

describe("carrying a membership over from the community stream", () => {
  const system = "system:carry-over";

  test("a membership without a stream begins with its standing and its date", () =>
    given()
      .when({ type: "CarryOver", ...bobs(system), standing: "pending", since })
      .then(MembershipCarriedOver({ memberId: bob, standing: "pending", since })));

  test("a carried-over membership is a membership like any other", () =>
    given(MembershipCarriedOver({ memberId: bob, standing: "member", since }))
      .when({ type: "Leave", ...bobs(), community: open })
      .then(MemberLeft({ memberId: bob })));

  test("a membership with a history of its own is not carried over, even one that ended", () => {
    given(joined)
      .when({ type: "CarryOver", ...bobs(system), standing: "member", since })
      .thenNothing();
    given(joined, MemberLeft({ memberId: bob }))
      .when({ type: "CarryOver", ...bobs(system), standing: "member", since })
      .thenNothing();
  });
});
