import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { callInput, proposalInput, type TalkClient, talkClient } from "./talk-test-client";

let host: LocalHost;
let client: TalkClient;
const people = {} as Record<"organiser" | "speaker" | "stranger", Person>;
let callId: string;

beforeAll(async () => {
  host = await startTestHost();
  client = talkClient(host.url);
  people.organiser = await client.person("Olga", "olga");
  people.speaker = await client.person("Sara", "sara");
  people.stranger = await client.person("Stan", "stan");
  const { id: communityId } = await client.found(people.organiser, { name: "Talks", slug: "talks" });
  await client.join(people.speaker, communityId);
  callId = (await client.draftCall(people.organiser, callInput(communityId))).id;
  await client.publishCall(people.organiser, callId);
});
afterAll(() => host.close());

const ascii = (text: string) => new TextEncoder().encode(text);
const pdf = ascii("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const executable = ascii("MZ\u0090\u0000 this program cannot be run in DOS mode");
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 2, 0, 0, 0,
]);

/** As the web app does: start an upload, then PUT the bytes where it says. */
async function uploaded(person: Person, kind: "SLIDES" | "PHOTO", bytes: Uint8Array): Promise<string> {
  const { startUpload } = await client.query(
    `mutation ($kind: UploadKind!) { startUpload(kind: $kind) { ... on UploadTarget { uploadId url } } }`,
    person,
    { kind },
  );
  const response = await fetch(startUpload.url, {
    method: "PUT",
    headers: { authorization: `Bearer ${person.token}` },
    body: new Blob([new Uint8Array(bytes)]),
  });
  expect(response.ok).toBe(true);
  return startUpload.uploadId;
}

const attach = `mutation ($proposalId: ID!, $uploadId: ID!) {
  attachSlides(proposalId: $proposalId, uploadId: $uploadId) {
    __typename
    ... on Error { code message }
    ... on Proposal { slides { url bytes } }
  }
}`;
const link = `mutation ($proposalId: ID!, $url: String!) {
  linkRecording(proposalId: $proposalId, url: $url) {
    __typename
    ... on Error { code message }
    ... on Proposal { recording { url provider embedUrl } }
  }
}`;

async function acceptedTalk(): Promise<string> {
  const { id } = await client.submit(people.speaker, proposalInput(callId));
  await client.accept(people.organiser, id);
  return id;
}

describe("slides and recordings over the local host", () => {
  test("a speaker uploads slides and links a recording; a visitor sees both once confirmed", async () => {
    const proposalId = await acceptedTalk();
    const uploadId = await uploaded(people.speaker, "SLIDES", pdf);
    const { attachSlides } = await client.query(attach, people.speaker, { proposalId, uploadId });
    expect(attachSlides).toEqual({
      __typename: "Proposal",
      slides: { url: `${host.url}/blobs/uploads/slides/${uploadId}`, bytes: pdf.length },
    });
    const { linkRecording } = await client.query(link, people.speaker, {
      proposalId,
      url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    });
    expect(linkRecording.recording).toEqual({
      url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      provider: "YOUTUBE",
      embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    });
    await client.confirm(people.speaker, proposalId);
    const seen = await client.proposal(undefined, proposalId, "slides { url bytes } recording { provider }");
    expect(seen).toEqual({
      slides: { url: `${host.url}/blobs/uploads/slides/${uploadId}`, bytes: pdf.length },
      recording: { provider: "YOUTUBE" },
    });
    const served = await fetch(seen.slides.url);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(pdf);
  });

  test("a renamed executable is refused with words, and the talk has no slides", async () => {
    const proposalId = await acceptedTalk();
    const uploadId = await uploaded(people.speaker, "SLIDES", executable);
    const { attachSlides } = await client.query(attach, people.speaker, { proposalId, uploadId });
    expect(attachSlides).toEqual({
      __typename: "UploadWrongType",
      code: "UPLOAD_WRONG_TYPE",
      message: "The file is not a PDF.",
    });
    expect((await client.proposal(people.speaker, proposalId, "slides { url }")).slides).toBeNull();
  });

  test("a stranger attaches nothing; an address that is not https is refused", async () => {
    const proposalId = await acceptedTalk();
    const uploadId = await uploaded(people.stranger, "SLIDES", pdf);
    const { attachSlides } = await client.query(attach, people.stranger, { proposalId, uploadId });
    expect(attachSlides.__typename).toBe("NotASpeaker");
    const { linkRecording } = await client.query(link, people.speaker, {
      proposalId,
      url: "http://vimeo.com/1",
    });
    expect(linkRecording).toMatchObject({ __typename: "InvalidRecording", code: "INVALID_RECORDING" });
  });

  test("a member sets a photo: the speaker profile has its address", async () => {
    const uploadId = await uploaded(people.speaker, "PHOTO", png);
    const { setSpeakerPhoto } = await client.query(
      `mutation ($uploadId: ID!) { setSpeakerPhoto(uploadId: $uploadId) { __typename ... on SpeakerProfile { photoUrl } } }`,
      people.speaker,
      { uploadId },
    );
    expect(setSpeakerPhoto).toEqual({
      __typename: "SpeakerProfile",
      photoUrl: `${host.url}/blobs/uploads/photo/${uploadId}`,
    });
    const wrong = await uploaded(people.speaker, "PHOTO", pdf);
    const refused = await client.query(
      `mutation ($uploadId: ID!) { setSpeakerPhoto(uploadId: $uploadId) { __typename ... on Error { message } } }`,
      people.speaker,
      { uploadId: wrong },
    );
    expect(refused.setSpeakerPhoto).toEqual({
      __typename: "UploadWrongType",
      message: "The file is not a JPEG, PNG or WebP image.",
    });
  });

  test("erasing the member deletes their photo from the data folder", async () => {
    const photographed = await client.person("Pia", "pia");
    const uploadId = await uploaded(photographed, "PHOTO", png);
    await client.query(
      `mutation ($uploadId: ID!) { setSpeakerPhoto(uploadId: $uploadId) { __typename } }`,
      photographed,
      { uploadId },
    );
    const photoUrl = `${host.url}/blobs/uploads/photo/${uploadId}`;
    expect((await fetch(photoUrl)).status).toBe(200);
    await client.query("mutation { eraseMe { __typename } }", photographed, {});
    expect((await fetch(photoUrl)).status).toBe(404);
  });
});
