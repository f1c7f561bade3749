import { describe, expect, test } from "vitest";
import { fold, type WithMetadata } from "../decider/decider";
import { deciderSpecification } from "../decider/given-when-then";
import { newId } from "../ids/new-id";
import { type MemberCommand, memberDecider, profileOf } from "./decider";
import { MemberNotFound, MemberErased as MemberWasErased } from "./errors";
import { HandleReleased, HandleReserved, MemberErased, MemberRegistered, ProfileUpdated } from "./events";
import { reservationDecider } from "./reservation";

const memberId = newId();
const at = "2026-05-01T10:00:00.000Z";
const digest = "a".repeat(64);

const register: WithMetadata<MemberCommand> = {
  type: "Register",
  memberId,
  email: "ann@example.com",
  emailDigest: digest,
  metadata: { at, actor: memberId },
};
const update = (changes: Extract<MemberCommand, { type: "UpdateProfile" }>["changes"]): MemberCommand => ({
  type: "UpdateProfile",
  memberId,
  changes,
});
const erase: MemberCommand = { type: "Erase", memberId };

const registered = MemberRegistered({ email: "ann@example.com", emailDigest: digest, registeredAt: at });
const profile = {
  displayName: "Ann Lovelace",
  handle: "ann",
  bio: "Writes compilers.",
  links: [{ label: "Blog", url: "https://ann.example" }],
  avatarUrl: "https://ann.example/ann.png",
};
const updated = ProfileUpdated(profile);
const erased = MemberErased({});

describe("a member", () => {
  const { given } = deciderSpecification(memberDecider);

  test("registers with their email on first sign-in", () => given().when(register).then(registered));

  test("signing in again finds the member as they are", () => given(registered).when(register).thenNothing());

  test("an erased member does not come back by signing in", () =>
    given(registered, erased).when(register).thenThrows(MemberWasErased));

  test("a change records the whole profile after it, starting from the new member's defaults", () =>
    given(registered)
      .when(update({ displayName: "Ann Lovelace" }))
      .then(
        ProfileUpdated({ displayName: "Ann Lovelace", handle: null, bio: "", links: [], avatarUrl: null }),
      ));

  test("fields a change leaves out keep their value", () =>
    given(registered, updated)
      .when(update({ bio: "Writes compilers and tests." }))
      .then(ProfileUpdated({ ...profile, bio: "Writes compilers and tests." })));

  test("the avatar can be removed", () =>
    given(registered, updated)
      .when(update({ avatarUrl: null }))
      .then(ProfileUpdated({ ...profile, avatarUrl: null })));

  test("a change to what the profile already says records nothing", () =>
    given(registered, updated)
      .when(update({ displayName: "Ann Lovelace", handle: "ann" }))
      .thenNothing());

  test("only a registered member has a profile to change", () =>
    given()
      .when(update({ bio: "hello" }))
      .thenThrows(MemberNotFound));

  test("an erased member's profile does not change", () =>
    given(registered, updated, erased)
      .when(update({ bio: "back" }))
      .thenThrows(MemberWasErased));

  test("a member whose key is gone counts as erased", () =>
    given(MemberRegistered({ email: null, emailDigest: digest, registeredAt: at }))
      .when(update({ bio: "back" }))
      .thenThrows(MemberWasErased));

  test("erasing a member records the erasure", () => given(registered, updated).when(erase).then(erased));

  test("erasing an erased member decides nothing, so that an erasure cut short can be run to its end", () =>
    given(registered, erased).when(erase).thenNothing());

  test("there is no erasing a member who never registered", () =>
    given().when(erase).thenThrows(MemberNotFound));

  test("once erased, a member shows nothing of themself but still knows which handle to release", () => {
    const member = fold(memberDecider, [registered, updated, erased]);
    expect(member).toMatchObject({ email: null, handle: "ann", emailDigest: digest });
    expect(profileOf(memberId, member)).toEqual({
      id: memberId,
      handle: null,
      displayName: "Erased member",
      bio: "",
      links: [],
      avatarUrl: null,
      erased: true,
      registeredAt: at,
    });
  });
});

describe("a handle reservation", () => {
  const { given } = deciderSpecification(reservationDecider(HandleReserved, HandleReleased));
  const ann = newId();
  const bob = newId();

  test("a free handle goes to the first member who reserves it", () =>
    given()
      .when({ type: "Reserve", memberId: ann })
      .then(HandleReserved({ memberId: ann })));

  test("reserving a handle one holds already decides nothing", () =>
    given(HandleReserved({ memberId: ann }))
      .when({ type: "Reserve", memberId: ann })
      .thenNothing());

  test("a handle another member holds stays theirs", () =>
    given(HandleReserved({ memberId: ann }))
      .when({ type: "Reserve", memberId: bob })
      .thenNothing());

  test("a released handle is free for anyone", () =>
    given(HandleReserved({ memberId: ann }), HandleReleased({ memberId: ann }))
      .when({ type: "Reserve", memberId: bob })
      .then(HandleReserved({ memberId: bob })));

  test("only the holder releases a handle", () =>
    given(HandleReserved({ memberId: ann }))
      .when({ type: "Release", memberId: bob })
      .thenNothing());

  test("the holder releases their handle", () =>
    given(HandleReserved({ memberId: ann }))
      .when({ type: "Release", memberId: ann })
      .then(HandleReleased({ memberId: ann })));
});
