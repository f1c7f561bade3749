import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { checkedBlobKey } from "./blob-key";
import { type BlobStore, servedBlobHeaders } from "./blob-store";
import { UploadTooLarge } from "./errors";

/** What an upload is sent as, whatever it claims: an unchecked file is never taken for HTML or script. */
const unchecked = "application/octet-stream";

const ownerHeader = "x-amz-meta-owner";

/**
 * Where a checked file is copied to: CloudFront serves the router's `/blobs/*` from the bucket's `blobs/*`
 * (infra/uploads.ts), so a file that was uploaded but not (yet) checked is never served.
 */
export const servedPrefix = "blobs/";

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === "NotFound" || error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);

/**
 * Blobs in an S3 bucket (the uploads bucket): clients send bytes straight to S3 with a presigned PUT, to
 * the key itself; once checked, the file is copied under `blobs/` with its checked type and the upload
 * deleted, and people read it through CloudFront at `<origin>/blobs/<key>`. The object's metadata says
 * who started the upload: a signed header of the presigned PUT, so that no one else can set it.
 */
export function s3BlobStore({
  client,
  bucketName,
  origin,
  uploadSeconds = 15 * 60,
}: {
  client: S3Client;
  bucketName: string;
  /** The public origin whose `/blobs/*` CloudFront reads from the bucket's `blobs/*`. */
  origin: string;
  /** How long a presigned PUT stays valid. */
  uploadSeconds?: number;
}): BlobStore {
  const uploaded = (key: string) => ({ Bucket: bucketName, Key: checkedBlobKey(key) });
  const served = (key: string) => ({ Bucket: bucketName, Key: `${servedPrefix}${checkedBlobKey(key)}` });

  const head = async (object: { Bucket: string; Key: string }) => {
    try {
      return await client.send(new HeadObjectCommand(object));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  };

  return {
    async uploadTarget(key, owner) {
      // A presigned PUT cannot bound a length it is not told (only a POST policy can): the size is checked
      // after the upload, and an oversized file deleted then.
      const url = await getSignedUrl(
        client,
        new PutObjectCommand({ ...uploaded(key), ContentType: unchecked, Metadata: { owner } }),
        {
          expiresIn: uploadSeconds,
          // Signed as headers, not hoisted into the query: S3 refuses a PUT that does not send them as signed.
          unhoistableHeaders: new Set([ownerHeader]),
          signableHeaders: new Set(["content-type"]),
        },
      );
      return { url, method: "PUT", headers: { "content-type": unchecked, [ownerHeader]: owner } };
    },
    async put(key, body, { owner, maxBytes }) {
      const chunks: Uint8Array[] = [];
      let bytes = 0;
      for await (const chunk of body) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes) throw new UploadTooLarge(key, maxBytes);
        chunks.push(chunk);
      }
      await client.send(
        new PutObjectCommand({
          ...uploaded(key),
          Body: Buffer.concat(chunks),
          ContentType: unchecked,
          Metadata: { owner },
        }),
      );
    },
    async head(key) {
      const checked = await head(served(key));
      const found = checked ?? (await head(uploaded(key)));
      const owner = found?.Metadata?.owner;
      if (!found || !owner) return undefined;
      return { bytes: found.ContentLength ?? 0, owner, contentType: checked ? found.ContentType : undefined };
    },
    async readStart(key, bytes) {
      const found = await head(uploaded(key));
      if (!found?.ContentLength) return new Uint8Array();
      const read = await client.send(
        new GetObjectCommand({
          ...uploaded(key),
          Range: `bytes=0-${Math.min(bytes, found.ContentLength) - 1}`,
        }),
      );
      return (await read.Body?.transformToByteArray()) ?? new Uint8Array();
    },
    async read(key) {
      try {
        const read = await client.send(new GetObjectCommand(served(key)));
        if (!read.Body || !read.ContentType) return undefined;
        return {
          body: read.Body.transformToWebStream() as ReadableStream<Uint8Array>,
          bytes: read.ContentLength ?? 0,
          contentType: read.ContentType,
        };
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async markChecked(key, contentType) {
      const found = await head(uploaded(key));
      const headers = servedBlobHeaders(contentType, found?.ContentLength ?? 0);
      // What CloudFront serves carries the checked type, a name of ours, and forever-caching.
      await client.send(
        new CopyObjectCommand({
          ...served(key),
          CopySource: `${bucketName}/${checkedBlobKey(key)}`,
          MetadataDirective: "REPLACE",
          ContentType: contentType,
          ContentDisposition: headers["content-disposition"],
          CacheControl: headers["cache-control"],
          Metadata: { owner: found?.Metadata?.owner ?? "" },
        }),
      );
      await client.send(new DeleteObjectCommand(uploaded(key)));
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand(uploaded(key)));
      await client.send(new DeleteObjectCommand(served(key)));
    },
    publicUrl: (key) => `${origin}/blobs/${checkedBlobKey(key)}`,
  };
}
