import { describe, expect, test } from "vitest";
import type { StoredDocument } from "../documents/document-store";
import { projectionSpecification } from "../testing/projecting";
import {
  communitiesProjection,
  communityKey,
  communityMembersPartition,
  communityTagKey,
  membershipKey,
  membershipStream,
  membershipsProjection,
} from "./documents";
import {
  CommunityDetailsChanged,
  CommunityFounded,
  HostAppointed,
  MemberJoined,
  MemberLeft,
  MemberRemoved,
  MembershipApproved,
  MembershipCarriedOver,
  MembershipRequested,
  MembershipsMovedOut,
  OrganiserAppointed,
  RoleRevoked,
} from "./events";

const details = {
  name: "Rust Rotterdam",
  slug: "rust-rotterdam",
  description: "",
  tags: [],
  joinMode: "open" as const,
};
const founded = CommunityFounded({ ...details, founderId: "ann", foundedAt: "2026-01-01T00:00:00.000Z" });

const live = (documents: StoredDocument[]) => documents.filter((document) => document.body !== null);
const bodyOf = (documents: StoredDocument[], key: { partition: string; sort: string }) =>
  documents.find((document) => document.key.partition === key.partition && document.key.sort === key.sort)
    ?.body;

describe("the community document, projected without a store", () => {
  const { given } = projectionSpecification(communitiesProjection, "community-c1");

  test("a role moves the member to the end of its list; a revoked role takes them off", () =>
    given(
      founded,
      OrganiserAppointed({ memberId: "bob" }),
      HostAppointed({ memberId: "ann" }),
      OrganiserAppointed({ memberId: "ann" }),
      HostAppointed({ memberId: "cy" }),
      RoleRevoked({ memberId: "cy", role: "host" }),
    ).thenDocuments((documents) =>
      expect(bodyOf(documents, communityKey("c1"))).toEqual({
        id: "c1",
        ...details,
        descriptionHtml: "",
        organiserIds: ["bob", "ann"],
        hostIds: [],
        foundedAt: "2026-01-01T00:00:00.000Z",
      }),
    ));

  test("the description is rendered once, when projected, and again when it changes", () => {
    given(CommunityFounded({ ...founded.data, description: "We write **Rust**." })).thenDocuments(
      (documents) =>
        expect(bodyOf(documents, communityKey("c1"))).toMatchObject({
          description: "We write **Rust**.",
          descriptionHtml: "<p>We write <strong>Rust</strong>.</p>",
        }),
    );
    given(
      founded,
      CommunityDetailsChanged({ ...details, description: "See https://rust-lang.org" }),
    ).thenDocuments((documents) =>
      expect(bodyOf(documents, communityKey("c1"))).toMatchObject({
        descriptionHtml:
          '<p>See <a href="https://rust-lang.org" rel="noopener nofollow ugc">https://rust-lang.org</a></p>',
      }),
    );
  });

  test("in a stream written before memberships had streams of their own, a membership that ended took its role along", () => {
    given(
      founded,
      MemberJoined({ memberId: "bob" }),
      HostAppointed({ memberId: "bob" }),
      MemberLeft({ memberId: "bob" }),
      CommunityDetailsChanged({ ...details, name: "Rust NL" }),
    ).thenDocuments((documents) => {
      expect(bodyOf(documents, communityKey("c1"))).toMatchObject({ name: "Rust NL", hostIds: [] });
      // The memberships it recorded are the carry-over's to project, in streams of their own.
      expect(live(documents).map((document) => document.key.sort)).toEqual(["community"]);
    });
  });

  test("a community document of an older Meetstream loses its count when next written: the counter has it", () => {
    given(founded, CommunityDetailsChanged({ ...details, name: "Rust NL" })).thenDocuments((documents) =>
      expect(bodyOf(documents, communityKey("c1"))).not.toHaveProperty("memberCount"),
    );
  });

  test("each tag lists the community under it, and a tag the details no longer name stops listing it", () =>
    given(
      CommunityFounded({ ...founded.data, tags: ["rust", "systems"] }),
      CommunityDetailsChanged({ ...details, tags: ["rust", "wasm"] }),
    ).thenDocuments((documents) => {
      const tagDocuments = documents.filter((document) => document.key.sort.startsWith("tag#"));
      expect(tagDocuments).toEqual([
        {
          key: communityTagKey("c1", "rust"),
          version: 2,
          body: { communityId: "c1", tag: "rust" },
          indexes: { first: { partition: "tagged-communities#rust", sort: "c1" } },
        },
        { key: communityTagKey("c1", "systems"), version: 2, body: null, indexes: {} },
        {
          key: communityTagKey("c1", "wasm"),
          version: 2,
          body: { communityId: "c1", tag: "wasm" },
          indexes: { first: { partition: "tagged-communities#wasm", sort: "c1" } },
        },
      ]);
    }));

  test("once its memberships are carried over, the membership documents it projected go", () => {
    const movedOut = { ...MembershipsMovedOut({ carriedOver: 2 }), streamId: "community-c1" } as const;
    const [, legacy] = communitiesProjection.kinds.flatMap((kind) =>
      kind.touches({
        id: "e",
        version: 9,
        schemaVersion: 1,
        meta: {
          actor: "system",
          occurredAt: "2026-01-01T00:00:00.000Z",
          correlationId: "c",
          causationId: null,
        },
        ...movedOut,
      }),
    );
    expect(legacy).toEqual({ partition: "community#c1", beginsWith: "membership#" });
  });
});

