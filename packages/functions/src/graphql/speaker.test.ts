import { eventCatalog } from "@meetstream/core/eventstore";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { speakerProfileKey } from "@meetstream/core/speaker";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { openLocalStores } from "../stores/local-stores";
import { graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";
import { dataFoldersRemovedAfterAll, startTestHost } from "../testing/test-host";
import { plainIdOf } from "./relay";

let host: LocalHost;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
const query = <Data = Record<string, any>>(
  text: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
) => graphqlRequest<Data>(host.url, text, options);

const updateSpeakerProfile = `
  mutation ($input: SpeakerProfileInput!, $idempotencyKey: String) {
    updateSpeakerProfile(input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on SpeakerProfile { headline bio bioHtml links { label url } member { handle } }
      ... on Error { code message }
      ... on InvalidSpeakerProfile { issues { path message } }
    }
  }`;

const update = async (token: string | undefined, input: Record<string, unknown>, idempotencyKey?: string) => {
  const { body } = await query(updateSpeakerProfile, { token, variables: { input, idempotencyKey } });
  return body.data?.updateSpeakerProfile ?? body.errors;
};

/** A signed-in member with a handle. */
async function speaker(handle: string): Promise<string> {
  const { access } = await signIn(host.url, `${handle}@example.com`);
  await query(
    `mutation { updateProfile(input: { handle: "${handle}", displayName: "${handle}" }) { __typename } }`,
    {
      token: access,
    },
  );
  return access;
}

const publicProfile = (handle: string, token?: string) =>
  query(`query ($handle: String!) { speakerProfile(handle: $handle) { headline bioHtml talks { title } } }`, {
    token,
    variables: { handle },
  }).then(({ body }) => body.data?.speakerProfile);

describe("updateSpeakerProfile", () => {
  test("writes the signed-in member's profile; anyone then reads it by handle and on the member", async () => {
    const token = await speaker("grace");
    expect(
      await update(token, {
        headline: "Compilers, gently",
        bio: "Wrote the *first* one.",
        links: [{ label: "Blog", url: "https://grace.example" }],
      }),
    ).toEqual({
      __typename: "SpeakerProfile",
      headline: "Compilers, gently",
      bio: "Wrote the *first* one.",
      bioHtml: "<p>Wrote the <em>first</em> one.</p>",
      links: [{ label: "Blog", url: "https://grace.example" }],
      member: { handle: "grace" },
    });
    expect(await publicProfile("grace")).toEqual({
      headline: "Compilers, gently",
      bioHtml: "<p>Wrote the <em>first</em> one.</p>",
      talks: [],
    });
    const { body } = await query(`{ member(handle: "grace") { speakerProfile { headline } } }`);
    expect(body.data?.member.speakerProfile).toEqual({ headline: "Compilers, gently" });
  });

  test("a visitor is told to sign in, and nothing is written", async () => {
    expect(await update(undefined, { headline: "Anyone" })).toMatchObject({
      __typename: "NotSignedIn",
      code: "NOT_SIGNED_IN",
    });
  });

  test("bad input is an InvalidSpeakerProfile with its issues, and changes nothing", async () => {
    const token = await speaker("ada");
    await update(token, { headline: "Engines" });
    expect(
      await update(token, {
        headline: "x".repeat(121),
        links: [{ label: "Site", url: "http://ada.example" }],
      }),
    ).toMatchObject({
      __typename: "InvalidSpeakerProfile",
      code: "INVALID_SPEAKER_PROFILE",
      issues: [
        { path: ["headline"], message: expect.any(String) },
        { path: ["links", "0", "url"], message: expect.any(String) },
      ],
    });
    expect(await publicProfile("ada")).toMatchObject({ headline: "Engines" });
  });

  test("without a headline the profile is the member's own: others read null", async () => {
    const token = await speaker("hedy");
    await update(token, { headline: "", bio: "Drafting." });
    expect(await publicProfile("hedy")).toBeNull();
    expect(await publicProfile("hedy", (await signIn(host.url, "other@example.com")).access)).toBeNull();
    const { body } = await query("{ me { member { speakerProfile { bio } } } }", { token });
    expect(body.data?.me.member.speakerProfile).toEqual({ bio: "Drafting." });
  });

  test("a retry with the same idempotency key returns the first answer", async () => {
    const token = await speaker("katherine");
    const first = await update(token, { headline: "Orbits" }, "key-1");
    await update(token, { headline: "Later" }, "key-2");
    expect(await update(token, { headline: "Orbits" }, "key-1")).toEqual(first);
    expect(await publicProfile("katherine")).toMatchObject({ headline: "Later" });
  });

  test("an erased member's speaker profile is found by no one", async () => {
    const token = await speaker("erasable");
    await update(token, { headline: "Gone soon" });
    await query("mutation { eraseMe { __typename } }", { token });
    expect(await publicProfile("erasable")).toBeNull();
  });
});

describe("erasure on the local host", () => {
  const dataFolder = dataFoldersRemovedAfterAll();

  test("erasing the member records the speaker profile's erasure, and its document is gone", async () => {
    const folder = dataFolder();
    const own = await startTestHost({ dataFolder: folder });
    const { access } = await signIn(own.url, "erased-speaker@example.com");
    const ask = (text: string) => graphqlRequest(own.url, text, { token: access });
    const written = await ask(
      `mutation { updateSpeakerProfile(input: { headline: "Secret headline" }) { ... on SpeakerProfile { member { id } } } }`,
    );
    expect(written.body.data?.updateSpeakerProfile).toBeTruthy();
    const me = await graphqlRequest<{ me: { member: { id: string } } | null }>(
      own.url,
      "{ me { member { id } } }",
      {
        token: access,
      },
    );
    const globalId: string = me.body.data?.me?.member.id ?? "";
    await ask("mutation { eraseMe { __typename } }");
    await own.close();

    const stores = openLocalStores(folder, eventCatalog(...meetstreamEventTypes));
    try {
      const memberId = plainIdOf(globalId, "Member");
      const speakerEvents = await stores.events.readStream(`speaker-${memberId}`);
      expect(speakerEvents.map((event) => event.type)).toEqual([
        "SpeakerProfileUpdated",
        "SpeakerProfileErased",
      ]);
      expect((await stores.documents.get(speakerProfileKey(memberId)))?.body ?? undefined).toBeUndefined();
      expect(JSON.stringify(await stores.documents.scan({ limit: 1000 }))).not.toContain("Secret headline");
    } finally {
      stores.database.close();
    }
  });
});
