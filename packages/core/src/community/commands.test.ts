import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { IdempotencyKeyReused } from "../decider/idempotency-store";
import { newId } from "../ids/new-id";
import type { FoundCommunityInput } from "./community";
import {
  AlreadyAMember,
  CommunityNotFound,
  InvalidCommunity,
  LastOrganiser,
  NotAMember,
  NotAnOrganiser,
  SlugTaken,
} from "./errors";
import { type CommunityWorld, communityWorld } from "./test-world";

let world: CommunityWorld;
beforeEach(() => {
  world = communityWorld();
});
afterEach(() => {
  world.close();
});

const ann = newId();
const bob = newId();
const cy = newId();

const rust: FoundCommunityInput = { name: "Rust Berlin", slug: "rust-berlin", tags: ["rust"] };
const events = () => world.log.statistics().events;

describe("founding", () => {
  test("the founder is the organiser; the community is found by id, by slug and in the list", async () => {
    const community = await world.communities.found({ actor: ann, input: rust });

    expect(community).toEqual({
      id: community.id,
      name: "Rust Berlin",
      slug: "rust-berlin",
      description: "",
      descriptionHtml: "",
      tags: ["rust"],
      joinMode: "open",
      memberCount: 1,
      organiserIds: [ann],
      hostIds: [],
      foundedAt: "2026-05-01T10:00:00.000Z",
    });
    expect(await world.communities.byId(community.id)).toEqual(community);
    expect(await world.communities.bySlug("Rust-Berlin")).toEqual(community);
    expect(await world.communities.list()).toEqual({ communities: [community] });
    expect(await world.communities.roleOf(community.id, ann)).toBe("organiser");
    expect(await world.communities.communitiesOf(ann)).toEqual([{ community, role: "organiser" }]);
  });

  test("two founders racing for one slug: one community, and the other gets SlugTaken", async () => {
    const results = await Promise.allSettled(
      [ann, bob, cy].map((actor) => world.communities.found({ actor, input: rust })),
    );

    const founded = results.filter((result) => result.status === "fulfilled");
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(founded).toHaveLength(1);
    expect(refused).toHaveLength(2);
    for (const reason of refused) expect(reason).toBeInstanceOf(SlugTaken);
    expect(world.log.statistics().eventsByType).toMatchObject({ CommunityFounded: 1, SlugReserved: 1 });
    expect((await world.communities.list()).communities).toHaveLength(1);
  });

  test("details that break the rules are refused with every issue, and nothing is written", async () => {
    const error = await world.communities
      .found({
        actor: ann,
        input: {
          name: "x".repeat(81),
          slug: "Not A Slug",
          tags: ["ok", "UPPER", "y"],
          joinMode: "maybe" as "open",
        },
      })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InvalidCommunity);
    expect((error as InvalidCommunity).issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([["name"], ["slug"], ["tags", 1], ["tags", 2], ["joinMode"]]),
    );
    for (const input of [
      { name: "ab", slug: "fine" },
      { name: "Fine", slug: "-bad" },
      { name: "Fine", slug: "fine", description: "d".repeat(5001) },
      { name: "Fine", slug: "fine", tags: Array.from({ length: 11 }, (_, position) => `tag${position}`) },
      { name: "Fine", slug: "fine", tags: ["dup", "dup"] },
    ])
      await expect(world.communities.found({ actor: ann, input })).rejects.toBeInstanceOf(InvalidCommunity);
    expect(events()).toBe(0);
  });

  test("a retry with the same idempotency key returns the first community and founds nothing again", async () => {
    const first = await world.communities.found({ actor: ann, input: rust, idempotencyKey: "k" });
    const again = await world.communities.found({ actor: ann, input: rust, idempotencyKey: "k" });

    expect(again).toEqual(first);
    expect(world.log.statistics().eventsByType).toMatchObject({ CommunityFounded: 1 });
  });

  test("the same key for another founding is refused, and the slug it reserved goes back", async () => {
    await world.communities.found({ actor: ann, input: rust, idempotencyKey: "k" });
    const other = { name: "Go Berlin", slug: "go-berlin" };

    await expect(
      world.communities.found({ actor: ann, input: other, idempotencyKey: "k" }),
    ).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(world.log.statistics().eventsByType).toMatchObject({ CommunityFounded: 1 });
    expect(await world.communities.found({ actor: bob, input: other })).toMatchObject({ slug: "go-berlin" });
  });

  test("the same key from another founder founds another community", async () => {
    const first = await world.communities.found({ actor: ann, input: rust, idempotencyKey: "k" });
    const other = await world.communities.found({
      actor: bob,
      input: { name: "Go Berlin", slug: "go-berlin" },
      idempotencyKey: "k",
    });

    expect(other.id).not.toBe(first.id);
    expect(other.organiserIds).toEqual([bob]);
  });
});

