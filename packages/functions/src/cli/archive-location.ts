import { S3Client } from "@aws-sdk/client-s3";
import type { ArchiveBucket } from "@meetstream/core/archive/archive-bucket";
import { folderBucket } from "@meetstream/core/archive/folder-bucket";
import { s3Bucket } from "../archive/s3-bucket";
import { dataFolder } from "../local/data-folder";

export interface OpenArchive {
  bucket: ArchiveBucket;
  /** Where it is, as the user would type it. */
  description: string;
  close(): void;
}

/**
 * `--archive s3://bucket/prefix` is an S3 bucket (credentials and region from the usual AWS settings;
 * `--s3-endpoint` for an S3-compatible server), anything else a folder, relative to where the command was typed.
 */
export function openArchive(location: string, options: { s3Endpoint?: string } = {}): OpenArchive {
  const s3 = /^s3:\/\/([^/]+)\/?(.*)$/.exec(location);
  if (!s3) {
    const folder = dataFolder(location);
    return { bucket: folderBucket(folder), description: folder, close: () => {} };
  }
  const [, bucketName = "", path = ""] = s3;
  const client = new S3Client(
    options.s3Endpoint ? { endpoint: options.s3Endpoint, forcePathStyle: true } : {},
  );
  const prefix = path === "" || path.endsWith("/") ? path : `${path}/`;
  return {
    bucket: s3Bucket({ client, bucketName, prefix }),
    description: `s3://${bucketName}/${prefix}`,
    close: () => client.destroy(),
  };
}
