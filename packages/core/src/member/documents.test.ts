import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { projector } from "../projection/projector";
import { projectionSpecification } from "../testing/projecting";
import {
  emailLookupKey,
  handleIndexKey,
  memberEmailsProjection,
  memberProfileKey,
  memberProjections,
  membersProjection,
} from "./documents";
import { emailDigest } from "./email";
import { EmailReleased, EmailReserved, MemberErased, MemberRegistered, ProfileUpdated } from "./events";
import { emailSecret, type MemberWorld, memberWorld } from "./test-world";

let world: MemberWorld;
beforeEach(() => {
  world = memberWorld();
});
afterEach(() => {
  world.close();
});

describe("member documents", () => {
  test("a projector given the bare log sets sealed profiles aside rather than show ciphertext as names", async () => {
    const { memberId } = await world.members.signIn("ann@example.com");
    await world.members.updateProfile({ memberId, actor: memberId, input: { displayName: "Ann" } });

    const misWired = projector({
      store: world.log,
      documents: world.documents,
      projections: memberProjections,
    });

    const rebuilt = await misWired.rebuild();

    expect(rebuilt.streamsQuarantined).toBeGreaterThan(0);
    const quarantined = await misWired.quarantined();
    expect(quarantined.map((record) => record.error.message)).toContainEqual(
      expect.stringMatching(/arrived sealed/),
    );
    const scanned = await world.documents.scan({ limit: 1000 });
    const profiles = scanned.documents.filter((document) => document.key.sort === "profile");
    for (const profile of profiles) expect(JSON.stringify(profile.body)).not.toContain("pd1:");
    expect(profiles.map((profile) => (profile.body as { displayName?: string }).displayName)).toEqual([
      "Ann",
    ]);
  });

  test("an email's digest finds its member while the email is theirs", async () => {
    const { memberId } = await world.members.signIn("ann@example.com");
    const lookupKey = emailLookupKey(emailDigest("ann@example.com", emailSecret));

    expect((await world.documents.get(lookupKey))?.body).toEqual({ memberId });

    await world.members.erase({ memberId, actor: memberId });
    expect((await world.documents.get(lookupKey))?.body ?? undefined).toBeUndefined();
  });

  test("a member who has chosen no handle is in no handle list", async () => {
    await world.members.signIn("ann@example.com");
    const scanned = await world.documents.scan();
    const profiles = scanned.documents.filter((document) => document.key.sort === "profile");
    expect(profiles).toHaveLength(1);
    expect(profiles[0]?.indexes).toEqual({});
  });
});

describe("member documents, projected without a store", () => {
  const registered = MemberRegistered({
    email: "ann@example.com",
    emailDigest: "a".repeat(64),
    registeredAt: "2026-01-01T00:00:00.000Z",
  });
  const updated = ProfileUpdated({ displayName: "Ann", handle: "ann", bio: "", links: [], avatarUrl: null });

  const profiles = projectionSpecification(membersProjection, "member-m1");

  test("a profile shows its latest update, listed under its handle", () =>
    profiles.given(registered, updated).then({
      key: memberProfileKey("m1"),
      version: 2,
      body: expect.objectContaining({ id: "m1", displayName: "Ann", handle: "ann", erased: false }),
      indexes: { first: handleIndexKey("ann") },
    }));

  test("an erased member's profile keeps nothing personal, and an update after it changes nothing", () =>
    profiles.given(registered, updated, MemberErased({}), updated).thenDocuments((documents) => {
      expect(documents).toEqual([
        {
          key: memberProfileKey("m1"),
          version: 3,
          body: expect.objectContaining({ erased: true, handle: null }),
          indexes: {},
        },
      ]);
      expect(JSON.stringify(documents)).not.toContain("Ann");
    }));

  test("an email's lookup is removed when the email is released", () => {
    const emails = projectionSpecification(memberEmailsProjection, "email-d1");
    const reserved = EmailReserved({ memberId: "m1" });
    emails.given(reserved).thenMatching({ key: emailLookupKey("d1"), version: 1, body: { memberId: "m1" } });
    emails
      .given(reserved, EmailReleased({ memberId: "m1" }))
      .thenMatching({ key: emailLookupKey("d1"), version: 2, body: null });
  });
});
