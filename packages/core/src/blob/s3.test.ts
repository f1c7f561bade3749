import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, expect, test } from "vitest";
import { blobStoreContract, samplePdf } from "./contract";
import { UploadMissing } from "./errors";
import { s3BlobStore } from "./s3";
import { uploadsModule } from "./uploads";

let server: S3rver;
let client: S3Client;
let directory: string;
let buckets = 0;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "meetstream-s3-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory });
  const { port } = await server.run();
  client = new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    region: "local",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    // s3rver predates the checksums newer SDKs add to every request by default.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
});
afterAll(async () => {
  client.destroy();
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

async function openBucket() {
  buckets += 1;
  const bucketName = `uploads-${buckets}`;
  await client.send(new CreateBucketCommand({ Bucket: bucketName }));
  const blobs = s3BlobStore({ client, bucketName, origin: "https://meetstream.example" });
  const storedKeys = async () =>
    ((await client.send(new ListObjectsV2Command({ Bucket: bucketName }))).Contents ?? []).map(
      (object) => object.Key ?? "",
    );
  return { blobs, storedKeys };
}

const put = (url: string, headers: Record<string, string>, body: Uint8Array) =>
  fetch(url, { method: "PUT", headers, body: Buffer.from(body) });

blobStoreContract("S3", async () => {
  const { blobs, storedKeys } = await openBucket();
  return {
    blobs,
    async deliver(upload, _kind, _actor, bytes) {
      const response = await put(upload.url, upload.headers, bytes);
      if (!response.ok)
        throw new Error(`the presigned PUT answered ${response.status}: ${await response.text()}`);
    },
    storedKeys,
  };
});

const ann = "0190f5a0-0000-7000-8000-00000000a001";
const bob = "0190f5a0-0000-7000-8000-00000000b002";

// S3 refuses a presigned PUT whose signed headers differ from what was signed; s3rver checks no V4
// signature, so what is asserted here is that the owner and the type are among the signed headers.
test("a presigned PUT is signed for its owner and an inert type, which the browser must send", async () => {
  const { blobs } = await openBucket();
  const uploads = uploadsModule({ blobs });
  const upload = await uploads.startUpload({ kind: "slides", actor: ann });
  expect(upload.headers).toEqual({ "content-type": "application/octet-stream", "x-amz-meta-owner": ann });
  const url = new URL(upload.url);
  expect(url.searchParams.get("X-Amz-SignedHeaders")?.split(";")).toEqual(
    expect.arrayContaining(["content-type", "host", "x-amz-meta-owner"]),
  );
  expect(Number(url.searchParams.get("X-Amz-Expires"))).toBe(900);
  expect(url.pathname).toBe(`/${"uploads-"}${buckets}/uploads/slides/${upload.uploadId}`);
  expect((await put(upload.url, upload.headers, samplePdf)).status).toBe(200);
  expect(await blobs.head(`uploads/slides/${upload.uploadId}`)).toEqual({
    bytes: samplePdf.length,
    owner: ann,
    contentType: undefined,
  });
  await expect(
    uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "slides", actor: bob }),
  ).rejects.toThrow(UploadMissing);
});

test("only a checked file is under blobs/, where CloudFront reads the bucket for the origin's /blobs", async () => {
  const { blobs, storedKeys } = await openBucket();
  const uploads = uploadsModule({ blobs });
  const upload = await uploads.startUpload({ kind: "slides", actor: ann });
  await put(upload.url, upload.headers, samplePdf);
  const key = `uploads/slides/${upload.uploadId}`;
  expect(await storedKeys()).toEqual([key]);
  await uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "slides", actor: ann });
  expect(await storedKeys()).toEqual([`blobs/${key}`]);
  expect(blobs.publicUrl(key)).toBe(`https://meetstream.example/blobs/${key}`);
});
