/** What other folders may import from the blob store. */
export { checkedBlobKey } from "./blob-key";
export {
  type BlobHead,
  type BlobRead,
  type BlobStore,
  servedBlobHeaders,
  type UploadTarget,
} from "./blob-store";
export { type UploadKind, uploadKinds, uploadRules } from "./content-type";
export {
  BlobKeyRefused,
  UploadEmpty,
  UploadKindUnknown,
  UploadMissing,
  UploadTooLarge,
  UploadWrongType,
} from "./errors";
export { folderBlobStore } from "./folder";
export { s3BlobStore } from "./s3";
export { type StartedUpload, type UploadsModule, uploadsModule, type VerifiedUpload } from "./uploads";
