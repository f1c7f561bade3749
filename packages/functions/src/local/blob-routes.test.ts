import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { folderBlobStore, uploadsModule } from "@meetstream/core/blob";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { idOf } from "../graphql/relay";
import { graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";
import { dataFoldersRemovedAfterAll, startTestHost } from "../testing/test-host";
import type { LocalHost } from "./host";

const dataFolder = dataFoldersRemovedAfterAll();
let folder: string;
let host: LocalHost;
let ann: string;
let bob: string;
let annId: string;

const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

interface Target {
  uploadId: string;
  url: string;
  method: string;
  headers: { name: string; value: string }[];
  maxBytes: number;
}

const startUpload = async (token: string, kind: "SLIDES" | "PHOTO") =>
  (
    await graphqlRequest<{ startUpload: Target }>(
      host.url,
      "mutation ($kind: UploadKind!) { startUpload(kind: $kind) { ... on UploadTarget { uploadId url method headers { name value } maxBytes } } }",
      { token, variables: { kind } },
    )
  ).body.data?.startUpload as Target;

const send = (
  url: string,
  body: Uint8Array | undefined,
  token?: string,
  headers: Record<string, string> = {},
) =>
  fetch(url, {
    method: "PUT",
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body ? Buffer.from(body) : undefined,
  });

/** The files in the data folder's blobs, records aside. */
const storedFiles = () =>
  existsSync(join(folder, "blobs"))
    ? readdirSync(join(folder, "blobs"), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.endsWith(".json"))
        .map((entry) => entry.name)
    : [];

/** What attaching does (the talk's and the speaker's modules, after the merge): the same files, checked. */
const verified = (uploadId: string, kind: "slides" | "photo", actor: string) =>
  uploadsModule({
    blobs: folderBlobStore({ folder: join(folder, "blobs"), origin: host.url }),
  }).verifiedUpload({
    uploadId,
    kind,
    actor,
  });

beforeAll(async () => {
  folder = dataFolder();
  host = await startTestHost({ dataFolder: folder });
  ann = (await signIn(host.url, "ann@example.com")).access;
  bob = (await signIn(host.url, "bob@example.com")).access;
  const me = await graphqlRequest<{ me: { member: { id: string } } }>(host.url, "{ me { member { id } } }", {
    token: ann,
  });
  const { id } = me.body.data?.me.member ?? { id: "" };
  annId = idOf(id, "Member");
});
afterAll(() => host.close());

describe("uploads on the local host", () => {
  test("slides go by PUT to the URL startUpload gave, and once checked are served from /blobs", async () => {
    const target = await startUpload(ann, "SLIDES");
    expect(target).toMatchObject({
      url: `${host.url}/uploads/slides/${target.uploadId}`,
      method: "PUT",
      headers: [],
      maxBytes: 20 * 1024 * 1024,
    });
    const sent = await send(target.url, pdf, ann);
    expect(sent.status).toBe(200);
    const blobUrl = `${host.url}/blobs/uploads/slides/${target.uploadId}`;
    // Not served until checked: nothing unchecked leaves the host.
    expect((await fetch(blobUrl)).status).toBe(404);
    const { key } = await verified(target.uploadId, "slides", annId);
    const served = await fetch(`${host.url}/blobs/${key}`);
    expect(served.status).toBe(200);
    expect(Object.fromEntries(served.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": 'inline; filename="slides.pdf"',
      "x-content-type-options": "nosniff",
      "cache-control": "public, max-age=31536000, immutable",
      "content-length": String(pdf.length),
    });
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(pdf);
  });

  test("only the signed-in member who started an upload may send it", async () => {
    const target = await startUpload(ann, "PHOTO");
    expect((await send(target.url, pdf)).status).toBe(401);
    expect((await send(target.url, pdf, "not-a-token")).status).toBe(401);
    const byBob = await send(target.url, pdf, bob);
    expect(byBob.status).toBe(404);
    expect(await byBob.json()).toEqual({
      code: "UPLOAD_MISSING",
      message: "There is no such upload: upload the file again.",
    });
    expect(storedFiles()).not.toContain(target.uploadId);
  });

  test("a member erased after starting an upload can no longer send it", async () => {
    const { access } = await signIn(host.url, "cy@example.com");
    const target = await startUpload(access, "SLIDES");
    await graphqlRequest(host.url, "mutation { eraseMe { __typename } }", { token: access });
    expect((await send(target.url, pdf, access)).status).toBe(401);
    expect(storedFiles()).not.toContain(target.uploadId);
  });

  test("a photo over 2 MB is refused with 413, declared or streamed, and nothing is stored", async () => {
    const before = storedFiles();
    const declared = await startUpload(ann, "PHOTO");
    const tooLarge = await send(declared.url, new Uint8Array(2 * 1024 * 1024 + 1), ann);
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).code).toBe("UPLOAD_TOO_LARGE");

    const streamed = await startUpload(ann, "PHOTO");
    const chunks = (function* () {
      for (let sent = 0; sent < 3 * 1024 * 1024; sent += 64 * 1024) yield new Uint8Array(64 * 1024);
    })();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
    });
    const chunked = await fetch(streamed.url, {
      method: "PUT",
      headers: { authorization: `Bearer ${ann}` },
      body,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(storedFiles()).toEqual(before);
  });

  test("an executable renamed slides.pdf is stored, then refused by its content and deleted", async () => {
    const target = await startUpload(ann, "SLIDES");
    expect((await send(target.url, elf, ann, { "content-type": "application/pdf" })).status).toBe(200);
    await expect(verified(target.uploadId, "slides", annId)).rejects.toMatchObject({
      code: "UPLOAD_WRONG_TYPE",
    });
    expect(storedFiles()).not.toContain(target.uploadId);
    expect((await fetch(`${host.url}/blobs/uploads/slides/${target.uploadId}`)).status).toBe(404);
  });

  test.for([
    "/uploads/slides/..%2f..%2fsecrets.json",
    "/uploads/slides/%2e%2e",
    "/uploads/..%2F..%2Fdata/x",
    "/uploads/slides/0190f5a0-0000-4000-8000-000000000000/..%2f..%2fx",
    "/uploads/scripts/0190f5a0-0000-4000-8000-000000000000",
    "/uploads/slides/0190f5a0-0000-4000-8000-000000000000",
  ])("PUT %s is refused, and nothing is stored", async (path) => {
    const before = storedFiles();
    const answer = await send(`${host.url}${path}`, pdf, ann);
    expect([400, 404]).toContain(answer.status);
    expect(storedFiles()).toEqual(before);
  });

  test.for([
    "/blobs/..%2fmeetstream.sqlite",
    "/blobs/%2e%2e/%2e%2e/etc/passwd",
    "/blobs/uploads/slides/..%2f..%2f..%2fsecrets.json",
    "/blobs/uploads/slides/0190f5a0-0000-4000-8000-000000000000.json",
  ])("GET %s serves nothing of the data folder", async (path) => {
    // fetch reads `%2e%2e` as `..` (as browsers do), so some of these never reach /blobs at all.
    const answer = await fetch(`${host.url}${path}`);
    expect(answer.ok).toBe(false);
    expect(answer.headers.get("content-type")).not.toContain("application/pdf");
  });
});
