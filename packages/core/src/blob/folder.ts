import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { newId } from "../ids/new-id";
import { checkedBlobKey } from "./blob-key";
import type { BlobStore } from "./blob-store";
import { UploadMissing, UploadTooLarge } from "./errors";

interface BlobRecord {
  owner: string;
  contentType?: string;
}

const notFound = (error: NodeJS.ErrnoException) => error.code === "ENOENT";

/**
 * Blobs as files under `folder` (the data folder's `blobs/`): a key's bytes at its path, and beside them
 * `<key>.json`, the record of who started the upload and what its content was checked to be. Keys never
 * hold a dot, so no record is ever taken for a blob. `origin` is the local host's, which serves
 * `PUT /<key>` and `GET /blobs/<key>`.
 */
export function folderBlobStore({ folder, origin }: { folder: string; origin: string }): BlobStore {
  const pathOf = (key: string) => join(folder, ...checkedBlobKey(key).split("/"));
  const recordPath = (key: string) => `${pathOf(key)}.json`;

  const readRecord = async (key: string): Promise<BlobRecord | undefined> => {
    try {
      return JSON.parse(await readFile(recordPath(key), "utf8")) as BlobRecord;
    } catch (error) {
      if (notFound(error as NodeJS.ErrnoException)) return undefined;
      throw error;
    }
  };
  const writeRecord = async (key: string, record: BlobRecord) => {
    const path = recordPath(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.${newId()}.partial`;
    await writeFile(partial, JSON.stringify(record));
    await rename(partial, path);
  };
  const bytesOf = async (key: string) => {
    try {
      return (await stat(pathOf(key))).size;
    } catch (error) {
      if (notFound(error as NodeJS.ErrnoException)) return undefined;
      throw error;
    }
  };

  return {
    async uploadTarget(key, owner) {
      await writeRecord(key, { owner });
      return { url: `${origin}/${key}`, method: "PUT", headers: {} };
    },
    async put(key, body, { owner, maxBytes }) {
      const path = pathOf(key);
      const record = await readRecord(key);
      // Only the member a target was issued to may send its bytes, and only once: a blob never changes.
      if (record?.owner !== owner || record.contentType || (await bytesOf(key)) !== undefined)
        throw new UploadMissing(key);
      const partial = `${path}.${newId()}.partial`;
      let bytes = 0;
      async function* counted() {
        for await (const chunk of body) {
          bytes += chunk.byteLength;
          if (bytes > maxBytes) throw new UploadTooLarge(key, maxBytes);
          yield chunk;
        }
      }
      try {
        await pipeline(Readable.from(counted()), createWriteStream(partial));
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async head(key) {
      const [record, bytes] = await Promise.all([readRecord(key), bytesOf(key)]);
      if (!record || bytes === undefined) return undefined;
      return { bytes, owner: record.owner, contentType: record.contentType };
    },
    async readStart(key, bytes) {
      const file = await open(pathOf(key));
      try {
        const buffer = Buffer.alloc(bytes);
        const { bytesRead } = await file.read(buffer, 0, bytes, 0);
        return new Uint8Array(buffer.subarray(0, bytesRead));
      } finally {
        await file.close();
      }
    },
    async read(key) {
      const [record, bytes] = await Promise.all([readRecord(key), bytesOf(key)]);
      if (!record?.contentType || bytes === undefined) return undefined;
      const body = Readable.toWeb(createReadStream(pathOf(key))) as ReadableStream<Uint8Array>;
      return { body, bytes, contentType: record.contentType };
    },
    async markChecked(key, contentType) {
      const record = await readRecord(key);
      if (!record) throw new UploadMissing(key);
      await writeRecord(key, { ...record, contentType });
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
      await rm(recordPath(key), { force: true });
    },
    publicUrl: (key) => `${origin}/blobs/${checkedBlobKey(key)}`,
  };
}
