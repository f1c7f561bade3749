import { afterAll, beforeAll, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";
import { startTestHost } from "../testing/test-host";

let host: LocalHost;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

const startUpload = `mutation ($kind: UploadKind!) {
  startUpload(kind: $kind) {
    __typename
    ... on Error { code message }
    ... on UploadTarget { uploadId url method headers { name value } maxBytes }
  }
}`;

test("a visitor cannot start an upload: NotSignedIn, and nothing is issued", async () => {
  const { body } = await graphqlRequest(host.url, startUpload, { variables: { kind: "SLIDES" } });
  expect(body).toEqual({
    data: { startUpload: { __typename: "NotSignedIn", code: "NOT_SIGNED_IN", message: "Sign in first." } },
  });
});

test("a member gets a fresh target for each upload, with the limit of its kind", async () => {
  const { access } = await signIn(host.url, "ann@example.com");
  const started = async (kind: string) =>
    (
      await graphqlRequest<{ startUpload: Record<string, unknown> }>(host.url, startUpload, {
        token: access,
        variables: { kind },
      })
    ).body.data?.startUpload;
  const photo = await started("PHOTO");
  const again = await started("PHOTO");
  const slides = await started("SLIDES");
  expect(photo).toEqual({
    __typename: "UploadTarget",
    uploadId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    url: `${host.url}/uploads/photo/${photo?.uploadId}`,
    method: "PUT",
    headers: [],
    maxBytes: 2 * 1024 * 1024,
  });
  expect(again?.uploadId).not.toBe(photo?.uploadId);
  expect(slides).toMatchObject({
    url: `${host.url}/uploads/slides/${slides?.uploadId}`,
    maxBytes: 20 * 1024 * 1024,
  });
});

test("a kind the schema does not have is refused before anything runs", async () => {
  const { access } = await signIn(host.url, "bob@example.com");
  const { body } = await graphqlRequest(host.url, startUpload, {
    token: access,
    variables: { kind: "SCRIPT" },
  });
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0]?.message).toContain("UploadKind");
});
