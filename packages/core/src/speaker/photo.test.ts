import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { UploadMissing, UploadWrongType } from "../blob/index";
import { NotYourSpeakerProfile } from "./errors";
import { type SpeakerWorld, speakerWorld } from "./test-world";

let world: SpeakerWorld;
beforeAll(() => {
  world = speakerWorld();
});
afterAll(() => world.close());

/** The smallest PNG's signature and header: what the content check reads. */
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 2, 0, 0, 0,
]);
const executable = new TextEncoder().encode("MZ\u0090\u0000 this program cannot be run in DOS mode");

async function uploaded(actor: string, bytes: Uint8Array): Promise<string> {
  const { uploadId } = await world.uploads.startUpload({ kind: "photo", actor });
  await world.uploads.receiveUpload({ kind: "photo", uploadId, actor, body: [bytes] });
  return uploadId;
}

describe("a speaker's photo", () => {
  test("a member sets an uploaded photo: the public profile shows it; removing it shows none", async () => {
    const ann = await world.register(`ann${Date.now()}`);
    const uploadId = await uploaded(ann, png);
    const profile = await world.speakers.setSpeakerPhoto({ memberId: ann, actor: ann, uploadId });
    expect(profile.photoKey).toBe(`uploads/photo/${uploadId}`);
    await world.speakers.removeSpeakerPhoto({ memberId: ann, actor: ann });
    const events = await world.log.readStream(`speaker-${ann}`);
    expect(events.at(-1)?.data).toMatchObject({ photoKey: null });
  });

  test("a renamed executable is refused and deleted; nothing is recorded", async () => {
    const bob = await world.register(`bob${Date.now()}`);
    const uploadId = await uploaded(bob, executable);
    await expect(world.speakers.setSpeakerPhoto({ memberId: bob, actor: bob, uploadId })).rejects.toThrow(
      UploadWrongType,
    );
    expect(await world.blobs.head(`uploads/photo/${uploadId}`)).toBeUndefined();
    expect(await world.log.readStream(`speaker-${bob}`)).toHaveLength(0);
  });

  test("nobody sets another member's photo, nor with another member's upload", async () => {
    const cy = await world.register(`cy${Date.now()}`);
    const dee = await world.register(`dee${Date.now()}`);
    const uploadId = await uploaded(dee, png);
    await expect(world.speakers.setSpeakerPhoto({ memberId: cy, actor: dee, uploadId })).rejects.toThrow(
      NotYourSpeakerProfile,
    );
    await expect(world.speakers.setSpeakerPhoto({ memberId: cy, actor: cy, uploadId })).rejects.toThrow(
      UploadMissing,
    );
  });

  test("erasing the member deletes every photo they set, through the Blob port", async () => {
    const eve = await world.register(`eve${Date.now()}`);
    const first = await uploaded(eve, png);
    await world.speakers.setSpeakerPhoto({ memberId: eve, actor: eve, uploadId: first });
    const second = await uploaded(eve, png);
    await world.speakers.setSpeakerPhoto({ memberId: eve, actor: eve, uploadId: second });
    expect(await world.blobs.head(`uploads/photo/${second}`)).toBeDefined();
    await world.members.erase({ memberId: eve, actor: eve });
    expect(await world.blobs.head(`uploads/photo/${first}`)).toBeUndefined();
    expect(await world.blobs.head(`uploads/photo/${second}`)).toBeUndefined();
  });
});