describe("membership documents, projected without a store", () => {
  const bobs = membershipStream("c1", "bob");
  const { given } = projectionSpecification(membershipsProjection, bobs);

  test("a member is listed among the community's members, a pending request among its requests", () => {
    given(MemberJoined({ memberId: "bob" })).thenDocuments((member) =>
      expect(live(member).map((document) => document.indexes.second?.partition)).toEqual([
        communityMembersPartition("c1", false),
      ]),
    );
    projectionSpecification(membershipsProjection, membershipStream("c1", "cy"))
      .given(MembershipRequested({ memberId: "cy" }))
      .thenDocuments((pending) =>
        expect(live(pending).map((document) => document.indexes.second?.partition)).toEqual([
          communityMembersPartition("c1", true),
        ]),
      );
  });

  test("an approved member is a member since the approval", () => {
    given(
      { ...MembershipRequested({ memberId: "bob" }), at: "2026-01-02T00:00:00.000Z" },
      { ...MembershipApproved({ memberId: "bob" }), at: "2026-01-03T00:00:00.000Z" },
    ).thenDocuments((documents) =>
      expect(bodyOf(documents, membershipKey("c1", "bob"))).toEqual({
        communityId: "c1",
        memberId: "bob",
        standing: "member",
        since: "2026-01-03T00:00:00.000Z",
      }),
    );
  });

  test("a carried-over membership keeps the date it had", () => {
    given(
      MembershipCarriedOver({ memberId: "bob", standing: "member", since: "2025-06-01T00:00:00.000Z" }),
    ).thenDocuments((documents) =>
      expect(bodyOf(documents, membershipKey("c1", "bob"))).toMatchObject({
        standing: "member",
        since: "2025-06-01T00:00:00.000Z",
      }),
    );
  });

  test("leaving or removal leaves a tombstone", () => {
    for (const ended of [MemberLeft({ memberId: "bob" }), MemberRemoved({ memberId: "bob" })])
      given(MemberJoined({ memberId: "bob" }), ended).thenDocuments((documents) =>
        expect(documents.find((document) => document.key.sort === "member#bob")).toMatchObject({
          version: 2,
          body: null,
        }),
      );
  });

  test("a member counts one towards the community's member count, a pending request nothing", () => {
    const [kind] = membershipsProjection.kinds;
    const key = membershipKey("c1", "bob");
    expect(kind?.counter?.key(key)).toEqual({ partition: "community#c1", sort: "member-count" });
    const body = { communityId: "c1", memberId: "bob", since: "2026-01-01T00:00:00.000Z" };
    expect(kind?.counter?.value({ ...body, standing: "member" })).toBe(1);
    expect(kind?.counter?.value({ ...body, standing: "pending" })).toBe(0);
  });

  test("a join touches its membership alone, whatever the community's size", () => {
    const join = {
      id: "e",
      streamId: membershipStream("c1", "dan"),
      version: 1,
      schemaVersion: 1,
      meta: { actor: "dan", occurredAt: "2026-01-01T00:00:00.000Z", correlationId: "c", causationId: null },
      ...MemberJoined({ memberId: "dan" }),
    };
    expect(membershipsProjection.kinds.flatMap((kind) => kind.touches(join))).toEqual([
      membershipKey("c1", "dan"),
    ]);
  });
});