describe("editing", () => {
  test("a new slug is reserved and the old one released, so another community can take it", async () => {
    const community = await world.communities.found({ actor: ann, input: rust });
    const edited = await world.communities.edit({
      actor: ann,
      communityId: community.id,
      input: { slug: "rust-bln", description: "# Hello" },
    });

    expect(edited).toMatchObject({ slug: "rust-bln", description: "# Hello" });
    expect(await world.communities.bySlug("rust-bln")).toEqual(edited);
    expect(await world.communities.bySlug("rust-berlin")).toBeUndefined();
    const other = await world.communities.found({ actor: bob, input: rust });
    expect(await world.communities.bySlug("rust-berlin")).toEqual(other);
  });

  test("a slug another community holds is refused, and the community keeps its own", async () => {
    const community = await world.communities.found({ actor: ann, input: rust });
    await world.communities.found({ actor: bob, input: { name: "Go Berlin", slug: "go-berlin" } });

    await expect(
      world.communities.edit({ actor: ann, communityId: community.id, input: { slug: "go-berlin" } }),
    ).rejects.toBeInstanceOf(SlugTaken);
    expect(await world.communities.byId(community.id)).toEqual(community);
  });

  test("a non-organiser cannot edit, and reserves no slug by trying", async () => {
    const community = await world.communities.found({ actor: ann, input: rust });
    await world.communities.join({ actor: bob, communityId: community.id });
    const before = events();

    await expect(
      world.communities.edit({ actor: bob, communityId: community.id, input: { slug: "bobs-now" } }),
    ).rejects.toBeInstanceOf(NotAnOrganiser);
    expect(events()).toBe(before);
  });

  test("an unknown community is not found", async () => {
    await expect(
      world.communities.edit({ actor: ann, communityId: newId(), input: { name: "Ghost town" } }),
    ).rejects.toBeInstanceOf(CommunityNotFound);
    await expect(world.communities.join({ actor: ann, communityId: "not-an-id" })).rejects.toBeInstanceOf(
      CommunityNotFound,
    );
  });
});

