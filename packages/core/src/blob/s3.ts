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

/** What an upload is sent as, whatever it claims: nothing unchecked is ever served as HTML or script. */
const unchecked = "application/octet-stream";

const ownerHeader = "x-amz-meta-owner";

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === "NotFound" || error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);

/**
 * Blobs in an S3 bucket (the uploads bucket): clients send bytes straight to S3 with a presigned PUT, and
 * people read them through CloudFront at `<origin>/blobs/<key>`. The object's metadata says who started
 * the upload (a signed header of the presigned PUT, so no one else can set it) and, once checked, its type.
 */
export function s3BlobStore({
  client,
  bucketName,
  origin,
  uploadSeconds = 15 * 60,
}: {
  client: S3Client;
  bucketName: string;
  /** The public origin whose `/blobs/*` CloudFront reads from the bucket. */
  origin: string;
  /** How long a presigned PUT stays valid. */
  uploadSeconds?: number;
}): BlobStore {
  const object = (key: string) => ({ Bucket: bucketName, Key: checkedBlobKey(key) });

  const head = async (key: string) => {
    try {
      return await client.send(new HeadObjectCommand(object(key)));
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
        new PutObjectCommand({ ...object(key), ContentType: unchecked, Metadata: { owner } }),
        // Signed as headers, not hoisted into the query: S3 refuses a PUT that does not send them as signed.
        {
          expiresIn: uploadSeconds,
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
        if (bytes > maxBytes) {
          throw new UploadTooLarge(key, maxBytes);
        }
        chunks.push(chunk);
      }
      await client.send(
        new PutObjectCommand({
          ...object(key),
          Body: Buffer.concat(chunks),
          ContentType: unchecked,
          Metadata: { owner },
        }),
      );
    },
    async head(key) {
      const found = await head(key);
      const owner = found?.Metadata?.owner;
      if (!found || !owner) return undefined;
      const checked = found.Metadata?.checked === "true";
      return { bytes: found.ContentLength ?? 0, owner, contentType: checked ? found.ContentType : undefined };
    },
    async readStart(key, bytes) {
      const found = await head(key);
      if (!found?.ContentLength) return new Uint8Array();
      const read = await client.send(
        new GetObjectCommand({
          ...object(key),
          Range: `bytes=0-${Math.min(bytes, found.ContentLength) - 1}`,
        }),
      );
      return (await read.Body?.transformToByteArray()) ?? new Uint8Array();
    },
    async read(key) {
      try {
        const read = await client.send(new GetObjectCommand(object(key)));
        if (read.Metadata?.checked !== "true" || !read.Body || !read.ContentType) {
          await read.Body?.transformToByteArray();
          return undefined;
        }
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
      const found = await head(key);
      const headers = servedBlobHeaders(contentType, found?.ContentLength ?? 0);
      // Copied onto itself with new metadata: what CloudFront serves from then on carries the checked type.
      await client.send(
        new CopyObjectCommand({
          ...object(key),
          CopySource: `${bucketName}/${checkedBlobKey(key)}`,
          MetadataDirective: "REPLACE",
          ContentType: contentType,
          ContentDisposition: headers["content-disposition"],
          CacheControl: headers["cache-control"],
          Metadata: { owner: found?.Metadata?.owner ?? "", checked: "true" },
        }),
      );
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand(object(key)));
    },
    publicUrl: (key) => `${origin}/blobs/${checkedBlobKey(key)}`,
  };
}
