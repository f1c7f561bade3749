import { describe, expect, test } from "vitest";
import type { BlobStore } from "./blob-store";
import type { UploadKind } from "./content-type";
import { BlobKeyRefused, UploadEmpty, UploadMissing, UploadTooLarge, UploadWrongType } from "./errors";
import { type StartedUpload, uploadsModule } from "./uploads";

export interface BlobHarness {
  blobs: BlobStore;
  /** Sends a file's bytes to where `startUpload` said, as the member's browser would. */
  deliver(upload: StartedUpload, kind: UploadKind, actor: string, bytes: Uint8Array): Promise<void>;
  /** Every key the store holds a file for (records aside). */
  storedKeys(): Promise<string[]>;
}

const ann = "0190f5a0-0000-7000-8000-00000000a001";
const bob = "0190f5a0-0000-7000-8000-00000000b002";

const ascii = (text: string) => new TextEncoder().encode(text);
const file = (start: ArrayLike<number>, length = 64) => {
  const bytes = new Uint8Array(length);
  bytes.set(start);
  return bytes;
};
export const samplePdf = ascii("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpeg = [0xff, 0xd8, 0xff, 0xe0];
const webp = [...ascii("RIFF"), 0x24, 0, 0, 0, ...ascii("WEBPVP8 ")];
const elf = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1];
const windowsExecutable = [...ascii("MZ"), 0x90, 0];

const textOf = async (body: ReadableStream<Uint8Array>) => new Response(body).text();

