import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { projector } from "../projection/projector";
import { emailLookupKey, memberProjections } from "./documents";
import { emailDigest } from "./email";
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
