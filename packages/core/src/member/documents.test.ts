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
  test("a projector given the bare log refuses sealed profiles rather than show ciphertext as names", async () => {
    const { memberId } = await world.members.signIn("ann@example.com");
    await world.members.updateProfile({ memberId, actor: memberId, input: { displayName: "Ann" } });

    const misWired = projector({
      store: world.log,
      documents: world.documents,
      projections: memberProjections,
    });

    await expect(misWired.rebuild()).rejects.toThrow(/arrived sealed/);
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
