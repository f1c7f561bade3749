import { chmod } from "node:fs/promises";
import { basename, dirname, relative, sep } from "node:path";
import { S3Client } from "@aws-sdk/client-s3";
import type { ArchiveBucket } from "@meetstream/core/archive";
import { folderBucket } from "@meetstream/core/archive";
import { MeetstreamError } from "@meetstream/core/errors/meetstream-error";
import { s3Bucket } from "../archive/s3-bucket";
import { dataFolder } from "../stores/data-folder";

export interface OpenArchive {
  bucket: ArchiveBucket;
  /** Where it is, as the user would type it. */
  description: string;
  close(): void;
}

/** Where a key backup is kept: one file, or one S3 object. */
export interface KeyBackupLocation {
  description: string;
  write(text: string): Promise<void>;
  read(): Promise<string>;
  close(): void;
}

/**
 * A key backup inside the archive it goes with: whoever can read the archive could read the keys too (given
 * the secret), and losing the one loses the other. DESIGN.md: "the keys are backed up apart from it".
 */
export class KeyBackupInsideArchive extends MeetstreamError {
  readonly code = "KEY_BACKUP_INSIDE_ARCHIVE";

  constructor(
    readonly keyBackup: string,
    readonly archive: string,
  ) {
    super(`the key backup ${keyBackup} is inside the archive ${archive}: keep it apart from the archive`);
  }
}

type Location = { kind: "folder"; path: string } | { kind: "s3"; bucketName: string; path: string };

/** `s3://bucket/path` is in S3, anything else on disk, relative to where the command was typed. */
function locationOf(given: string): Location {
  const s3 = /^s3:\/\/([^/]+)\/?(.*)$/.exec(given);
  if (!s3) return { kind: "folder", path: dataFolder(given) };
  const [, bucketName = "", path = ""] = s3;
  return { kind: "s3", bucketName, path };
}

/** Credentials and region from the usual AWS settings; `s3Endpoint` for an S3-compatible server. */
const s3Client = (s3Endpoint: string | undefined): S3Client =>
  new S3Client(s3Endpoint ? { endpoint: s3Endpoint, forcePathStyle: true } : {});

const prefixOf = (path: string): string => (path === "" || path.endsWith("/") ? path : `${path}/`);

/**
 * `--archive s3://bucket/prefix` is an S3 bucket (credentials and region from the usual AWS settings;
 * `--s3-endpoint` for an S3-compatible server), anything else a folder, relative to where the command was typed.
 */
export function openArchive(location: string, options: { s3Endpoint?: string } = {}): OpenArchive {
  const where = locationOf(location);
  if (where.kind === "folder")
    return { bucket: folderBucket(where.path), description: where.path, close: () => {} };
  const client = s3Client(options.s3Endpoint);
  const prefix = prefixOf(where.path);
  return {
    bucket: s3Bucket({ client, bucketName: where.bucketName, prefix }),
    description: `s3://${where.bucketName}/${prefix}`,
    close: () => client.destroy(),
  };
}

function isInside(keyBackup: Location, archive: Location): boolean {
  if (keyBackup.kind === "folder" && archive.kind === "folder") {
    const path = relative(archive.path, keyBackup.path);
    return path === "" || (path !== ".." && !path.startsWith(`..${sep}`) && !path.startsWith(sep));
  }
  return (
    keyBackup.kind === "s3" &&
    archive.kind === "s3" &&
    keyBackup.bucketName === archive.bucketName &&
    keyBackup.path.startsWith(prefixOf(archive.path))
  );
}

/**
 * `--key-backup <file | s3://bucket/key>`: the one file or object a key backup is written to and read
 * from. Refused inside the archive (`archive`, as given to `--archive`).
 */
export function openKeyBackupLocation(
  location: string,
  options: { archive: string; s3Endpoint?: string },
): KeyBackupLocation {
  const where = locationOf(location);
  if (isInside(where, locationOf(options.archive)))
    throw new KeyBackupInsideArchive(location, options.archive);
  if (where.kind === "folder") {
    const folder = folderBucket(dirname(where.path));
    const name = basename(where.path);
    return {
      description: where.path,
      async write(text) {
        await folder.write(name, text);
        // Sealed already; still, only its owner has any business reading it.
        await chmod(where.path, 0o600);
      },
      read: () => folder.read(name),
      close: () => {},
    };
  }
  if (where.path === "" || where.path.endsWith("/"))
    throw new Error(`--key-backup ${location} names no object: give s3://bucket/path/to/key-backup`);
  const client = s3Client(options.s3Endpoint);
  const bucket = s3Bucket({ client, bucketName: where.bucketName });
  return {
    description: `s3://${where.bucketName}/${where.path}`,
    write: (text) => bucket.write(where.path, text),
    read: () => bucket.read(where.path),
    close: () => client.destroy(),
  };
}
