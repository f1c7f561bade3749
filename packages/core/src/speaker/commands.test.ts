import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { actors, readVisibility } from "../testing/authorization-actors";
import { InvalidSpeakerProfile, NotYourSpeakerProfile, SpeakerNotFound } from "./errors";
import { type SpeakerWorld, speakerWorld } from "./test-world";

let world: SpeakerWorld;
let ann: string;
const talk = { proposalId: newId(), title: "Parsing with derivatives", communityId: newId() };

beforeEach(async () => {
  world = speakerWorld();
  ann = await world.register("ann");
});
afterEach(() => {
  world.close();
});

const profile = {
  headline: "Compilers, gently",
  bio: "Writes **compilers**.",
  links: [{ label: "Blog", url: "https://ann.example" }],
};

const write = (input = profile as Parameters<SpeakerWorld["speakers"]["updateSpeakerProfile"]>[0]["input"]) =>
  world.speakers.updateSpeakerProfile({ memberId: ann, actor: ann, input });

describe("updating a speaker profile", () => {
  test("returns the profile as the change left it, bio rendered", async () => {
    expect(await write()).toEqual({
      memberId: ann,
      ...profile,
      bioHtml: "<p>Writes <strong>compilers</strong>.</p>",
      photoKey: null,
    });
  });

  test("only the member changes their own profile", async () => {
    const bob = await world.register("bob");
    await expect(
      world.speakers.updateSpeakerProfile({ memberId: ann, actor: bob, input: profile }),
    ).rejects.toBeInstanceOf(NotYourSpeakerProfile);
    expect(await world.store.readStream(`speaker-${ann}`)).toEqual([]);
  });

  test("bad input gets a typed error and records nothing", async () => {
    await expect(write({ headline: "x".repeat(121) })).rejects.toBeInstanceOf(InvalidSpeakerProfile);
    expect(await world.store.readStream(`speaker-${ann}`)).toEqual([]);
  });

  test("someone who never registered has no speaker profile to write", async () => {
    const stranger = newId();
    await expect(
      world.speakers.updateSpeakerProfile({ memberId: stranger, actor: stranger, input: profile }),
    ).rejects.toBeInstanceOf(SpeakerNotFound);
    expect(await world.keys.get(stranger)).toBeUndefined();
  });

  test("an erased member writes nothing, and no new key is made for them", async () => {
    await world.members.erase({ memberId: ann, actor: ann });
    await expect(write()).rejects.toBeInstanceOf(SpeakerNotFound);
    expect(await world.keys.get(ann)).toBeUndefined();
    expect(await world.log.readStream(`speaker-${ann}`)).toEqual([]);
  });

  test("a retry with the same idempotency key returns the first answer and records once", async () => {
    const request = { memberId: ann, actor: ann, input: profile, idempotencyKey: "save-1" };
    const first = await world.speakers.updateSpeakerProfile(request);
    await world.speakers.updateSpeakerProfile({
      ...request,
      idempotencyKey: "save-2",
      input: { headline: "Later" },
    });
    expect(await world.speakers.updateSpeakerProfile(request)).toEqual(first);
    expect(await world.store.readStream(`speaker-${ann}`)).toHaveLength(2);
  });

  test("the log holds the profile sealed with the member's key", async () => {
    await write();
    expect(JSON.stringify(await world.log.readStream(`speaker-${ann}`))).not.toContain("Compilers");
  });
});

describe("reading a speaker profile", () => {
  test("a visitor and any member see a profile with a headline, by member and by handle", async () => {
    await write();
    const bob = await world.register("bob");
    for (const viewer of [undefined, bob, ann]) {
      expect(await world.speakers.profileOf(ann, viewer)).toMatchObject({ headline: profile.headline });
      expect(await world.speakers.profileByHandle("ann", viewer)).toMatchObject({ memberId: ann });
    }
  });

  test("without a headline only its owner sees it", async () => {
    await write({ headline: "", bio: "Still writing this." });
    const bob = await world.register("bob");
    expect(await world.speakers.profileOf(ann, ann)).toMatchObject({ bio: "Still writing this." });
    expect(await world.speakers.profileOf(ann, bob)).toBeUndefined();
    expect(await world.speakers.profileOf(ann, undefined)).toBeUndefined();
    expect(await world.speakers.profileByHandle("ann", undefined)).toBeUndefined();
  });

  test("an erased member's profile is not found by anyone, themself included", async () => {
    await write();
    await world.members.erase({ memberId: ann, actor: ann });
    for (const viewer of [undefined, ann, newId()]) {
      expect(await world.speakers.profileOf(ann, viewer)).toBeUndefined();
      expect(await world.speakers.profileByHandle("ann", viewer)).toBeUndefined();
      expect(await world.speakers.talksGivenBy(ann, viewer)).toEqual([]);
    }
  });

  test("a member without a speaker profile, an unknown handle and a malformed id read as none", async () => {
    expect(await world.speakers.profileOf(ann, ann)).toBeUndefined();
    expect(await world.speakers.profileByHandle("nobody-here", undefined)).toBeUndefined();
    expect(await world.speakers.profileOf("not-a-uuid", undefined)).toBeUndefined();
  });

  test("talks given come through the talk context's port, for whoever sees the profile", async () => {
    world.close();
    const talks: Record<string, { proposalId: string; title: string; communityId: string }[]> = {};
    world = speakerWorld(talks);
    ann = await world.register("ann");
    talks[ann] = [talk];
    // Without a public profile there is no speaker page to list them on.
    expect(await world.speakers.talksGivenBy(ann, undefined)).toEqual([]);
    await write();
    expect(await world.speakers.talksGivenBy(ann, undefined)).toEqual([talk]);
  });
});

describe("the authorization matrix", () => {
  test("a public speaker profile reads for every actor; an unpublished one for none of them", async () => {
    await write();
    const viewers = Object.fromEntries(
      actors.map((actor) => [actor, actor === "anonymous" ? undefined : newId()]),
    );
    for (const actor of actors)
      expect(Boolean(await world.speakers.profileOf(ann, viewers[actor]))).toBe(
        readVisibility.speakerProfile[actor],
      );
    await write({ headline: "" });
    for (const actor of actors)
      expect(Boolean(await world.speakers.profileOf(ann, viewers[actor]))).toBe(
        readVisibility.unpublishedSpeakerProfile[actor],
      );
  });
});
