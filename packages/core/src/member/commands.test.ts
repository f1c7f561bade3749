import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { IdempotencyStoreMissing } from "../decider/command-handler";
import { newId } from "../ids/new-id";
import { memberModule } from "./commands";
import { HandleTaken, InvalidEmail, InvalidProfile, MemberNotFound, NotYourProfile } from "./errors";
import type { ProfileInput } from "./profile";
import { type MemberWorld, memberWorld } from "./test-world";

let world: MemberWorld;
beforeEach(() => {
  world = memberWorld();
});
afterEach(() => {
  world.close();
});

async function signedIn(email: string): Promise<string> {
  return (await world.members.signIn(email)).memberId;
}

describe("signing in", () => {
  test("the first sign-in registers a new member; later ones find the same member", async () => {
    const first = await world.members.signIn("  Ann@Example.COM ");
    world.clock.advance(60_000);
    const again = await world.members.signIn("ann@example.com");

    expect(first.firstSignIn).toBe(true);
    expect(again).toEqual({ memberId: first.memberId, firstSignIn: false });
    expect(await world.members.byId(first.memberId)).toEqual({
      id: first.memberId,
      handle: null,
      displayName: "New member",
      bio: "",
      links: [],
      avatarUrl: null,
      erased: false,
      registeredAt: "2026-05-01T10:00:00.000Z",
    });
  });

  test("concurrent first sign-ins with one email register one member", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => world.members.signIn("ann@example.com")),
    );

    const memberIds = new Set(results.map((result) => result.memberId));
    expect(memberIds.size).toBe(1);
    expect(results.filter((result) => result.firstSignIn)).toHaveLength(1);
    expect(world.log.statistics().eventsByType).toMatchObject({ MemberRegistered: 1, EmailReserved: 1 });
    expect(await world.streamIds("member-")).toEqual([`member-${[...memberIds][0]}`]);
  });

  test("different emails are different members", async () => {
    expect(await signedIn("ann@example.com")).not.toBe(await signedIn("bob@example.com"));
  });

  test("something that is not an email is refused, and nothing is recorded", async () => {
    for (const email of ["", "   ", "ann", "ann@", "@example.com", `${"a".repeat(250)}@example.com`])
      await expect(world.members.signIn(email)).rejects.toBeInstanceOf(InvalidEmail);
    expect(world.log.statistics().events).toBe(0);
  });

  test("the log never holds the email in the clear; the member themself can read it", async () => {
    const memberId = await signedIn("Ann.Lovelace@Example.com");

    const everything = JSON.stringify(world.database.prepare("SELECT * FROM events").all()).toLowerCase();
    expect(everything).not.toContain("lovelace");
    expect(await world.members.emailOf(memberId)).toBe("ann.lovelace@example.com");
    expect(await world.members.emailOf(newId())).toBeUndefined();
  });

  test("an email secret is required", () => {
    expect(() => memberModule({ ...world, emailSecret: "" })).toThrow(TypeError);
  });
});

describe("finding a member by email", () => {
  test("the member holding an address is found however it is typed; an unknown address or no address finds nobody and registers nobody", async () => {
    const annId = await signedIn("ann@example.com");
    const before = world.log.statistics().events;

    expect(await world.members.memberIdByEmail("  ANN@example.com ")).toBe(annId);
    expect(await world.members.memberIdByEmail("bob@example.com")).toBeUndefined();
    expect(await world.members.memberIdByEmail("not an address")).toBeUndefined();
    expect(world.log.statistics().events).toBe(before);
  });

  test("an erased member's address finds nobody", async () => {
    const annId = await signedIn("ann@example.com");
    await world.members.erase({ memberId: annId, actor: annId });

    expect(await world.members.memberIdByEmail("ann@example.com")).toBeUndefined();
  });
});

