import type { BlobStore, UploadsModule } from "@meetstream/core/blob";
import { loadedOnDemand } from "@meetstream/core/objects/loaded-on-demand";

/**
 * The uploads bucket's blobs (core/src/blob/s3.ts), with the S3 client and its presigner loaded by the
 * first call that needs them: most invocations never touch a file. The client takes its region and
 * credentials from the Lambda's environment; the bucket is the one SST links (`Resource.Uploads.name`).
 * `origin` is where CloudFront serves `/blobs/*`; deleting needs none.
 */
async function s3Blobs(bucketName: string, origin: string): Promise<BlobStore> {
  const [{ S3Client }, { s3BlobStore }] = await Promise.all([
    import("@aws-sdk/client-s3"),
    import("@meetstream/core/blob"),
  ]);
  return s3BlobStore({ client: new S3Client({}), bucketName, origin });
}

/** Uploads on AWS: started for the API (presigned PUT), checked when the talk or speaker module attaches one. */
export const uploadsInBucket = (bucketName: string, origin: string) =>
  loadedOnDemand<Pick<UploadsModule, "startUpload" | "verifiedUpload">>(async () => {
    const [blobs, { uploadsModule }] = await Promise.all([
      s3Blobs(bucketName, origin),
      import("@meetstream/core/blob"),
    ]);
    return uploadsModule({ blobs });
  });

/** The uploads bucket as the reactors need it: an erased speaker's photos are deleted from it. */
export const photosInBucket = (bucketName: string) =>
  loadedOnDemand<Pick<BlobStore, "delete">>(() => s3Blobs(bucketName, ""));
