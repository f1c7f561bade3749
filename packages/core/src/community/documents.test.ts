import { describe, expect, test } from "vitest";
import { projecting } from "../testing/projecting";
import { communitiesProjection, communityKey, communityMembersPartition, membershipKey } from "./documents";
import {
  CommunityDetailsChanged,
  CommunityFounded,
  HostAppointed,
  MemberJoined,
  MemberLeft,
  MemberRemoved,
  MembershipApproved,
  MembershipRequested,
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

const live = (documents: ReturnType<typeof projecting>) =>
  documents.filter((document) => document.body !== null);
const bodyOf = (documents: ReturnType<typeof projecting>, key: { partition: string; sort: string }) =>
  documents.find((document) => document.key.partition === key.partition && document.key.sort === key.sort)
    ?.body;

describe("community documents, projected without a store", () => {
  test("members count, and pending requests do not until approved", () => {
    const documents = projecting(communitiesProjection, "community-c1", [
      founded,
      MemberJoined({ memberId: "bob" }),
      MembershipRequested({ memberId: "cy" }),
    ]);
    expect(bodyOf(documents, communityKey("c1"))).toMatchObject({ memberCount: 2, organiserIds: ["ann"] });
    expect(live(documents).map((document) => document.indexes.second?.partition)).toEqual([
      "communities",
      communityMembersPartition("c1", false),
      communityMembersPartition("c1", false),
      communityMembersPartition("c1", true),
    ]);

    const approved = projecting(communitiesProjection, "community-c1", [
      founded,
      MemberJoined({ memberId: "bob" }),
      { ...MembershipRequested({ memberId: "cy" }), at: "2026-01-02T00:00:00.000Z" },
      { ...MembershipApproved({ memberId: "cy" }), at: "2026-01-03T00:00:00.000Z" },
    ]);
    expect(bodyOf(approved, communityKey("c1"))).toMatchObject({ memberCount: 3 });
    expect(bodyOf(approved, membershipKey("c1", "cy"))).toEqual({
      communityId: "c1",
      memberId: "cy",
      role: "member",
      since: "2026-01-03T00:00:00.000Z",
    });
  });

  test("a role keeps the member's since; a changed standing moves them to the end of its list", () => {
    const documents = projecting(communitiesProjection, "community-c1", [
      founded,
      { ...MemberJoined({ memberId: "bob" }), at: "2026-01-02T00:00:00.000Z" },
      MemberJoined({ memberId: "cy" }),
      OrganiserAppointed({ memberId: "bob" }),
      HostAppointed({ memberId: "ann" }),
      OrganiserAppointed({ memberId: "ann" }),
      HostAppointed({ memberId: "cy" }),
      RoleRevoked({ memberId: "cy", role: "host" }),
    ]);
    expect(bodyOf(documents, communityKey("c1"))).toMatchObject({
      memberCount: 3,
      organiserIds: ["bob", "ann"],
      hostIds: [],
    });
    expect(bodyOf(documents, membershipKey("c1", "bob"))).toMatchObject({
      role: "organiser",
      since: "2026-01-02T00:00:00.000Z",
    });
  });

  test("leaving removes the membership and the member from the count and the role lists", () => {
    const documents = projecting(communitiesProjection, "community-c1", [
      founded,
      MemberJoined({ memberId: "bob" }),
      HostAppointed({ memberId: "bob" }),
      MemberLeft({ memberId: "bob" }),
      CommunityDetailsChanged({ ...details, name: "Rust NL" }),
    ]);
    expect(bodyOf(documents, communityKey("c1"))).toMatchObject({
      name: "Rust NL",
      memberCount: 1,
      hostIds: [],
    });
    expect(documents.find((document) => document.key.sort === "membership#bob")).toMatchObject({
      version: 4,
      body: null,
    });
  });

  test("a request removed before it was approved takes nobody from the count", () => {
    const documents = projecting(communitiesProjection, "community-c1", [
      founded,
      MembershipRequested({ memberId: "bob" }),
      MemberRemoved({ memberId: "bob" }),
    ]);
    expect(bodyOf(documents, communityKey("c1"))).toMatchObject({ memberCount: 1, organiserIds: ["ann"] });
    expect(documents.find((document) => document.key.sort === "membership#bob")?.body).toBeNull();
  });

  test("a join touches its membership and the community, whatever the community's size", () => {
    const join = {
      id: "e",
      streamId: "community-c1",
      version: 100_001,
      schemaVersion: 1,
      meta: { actor: "dan", occurredAt: "2026-01-01T00:00:00.000Z", correlationId: "c", causationId: null },
      ...MemberJoined({ memberId: "dan" }),
    };
    expect(communitiesProjection.kinds.flatMap((kind) => kind.touches(join))).toEqual([
      communityKey("c1"),
      membershipKey("c1", "dan"),
    ]);
  });
});