describe("membership", () => {
  test("an open community takes members at once", async () => {
    const community = await world.communities.found({ actor: ann, input: rust });

    expect(await world.communities.join({ actor: bob, communityId: community.id })).toMatchObject({
      memberCount: 2,
    });
    expect(await world.communities.roleOf(community.id, bob)).toBe("member");
    await expect(world.communities.join({ actor: bob, communityId: community.id })).rejects.toBeInstanceOf(
      AlreadyAMember,
    );
    expect(
      (await world.communities.membersOf(community.id, ann)).members.map((member) => member.memberId),
    ).toEqual([ann, bob]);
  });

  test("a community that approves its members keeps requests pending until an organiser decides", async () => {
    const community = await world.communities.found({ actor: ann, input: { ...rust, joinMode: "approval" } });
    await world.communities.join({ actor: bob, communityId: community.id });
    await world.communities.join({ actor: cy, communityId: community.id });

    expect(await world.communities.roleOf(community.id, bob)).toBe("pending");
    expect((await world.communities.membersOf(community.id, ann, { pending: true })).members).toMatchObject([
      { memberId: bob, role: "pending" },
      { memberId: cy, role: "pending" },
    ]);
    expect((await world.communities.byId(community.id))?.memberCount).toBe(1);

    await world.communities.approve({ actor: ann, communityId: community.id, memberId: bob });
    await world.communities.decline({ actor: ann, communityId: community.id, memberId: cy });

    expect(await world.communities.roleOf(community.id, bob)).toBe("member");
    expect(await world.communities.roleOf(community.id, cy)).toBeNull();
    expect((await world.communities.membersOf(community.id, ann, { pending: true })).members).toEqual([]);
    expect(await world.communities.communitiesOf(bob)).toMatchObject([{ role: "member" }]);
    expect(await world.communities.communitiesOf(cy)).toEqual([]);
  });

  test("members leave and are removed; the last organiser can do neither", async () => {
    const community = await world.communities.found({ actor: ann, input: rust });
    for (const actor of [bob, cy]) await world.communities.join({ actor, communityId: community.id });

    await world.communities.leave({ actor: bob, communityId: community.id });
    await world.communities.removeMember({ actor: ann, communityId: community.id, memberId: cy });
    await expect(world.communities.leave({ actor: ann, communityId: community.id })).rejects.toBeInstanceOf(
      LastOrganiser,
    );
    await expect(
      world.communities.removeMember({ actor: ann, communityId: community.id, memberId: ann }),
    ).rejects.toBeInstanceOf(LastOrganiser);
    await expect(world.communities.leave({ actor: bob, communityId: community.id })).rejects.toBeInstanceOf(
      NotAMember,
    );
    expect(await world.communities.byId(community.id)).toMatchObject({ memberCount: 1, organiserIds: [ann] });
    expect(await world.communities.communitiesOf(bob)).toEqual([]);
  });

  test("members are listed in pages, each with a cursor to go on from", async () => {
    const community = await world.communities.found({ actor: ann, input: rust });
    const joiners = Array.from({ length: 5 }, () => newId());
    for (const actor of joiners) {
      world.clock.advance(1000);
      await world.communities.join({ actor, communityId: community.id });
    }

    const first = await world.communities.membersOf(community.id, ann, { limit: 4 });
    const second = await world.communities.membersOf(community.id, ann, { limit: 4, cursor: first.cursor });
    const fromItem = await world.communities.membersOf(community.id, ann, {
      limit: 2,
      cursor: first.members[0]?.cursor,
    });

    expect(first.members.map((member) => member.memberId)).toEqual([ann, ...joiners.slice(0, 3)]);
    expect(second.members.map((member) => member.memberId)).toEqual(joiners.slice(3));
    expect(second.cursor).toBeUndefined();
    expect(fromItem.members.map((member) => member.memberId)).toEqual(joiners.slice(0, 2));
  });
});

describe("roles", () => {
  test("organisers appoint organisers and hosts; the last organiser's role cannot be revoked", async () => {
    const community = await world.communities.found({ actor: ann, input: rust });
    for (const actor of [bob, cy]) await world.communities.join({ actor, communityId: community.id });

    await world.communities.appointOrganiser({ actor: ann, communityId: community.id, memberId: bob });
    await world.communities.appointHost({ actor: bob, communityId: community.id, memberId: cy });
    expect(await world.communities.byId(community.id)).toMatchObject({
      organiserIds: [ann, bob],
      hostIds: [cy],
    });
    expect(await world.communities.roleOf(community.id, cy)).toBe("host");

    await expect(
      world.communities.appointOrganiser({ actor: cy, communityId: community.id, memberId: cy }),
    ).rejects.toBeInstanceOf(NotAnOrganiser);
    await world.communities.revokeRole({ actor: bob, communityId: community.id, memberId: ann });
    await expect(
      world.communities.revokeRole({ actor: bob, communityId: community.id, memberId: bob }),
    ).rejects.toBeInstanceOf(LastOrganiser);
    expect(await world.communities.communitiesOf(ann)).toMatchObject([{ role: "member" }]);
    expect(await world.communities.standingsOf(bob, [community.id, newId()])).toEqual(["organiser", null]);
  });
});

describe("listing communities", () => {
  test("by name, in pages", async () => {
    const names = ["Zig Zurich", "ada lovers", "Bash Bakers", "Clojure Club", "Dart Devs"];
    for (const [position, name] of names.entries())
      await world.communities.found({ actor: ann, input: { name, slug: `community-${position}` } });

    const first = await world.communities.list({ limit: 3 });
    const rest = await world.communities.list({ limit: 3, cursor: first.cursor });

    expect(first.communities.map((community) => community.name)).toEqual([
      "ada lovers",
      "Bash Bakers",
      "Clojure Club",
    ]);
    expect(rest).toEqual({
      communities: [
        expect.objectContaining({ name: "Dart Devs" }),
        expect.objectContaining({ name: "Zig Zurich" }),
      ],
    });
    expect(world.communities.listCursorOf(first.communities[2] as never)).toBe(first.cursor);
  });
});