/** The Blob port's contract: every adapter passes it (folder.test.ts, s3.test.ts). */
export function blobStoreContract(name: string, open: () => Promise<BlobHarness>) {
  describe(`${name} blob store`, () => {
    const started = async (kind: UploadKind, bytes: Uint8Array, actor = ann) => {
      const harness = await open();
      const uploads = uploadsModule({ blobs: harness.blobs });
      const upload = await uploads.startUpload({ kind, actor });
      const delivered = harness.deliver(upload, kind, actor, bytes);
      return { harness, uploads, upload, delivered };
    };

    test("slides sent by the member who started them are checked as a PDF, then served with that type", async () => {
      const { harness, uploads, upload, delivered } = await started("slides", samplePdf);
      await delivered;
      expect(upload).toMatchObject({ method: "PUT", maxBytes: 20 * 1024 * 1024 });
      const verified = await uploads.verifiedUpload({
        uploadId: upload.uploadId,
        kind: "slides",
        actor: ann,
      });
      expect(verified).toEqual({
        key: `uploads/slides/${upload.uploadId}`,
        bytes: samplePdf.length,
        contentType: "application/pdf",
      });
      const read = await harness.blobs.read(verified.key);
      expect(read?.contentType).toBe("application/pdf");
      expect(read && (await textOf(read.body))).toBe(new TextDecoder().decode(samplePdf));
      expect(uploads.publicUrl(verified.key)).toMatch(
        new RegExp(`/blobs/uploads/slides/${upload.uploadId}$`),
      );
      // Verifying again answers the same, and keeps the file.
      expect(await uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "slides", actor: ann })).toEqual(
        verified,
      );
    });

    test.for([
      ["PNG", png, "image/png"],
      ["JPEG", jpeg, "image/jpeg"],
      ["WebP", webp, "image/webp"],
    ] as const)("a %s photo is told by its first bytes", async ([, start, contentType]) => {
      const { uploads, upload, delivered } = await started("photo", file(start));
      await delivered;
      expect(upload.maxBytes).toBe(2 * 1024 * 1024);
      expect(
        await uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "photo", actor: ann }),
      ).toMatchObject({
        contentType,
      });
    });

    test("a file not yet checked is not served", async () => {
      const { harness, upload, delivered } = await started("slides", samplePdf);
      await delivered;
      const key = `uploads/slides/${upload.uploadId}`;
      expect(await harness.blobs.head(key)).toEqual({
        bytes: samplePdf.length,
        owner: ann,
        contentType: undefined,
      });
      expect(await harness.blobs.read(key)).toBeUndefined();
    });

    test("an oversized photo is refused as too large, and nothing is stored", async () => {
      const { harness, uploads, upload, delivered } = await started("photo", file(png, 2 * 1024 * 1024 + 1));
      // The local host stops it as it streams in; S3 takes it, and the check deletes it.
      const refused = delivered.then(() =>
        uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "photo", actor: ann }),
      );
      await expect(refused).rejects.toThrow(UploadTooLarge);
      expect(await harness.storedKeys()).toEqual([]);
    });

    test.for([
      ["an ELF executable", elf],
      ["a Windows executable", windowsExecutable],
      ["an HTML page", [...ascii("<!doctype html><script>")]],
    ] as const)("%s sent as slides is refused as the wrong type, and deleted", async ([, start]) => {
      const { harness, uploads, upload, delivered } = await started("slides", file(start));
      await delivered;
      await expect(
        uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "slides", actor: ann }),
      ).rejects.toThrow(UploadWrongType);
      expect(await harness.storedKeys()).toEqual([]);
    });

    test("a PDF sent as a photo is the wrong type", async () => {
      const { uploads, upload, delivered } = await started("photo", samplePdf);
      await delivered;
      await expect(
        uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "photo", actor: ann }),
      ).rejects.toThrow(UploadWrongType);
    });

    test("an empty file is refused as empty, and deleted", async () => {
      const { harness, uploads, upload, delivered } = await started("slides", new Uint8Array());
      await delivered;
      await expect(
        uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "slides", actor: ann }),
      ).rejects.toThrow(UploadEmpty);
      expect(await harness.storedKeys()).toEqual([]);
    });

    test("another member cannot take someone's upload, nor get it deleted", async () => {
      const { uploads, upload, delivered } = await started("slides", samplePdf);
      await delivered;
      await expect(
        uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "slides", actor: bob }),
      ).rejects.toThrow(UploadMissing);
      await expect(
        uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "photo", actor: ann }),
      ).rejects.toThrow(UploadMissing);
      expect(
        await uploads.verifiedUpload({ uploadId: upload.uploadId, kind: "slides", actor: ann }),
      ).toMatchObject({ contentType: "application/pdf" });
    });

    test("an upload never sent, or never issued, is missing", async () => {
      const { uploads, upload } = await started("slides", samplePdf);
      await expect(
        uploads.verifiedUpload({
          uploadId: "0190f5a0-0000-4000-8000-000000000000",
          kind: "slides",
          actor: ann,
        }),
      ).rejects.toThrow(UploadMissing);
      const unsent = await uploadsModule({ blobs: (await open()).blobs }).startUpload({
        kind: "slides",
        actor: ann,
      });
      await expect(
        uploads.verifiedUpload({ uploadId: unsent.uploadId, kind: "slides", actor: ann }),
      ).rejects.toThrow(UploadMissing);
      expect(upload.uploadId).not.toBe(unsent.uploadId);
    });

    test.for([
      "../../../etc/passwd",
      "..%2f..%2fsecret",
      "%2e%2e%2f%2e%2e%2fsecret",
      "0190f5a0-0000-4000-8000-000000000000/../../x",
      "0190f5a0-0000-4000-8000-000000000000%00",
      "..\\..\\secret",
      "",
    ])("the upload id %j names no upload, and nothing is read or stored", async (uploadId) => {
      const harness = await open();
      const uploads = uploadsModule({ blobs: harness.blobs });
      await expect(uploads.verifiedUpload({ uploadId, kind: "slides", actor: ann })).rejects.toThrow(
        UploadMissing,
      );
      await expect(
        uploads.receiveUpload({ uploadId, kind: "slides", actor: ann, body: [samplePdf] }),
      ).rejects.toThrow(UploadMissing);
      expect(await harness.storedKeys()).toEqual([]);
    });

    test.for([
      "uploads/../../outside",
      "uploads/slides/..",
      "uploads/slides/%2e%2e",
      "/etc/passwd",
      "uploads//slides",
      "uploads\\slides",
      "Uploads/Slides/X.pdf",
    ])("the store refuses the key %j it did not make, and writes nothing", async (key) => {
      const harness = await open();
      await expect(harness.blobs.uploadTarget(key, ann)).rejects.toThrow(BlobKeyRefused);
      await expect(harness.blobs.put(key, [samplePdf], { owner: ann, maxBytes: 100 })).rejects.toThrow(
        BlobKeyRefused,
      );
      await expect(harness.blobs.head(key)).rejects.toThrow(BlobKeyRefused);
      await expect(harness.blobs.read(key)).rejects.toThrow(BlobKeyRefused);
      await expect(harness.blobs.delete(key)).rejects.toThrow(BlobKeyRefused);
      expect(() => harness.blobs.publicUrl(key)).toThrow(BlobKeyRefused);
      expect(await harness.storedKeys()).toEqual([]);
    });
  });
}
