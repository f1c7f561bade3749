import { GetObjectCommand, PutObjectCommand, paginateListObjectsV2, type S3Client } from "@aws-sdk/client-s3";
import type { ArchiveBucket } from "@meetstream/core/archive";

/** An archive in an S3 bucket (or under a prefix of one, e.g. "backups/2026-11-26/"). */
export function s3Bucket({
  client,
  bucketName,
  prefix = "",
}: {
  client: S3Client;
  bucketName: string;
  prefix?: string;
}): ArchiveBucket {
  return {
    async write(key, text) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucketName,
          Key: `${prefix}${key}`,
          Body: text,
          ContentType: "application/x-ndjson",
        }),
      );
    },
    async *list(keyPrefix) {
      // S3 lists keys in UTF-8 byte order, which for these ASCII keys is the order `list` promises.
      const pages = paginateListObjectsV2(
        { client },
        { Bucket: bucketName, Prefix: `${prefix}${keyPrefix}` },
      );
      for await (const page of pages) {
        for (const object of page.Contents ?? []) if (object.Key) yield object.Key.slice(prefix.length);
      }
    },
    async read(key) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucketName, Key: `${prefix}${key}` }));
      if (!object.Body) throw new Error(`archive object ${key} has no body`);
      return object.Body.transformToString("utf8");
    },
  };
}
