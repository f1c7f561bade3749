import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { projectionSpecification } from "../testing/projecting";
import { speakerProfileKey, speakerProfilesProjection } from "./documents";
import { SpeakerProfileErased, SpeakerProfileUpdated } from "./events";
import { type SpeakerWorld, speakerWorld } from "./test-world";

describe("speaker documents, projected without a store", () => {
  const profiles = projectionSpecification(speakerProfilesProjection, "speaker-m1");
  const updated = SpeakerProfileUpdated({
    headline: "Compilers, gently",
    bio: "Writes *compilers*.",
    links: [{ label: "Blog", url: "https://ann.example" }],
  });

  test("a profile shows its latest update, its bio rendered", () =>
    profiles.given(updated).thenMatching({
      key: speakerProfileKey("m1"),
      version: 1,
      body: expect.objectContaining({
        memberId: "m1",
        headline: "Compilers, gently",
        bioHtml: "<p>Writes <em>compilers</em>.</p>",
        photoKey: null,
      }),
    }));

  test("rebuilt after the member's key is gone, the profile shows nothing", () =>
    profiles
      .given({ ...updated, data: { headline: null, bio: null, links: null, photoKey: null } })
      .thenNothing());

  test("the profile's erasure removes its document", () =>
    profiles
      .given(updated, SpeakerProfileErased({}))
      .thenMatching({ key: speakerProfileKey("m1"), version: 2, body: null }));
});

describe("speaker documents, projected from the member's streams", () => {
  let world: SpeakerWorld;
  beforeEach(() => {
    world = speakerWorld();
  });
  afterEach(() => {
    world.close();
  });

  test("erasing the member removes their speaker profile, and nothing they wrote is left", async () => {
    const ann = await world.register("ann");
    await world.speakers.updateSpeakerProfile({
      memberId: ann,
      actor: ann,
      input: {
        headline: "Compilers, gently",
        bio: "Biographer of Ada",
        links: [{ label: "Blog", url: "https://lovelace.example" }],
      },
    });
    expect((await world.documents.get(speakerProfileKey(ann)))?.body).toBeTruthy();

    await world.members.erase({ memberId: ann, actor: ann });

    expect((await world.documents.get(speakerProfileKey(ann)))?.body ?? undefined).toBeUndefined();
    expect((await world.log.readStream(`speaker-${ann}`)).map((event) => event.type)).toEqual([
      "SpeakerProfileUpdated",
      "SpeakerProfileErased",
    ]);
    const scanned = JSON.stringify(await world.documents.scan({ limit: 1000 }));
    for (const trace of ["Compilers, gently", "Biographer", "lovelace.example"])
      expect(scanned).not.toContain(trace);
    const logged = JSON.stringify(await world.log.readStream(`speaker-${ann}`));
    expect(logged).not.toContain("Compilers");
  });
});
