import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { UploadMissing, UploadWrongType } from "../blob/index";
import { InvalidRecording, NotAnAcceptedTalk, NotASpeaker } from "./errors";
import { proposalInput, type TalkCast, type TalkWorld, talkCast, talkWorld } from "./test-world";

let world: TalkWorld;
let cast: TalkCast;

beforeAll(async () => {
  world = talkWorld();
  cast = await talkCast(world);
});
afterAll(() => world.close());

const ascii = (text: string) => new TextEncoder().encode(text);
const pdf = ascii("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
/** A Windows executable named as slides would be: refused by its content, whatever its name. */
const executable = ascii("MZ\u0090\u0000 this program cannot be run in DOS mode");

async function uploaded(actor: string, bytes: Uint8Array): Promise<string> {
  const { uploadId } = await world.uploads.startUpload({ kind: "slides", actor });
  await world.uploads.receiveUpload({ kind: "slides", uploadId, actor, body: [bytes] });
  return uploadId;
}

async function acceptedTalk(): Promise<string> {
  const { proposalId } = await world.talks.draftProposal({
    actor: cast.speaker,
    input: proposalInput(cast.callId),
    submit: true,
  });
  await world.talks.acceptProposal({ actor: cast.organiser, proposalId, message: "Welcome" });
  return proposalId;
}

describe("slides", () => {
  test("a speaker attaches uploaded slides; once confirmed, a visitor sees them with the talk", async () => {
    const proposalId = await acceptedTalk();
    const uploadId = await uploaded(cast.speaker, pdf);
    await world.talks.attachSlides({ actor: cast.speaker, proposalId, uploadId });
    expect((await world.talks.proposalById(proposalId, undefined))?.slides ?? null).toBeNull();
    await world.talks.confirmTalk({ actor: cast.speaker, proposalId });
    const seen = await world.talks.proposalById(proposalId, undefined);
    expect(seen?.slides).toEqual({ key: `uploads/slides/${uploadId}`, bytes: pdf.length });
  });

  test("a renamed executable is refused, deleted, and nothing is recorded", async () => {
    const proposalId = await acceptedTalk();
    const uploadId = await uploaded(cast.speaker, executable);
    const before = await world.store.readStream(`proposal-${proposalId}`);
    await expect(world.talks.attachSlides({ actor: cast.speaker, proposalId, uploadId })).rejects.toThrow(
      UploadWrongType,
    );
    await expect(world.talks.attachSlides({ actor: cast.speaker, proposalId, uploadId })).rejects.toThrow(
      UploadMissing,
    );
    expect(await world.store.readStream(`proposal-${proposalId}`)).toHaveLength(before.length);
  });

  test("another member's upload is no upload of the speaker's", async () => {
    const proposalId = await acceptedTalk();
    const uploadId = await uploaded(cast.member, pdf);
    await expect(world.talks.attachSlides({ actor: cast.speaker, proposalId, uploadId })).rejects.toThrow(
      UploadMissing,
    );
  });

  test("someone not on the talk attaches nothing, and their upload is left alone", async () => {
    const proposalId = await acceptedTalk();
    const uploadId = await uploaded(cast.member, pdf);
    await expect(world.talks.attachSlides({ actor: cast.member, proposalId, uploadId })).rejects.toThrow(
      NotASpeaker,
    );
    await expect(
      world.uploads.verifiedUpload({ uploadId, kind: "slides", actor: cast.member }),
    ).resolves.toMatchObject({ bytes: pdf.length });
  });

  test("an organiser removes a talk's slides", async () => {
    const proposalId = await acceptedTalk();
    await world.talks.attachSlides({
      actor: cast.speaker,
      proposalId,
      uploadId: await uploaded(cast.speaker, pdf),
    });
    await world.talks.removeSlides({ actor: cast.organiser, proposalId });
    expect((await world.talks.proposalById(proposalId, cast.speaker))?.slides).toBeNull();
  });
});

describe("recordings", () => {
  test("a speaker links a recording: the talk shows its provider and embed", async () => {
    const proposalId = await acceptedTalk();
    await world.talks.linkRecording({
      actor: cast.speaker,
      proposalId,
      url: "  https://vimeo.com/76979871 ",
    });
    expect((await world.talks.proposalById(proposalId, cast.speaker))?.recording).toEqual({
      url: "https://vimeo.com/76979871",
      provider: "vimeo",
      embedUrl: "https://player.vimeo.com/video/76979871?dnt=1",
    });
    await world.talks.unlinkRecording({ actor: cast.speaker, proposalId });
    expect((await world.talks.proposalById(proposalId, cast.speaker))?.recording).toBeNull();
  });

  test("an address that is not https is refused, and nothing is recorded", async () => {
    const proposalId = await acceptedTalk();
    const before = await world.store.readStream(`proposal-${proposalId}`);
    for (const url of [
      "http://vimeo.com/1",
      "javascript:alert(1)",
      `https://example.com/${"a".repeat(2_000)}`,
    ])
      await expect(world.talks.linkRecording({ actor: cast.speaker, proposalId, url })).rejects.toThrow(
        InvalidRecording,
      );
    expect(await world.store.readStream(`proposal-${proposalId}`)).toHaveLength(before.length);
  });

  test("a proposal not accepted takes no recording", async () => {
    const { proposalId } = await world.talks.draftProposal({
      actor: cast.speaker,
      input: proposalInput(cast.callId),
      submit: true,
    });
    await expect(
      world.talks.linkRecording({ actor: cast.speaker, proposalId, url: "https://youtu.be/dQw4w9WgXcQ" }),
    ).rejects.toThrow(NotAnAcceptedTalk);
  });
});