describe("a community stream written before memberships had streams of their own", () => {
  /** The events an older Meetstream appended for a community: memberships in the community's own stream. */
  async function oldCommunity() {
    const communityId = newId();
    const [ann, bob, cy, dan] = [newId(), newId(), newId(), newId()];
    const at = (minute: number) => `2025-06-01T10:0${minute}:00.000Z`;
    const old = (type: string, data: object, minute: number) => ({
      id: newId(),
      type,
      data,
      meta: { actor: "old", occurredAt: at(minute), correlationId: newId(), causationId: null },
    });
    await world.log.append(
      `community-${communityId}`,
      [
        old(
          "CommunityFounded",
          { ...rust, description: "", tags: [], joinMode: "approval", founderId: ann, foundedAt: at(0) },
          0,
        ),
        old("MembershipRequested", { memberId: bob }, 1),
        old("MembershipApproved", { memberId: bob }, 2),
        old("OrganiserAppointed", { memberId: bob }, 3),
        old("MembershipRequested", { memberId: cy }, 4),
        old("MembershipRequested", { memberId: dan }, 5),
        old("MembershipDeclined", { memberId: dan }, 6),
      ],
      { expectedVersion: "no stream" },
    );
    return { communityId, ann, bob, cy, dan };
  }

  test("its memberships are carried over once, with their standings and dates, and read as before", async () => {
    const { communityId, ann, bob, cy, dan } = await oldCommunity();
    expect(await world.communities.roleOf(communityId, bob)).toBeNull();

    expect(await world.communities.carryOverMemberships(communityId)).toBe(3);
    expect(await world.communities.carryOverMemberships(communityId)).toBe(0);

    expect(await world.communities.roleOf(communityId, ann)).toBe("organiser");
    expect(await world.communities.roleOf(communityId, bob)).toBe("organiser");
    expect(await world.communities.roleOf(communityId, cy)).toBe("pending");
    expect(await world.communities.roleOf(communityId, dan)).toBeNull();
    expect((await world.communities.byId(communityId))?.memberCount).toBe(2);
    const { members } = await world.communities.membersOf(communityId, ann);
    expect(members.map(({ memberId, role, since }) => ({ memberId, role, since }))).toEqual([
      { memberId: ann, role: "organiser", since: "2025-06-01T10:00:00.000Z" },
      { memberId: bob, role: "organiser", since: "2025-06-01T10:02:00.000Z" },
    ]);
    // A carried-over membership goes on as any other.
    await world.communities.approve({ actor: ann, communityId, memberId: cy });
    expect((await world.communities.byId(communityId))?.memberCount).toBe(3);
  });

  test("a community of today's code has nothing to carry over, and its stream gets nothing", async () => {
    const community = await world.communities.found({ actor: newId(), input: rust });
    const before = await world.log.readStream(`community-${community.id}`);
    expect(await world.communities.carryOverMemberships(community.id)).toBe(0);
    expect(await world.log.readStream(`community-${community.id}`)).toEqual(before);
  });
});

describe("suggestions", () => {
  test("a member is suggested the communities they have not joined or asked to join, most members first", async () => {
    const dee = newId();
    await world.communities.found({ actor: ann, input: rust });
    const amsterdam = await world.communities.found({
      actor: ann,
      input: { name: "Go Amsterdam", slug: "go-amsterdam", joinMode: "approval" },
    });
    const lisbon = await world.communities.found({
      actor: ann,
      input: { name: "Elm Lisbon", slug: "elm-lisbon" },
    });
    await world.communities.join({ actor: bob, communityId: lisbon.id });
    await world.communities.join({ actor: dee, communityId: lisbon.id });
    await world.communities.join({ actor: cy, communityId: amsterdam.id });

    const names = (communities: { name: string }[]) => communities.map((community) => community.name);
    expect(names(await world.communities.suggestedFor(cy, 5))).toEqual(["Elm Lisbon", "Rust Berlin"]);
    expect(names(await world.communities.suggestedFor(bob, 1))).toEqual(["Go Amsterdam"]);
    expect(names(await world.communities.suggestedFor(undefined, 2))).toEqual(["Elm Lisbon", "Go Amsterdam"]);
    expect(await world.communities.suggestedFor(ann, 5)).toEqual([]);
    await expect(world.communities.suggestedFor(cy, 100_000)).rejects.toBeInstanceOf(RangeError);
  });
});