describe("updating a profile", () => {
  const annProfile = {
    displayName: "Ann Lovelace",
    handle: "ann",
    bio: "Writes compilers.",
    links: [{ label: "Blog", url: "https://ann.example/" }],
    avatarUrl: "https://ann.example/ann.png",
  };

  test("returns the profile as the change left it, and the documents show it", async () => {
    const memberId = await signedIn("ann@example.com");

    const profile = await world.members.updateProfile({ memberId, actor: memberId, input: annProfile });

    expect(profile).toEqual({
      id: memberId,
      ...annProfile,
      erased: false,
      registeredAt: "2026-05-01T10:00:00.000Z",
    });
    expect(await world.members.byId(memberId)).toEqual(profile);
    expect(await world.members.byHandle("ann")).toEqual(profile);
    expect(await world.members.byHandle(" ANN ")).toEqual(profile);
  });

  test("a member is a newcomer until they give a name or choose a handle", async () => {
    const ann = await signedIn("ann@example.com");
    const bob = await signedIn("bob@example.com");
    expect(await world.members.isNewcomer(ann)).toBe(true);
    await world.members.updateProfile({ memberId: ann, actor: ann, input: { bio: "Writes compilers." } });
    expect(await world.members.isNewcomer(ann)).toBe(true);

    await world.members.updateProfile({ memberId: ann, actor: ann, input: { displayName: "Ann Lovelace" } });
    await world.members.updateProfile({ memberId: bob, actor: bob, input: { handle: "bob" } });
    expect(await world.members.isNewcomer(ann)).toBe(false);
    expect(await world.members.isNewcomer(bob)).toBe(false);
    expect(await world.members.isNewcomer(newId())).toBe(false);
    expect(await world.members.isNewcomer(undefined)).toBe(false);
  });

  test("fields left out keep their value; the avatar can be removed", async () => {
    const memberId = await signedIn("ann@example.com");
    await world.members.updateProfile({ memberId, actor: memberId, input: annProfile });

    const profile = await world.members.updateProfile({
      memberId,
      actor: memberId,
      input: { bio: "Writes compilers and tests.", avatarUrl: null },
    });

    expect(profile).toMatchObject({ ...annProfile, bio: "Writes compilers and tests.", avatarUrl: null });
  });

  test("of two members racing for one handle, one gets it and the other is told it is taken", async () => {
    const [ann, bob] = [await signedIn("ann@example.com"), await signedIn("bob@example.com")];

    const outcomes = await Promise.allSettled(
      [ann, bob].map((memberId) =>
        world.members.updateProfile({ memberId, actor: memberId, input: { handle: "rustacean" } }),
      ),
    );

    const fulfilled = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const rejected = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toBeInstanceOf(HandleTaken);
    expect(rejected[0]).toMatchObject({ code: "HANDLE_TAKEN", handle: "rustacean" });
    const winner = (await world.members.byHandle("rustacean"))?.id;
    expect([ann, bob]).toContain(winner);
    const loser = winner === ann ? bob : ann;
    expect((await world.members.byId(loser))?.handle).toBeNull();
  });

  test("a handle another member holds is refused, and the profile is left as it was", async () => {
    const [ann, bob] = [await signedIn("ann@example.com"), await signedIn("bob@example.com")];
    await world.members.updateProfile({ memberId: ann, actor: ann, input: { handle: "ann" } });

    await expect(
      world.members.updateProfile({ memberId: bob, actor: bob, input: { handle: "ann", bio: "Bob here" } }),
    ).rejects.toBeInstanceOf(HandleTaken);
    expect(await world.members.byId(bob)).toMatchObject({ handle: null, bio: "" });
  });

  test("a changed handle is released for others to take", async () => {
    const [ann, bob] = [await signedIn("ann@example.com"), await signedIn("bob@example.com")];
    await world.members.updateProfile({ memberId: ann, actor: ann, input: { handle: "ann" } });
    await world.members.updateProfile({ memberId: ann, actor: ann, input: { handle: "ann-l" } });

    await world.members.updateProfile({ memberId: bob, actor: bob, input: { handle: "ann" } });

    expect((await world.members.byHandle("ann"))?.id).toBe(bob);
    expect((await world.members.byHandle("ann-l"))?.id).toBe(ann);
  });

  test("concurrent handle changes of one member leave only the handle the profile shows reserved", async () => {
    const [ann, bob] = [await signedIn("ann@example.com"), await signedIn("bob@example.com")];
    await world.members.updateProfile({ memberId: ann, actor: ann, input: { handle: "ann" } });

    await Promise.all(
      ["ann-one", "ann-two", "ann-three"].map((handle) =>
        world.members.updateProfile({ memberId: ann, actor: ann, input: { handle } }),
      ),
    );

    const shown = (await world.members.byId(ann))?.handle;
    for (const handle of ["ann", "ann-one", "ann-two", "ann-three"].filter((handle) => handle !== shown))
      await world.members.updateProfile({ memberId: bob, actor: bob, input: { handle } });
    await expect(
      world.members.updateProfile({ memberId: bob, actor: bob, input: { handle: shown ?? "" } }),
    ).rejects.toBeInstanceOf(HandleTaken);
  });

  test("input that breaks the profile rules is refused with every issue, and nothing is recorded", async () => {
    const memberId = await signedIn("ann@example.com");
    const before = world.log.statistics().events;

    const rejection = await world.members
      .updateProfile({
        memberId,
        actor: memberId,
        input: {
          displayName: "  ",
          handle: "-Ann-",
          bio: "x".repeat(501),
          links: [{ label: "Blog", url: "ftp://ann.example" }],
          avatarUrl: "javascript:alert(1)",
        },
      })
      .catch((error: unknown) => error);

    expect(rejection).toBeInstanceOf(InvalidProfile);
    expect((rejection as InvalidProfile).issues.map((issue) => issue.path.join("."))).toEqual(
      expect.arrayContaining(["displayName", "handle", "bio", "links.0.url", "avatarUrl"]),
    );
    expect(world.log.statistics().events).toBe(before);
    expect(await world.streamIds("handle-")).toEqual([]);
  });

  test.each<[string, Record<string, unknown>]>([
    ["a two-letter handle", { handle: "an" }],
    ["a 31-letter handle", { handle: "a".repeat(31) }],
    ["a handle ending in a hyphen", { handle: "ann-" }],
    ["a handle with an underscore", { handle: "ann_l" }],
    ["a display name over 80 characters", { displayName: "A".repeat(81) }],
    ["a link without a label", { links: [{ label: "", url: "https://ann.example" }] }],
    [
      "six links",
      { links: Array.from({ length: 6 }, () => ({ label: "Link", url: "https://ann.example" })) },
    ],
    ["a link to a mail address", { links: [{ label: "Mail", url: "mailto:ann@example.com" }] }],
    ["a field the profile does not have", { email: "ann@example.com" }],
  ])("%s is refused", async (_rule, input) => {
    const memberId = await signedIn("ann@example.com");
    // Input arrives from outside: the types say what is expected, not what is sent.
    const unchecked = input as ProfileInput;
    await expect(
      world.members.updateProfile({ memberId, actor: memberId, input: unchecked }),
    ).rejects.toBeInstanceOf(InvalidProfile);
  });

  test("the edges of the rules are allowed", async () => {
    const memberId = await signedIn("ann@example.com");
    const input = {
      displayName: "A".repeat(80),
      handle: `a${"-".repeat(28)}b`,
      bio: "x".repeat(500),
      links: Array.from({ length: 5 }, (_, index) => ({
        label: `Link ${index}`,
        url: `http://ann.example/${index}`,
      })),
    };
    await expect(world.members.updateProfile({ memberId, actor: memberId, input })).resolves.toMatchObject(
      input,
    );
  });

  test("only the member themself, or the system, changes a profile", async () => {
    const [ann, bob] = [await signedIn("ann@example.com"), await signedIn("bob@example.com")];
    await expect(
      world.members.updateProfile({ memberId: ann, actor: bob, input: { bio: "Bob was here" } }),
    ).rejects.toBeInstanceOf(NotYourProfile);
    await expect(
      world.members.updateProfile({ memberId: ann, actor: "system:moderation", input: { bio: "" } }),
    ).resolves.toMatchObject({ id: ann });
  });

  test("there is no profile to change for a member who never registered", async () => {
    for (const memberId of [newId(), "not-an-id"])
      await expect(
        world.members.updateProfile({ memberId, actor: memberId, input: { bio: "hello" } }),
      ).rejects.toBeInstanceOf(MemberNotFound);
  });

  test("a request repeated with its idempotency key returns the first result and records nothing new", async () => {
    const memberId = await signedIn("ann@example.com");
    const request = { memberId, actor: memberId, input: annProfile, idempotencyKey: "save-1" };

    const first = await world.members.updateProfile(request);
    await world.members.updateProfile({ memberId, actor: memberId, input: { bio: "Changed since" } });
    const repeat = await world.members.updateProfile(request);

    expect(repeat).toEqual(first);
    expect(world.log.statistics().eventsByType.ProfileUpdated).toBe(2);
    const remembered = JSON.stringify(world.database.prepare("SELECT * FROM idempotency").all());
    expect(remembered).not.toContain("Lovelace");
  });

  test("an idempotency key without an idempotency store is refused", async () => {
    const members = memberModule({ ...world, store: world.store, emailSecret: "secret" });
    const memberId = (await members.signIn("ann@example.com")).memberId;
    await expect(
      members.updateProfile({ memberId, actor: memberId, input: { bio: "x" }, idempotencyKey: "k" }),
    ).rejects.toBeInstanceOf(IdempotencyStoreMissing);
  });
});

describe("reading profiles", () => {
  test("many members by id in one read, in the order asked, undefined where there is none", async () => {
    const [ann, bob] = [await signedIn("ann@example.com"), await signedIn("bob@example.com")];
    let reads = 0;
    const members = memberModule({
      ...world,
      documents: {
        ...world.documents,
        getMany: (keys) => {
          reads++;
          return world.documents.getMany(keys);
        },
      },
      emailSecret: "secret",
    });

    const profiles = await members.byIds([bob, newId(), ann, "not-an-id", bob]);

    expect(profiles.map((profile) => profile?.id)).toEqual([bob, undefined, ann, undefined, bob]);
    expect(reads).toBe(1);
    expect(await members.byIds([])).toEqual([]);
  });

  test("a handle nobody holds, or that could not be one, finds nobody", async () => {
    expect(await world.members.byHandle("nobody")).toBeUndefined();
    expect(await world.members.byHandle("not a handle")).toBeUndefined();
    expect(await world.members.byId("not-an-id")).toBeUndefined();
  });
});
