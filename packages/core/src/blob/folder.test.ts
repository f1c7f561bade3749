import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, expect, test } from "vitest";
import { blobStoreContract, samplePdf } from "./contract";
import { UploadMissing, UploadTooLarge } from "./errors";
import { folderBlobStore } from "./folder";
import { uploadsModule } from "./uploads";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A store in a fresh folder inside a parent folder, so that a file written outside it would be seen. */
function openFolder() {
  const parent = mkdtempSync(join(tmpdir(), "meetstream-blobs-"));
  folders.push(parent);
  const folder = join(parent, "blobs");
  const blobs = folderBlobStore({ folder, origin: "http://127.0.0.1:4000" });
  const files = () =>
    readdirSync(parent, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"));
  return { blobs, files };
}

blobStoreContract("folder", async () => {
  const { blobs, files } = openFolder();
  const uploads = uploadsModule({ blobs });
  return {
    blobs,
    deliver: (upload, kind, actor, bytes) =>
      uploads.receiveUpload({ uploadId: upload.uploadId, kind, actor, body: [bytes] }),
    storedKeys: async () => files().filter((file) => !file.endsWith(".json")),
  };
});

const ann = "0190f5a0-0000-7000-8000-00000000a001";
const bob = "0190f5a0-0000-7000-8000-00000000b002";

test("the local upload target is the host's own PUT route, and publicly a file is under /blobs", async () => {
  const { blobs } = openFolder();
  const upload = await uploadsModule({ blobs }).startUpload({ kind: "slides", actor: ann });
  expect(upload).toEqual({
    uploadId: expect.any(String),
    url: `http://127.0.0.1:4000/uploads/slides/${upload.uploadId}`,
    method: "PUT",
    headers: {},
    maxBytes: 20 * 1024 * 1024,
  });
  expect(blobs.publicUrl(`uploads/slides/${upload.uploadId}`)).toBe(
    `http://127.0.0.1:4000/blobs/uploads/slides/${upload.uploadId}`,
  );
});

test("only the member an upload was issued to may send its bytes, once", async () => {
  const { blobs, files } = openFolder();
  const uploads = uploadsModule({ blobs });
  const upload = await uploads.startUpload({ kind: "slides", actor: ann });
  const send = (actor: string) =>
    uploads.receiveUpload({ uploadId: upload.uploadId, kind: "slides", actor, body: [samplePdf] });
  await expect(send(bob)).rejects.toThrow(UploadMissing);
  await expect(
    uploads.receiveUpload({ uploadId: upload.uploadId, kind: "photo", actor: ann, body: [samplePdf] }),
  ).rejects.toThrow(UploadMissing);
  expect(files().filter((file) => !file.endsWith(".json"))).toEqual([]);
  await send(ann);
  await expect(send(ann)).rejects.toThrow(UploadMissing);
});

test("a body over its kind's limit is cut off as it streams in, leaving no partial file", async () => {
  const { blobs, files } = openFolder();
  const uploads = uploadsModule({ blobs });
  const upload = await uploads.startUpload({ kind: "photo", actor: ann });
  let chunksRead = 0;
  async function* endless() {
    for (;;) {
      chunksRead += 1;
      yield new Uint8Array(64 * 1024);
    }
  }
  await expect(
    uploads.receiveUpload({ uploadId: upload.uploadId, kind: "photo", actor: ann, body: endless() }),
  ).rejects.toThrow(UploadTooLarge);
  expect(chunksRead).toBeLessThanOrEqual(2 * 16 + 2);
  expect(files().filter((file) => !file.endsWith(".json"))).toEqual([]);
});
