import { MeetstreamError } from "../errors/meetstream-error";

/* A message for people, without ids or keys (they stay as properties, for logs). */

/**
 * No upload of this kind by this member: never issued, issued to someone else, never sent, or an id that
 * is not one of ours (a path, `..`, an encoded dot). One answer for all, so an id reveals nothing.
 */
export class UploadMissing extends MeetstreamError {
  readonly code = "UPLOAD_MISSING";

  constructor(readonly uploadId: string) {
    super("There is no such upload: upload the file again.");
  }
}

/** The file arrived with no bytes. */
export class UploadEmpty extends MeetstreamError {
  readonly code = "UPLOAD_EMPTY";

  constructor(readonly uploadId: string) {
    super("The file is empty.");
  }
}

/** The file is larger than its kind allows (slides 20 MB, photos 2 MB). */
export class UploadTooLarge extends MeetstreamError {
  readonly code = "UPLOAD_TOO_LARGE";

  constructor(
    readonly uploadId: string,
    readonly maxBytes: number,
  ) {
    super(`The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB.`);
  }
}

const typeNames: Readonly<Record<string, string>> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
};

/** People read "a PDF" or "a JPEG, PNG or WebP image", not MIME types. */
function wordsForTypes(accepted: readonly string[]): string {
  const names = accepted.map((type) => typeNames[type] ?? type);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : (names[0] ?? "");
  return accepted.every((type) => type.startsWith("image/")) ? `a ${list} image` : `a ${list}`;
}

/** The file's content is not what its kind takes; its name and claimed type are never asked. */
export class UploadWrongType extends MeetstreamError {
  readonly code = "UPLOAD_WRONG_TYPE";

  constructor(
    readonly uploadId: string,
    readonly accepted: readonly string[],
  ) {
    super(`The file is not ${wordsForTypes(accepted)}.`);
  }
}

/** A kind of upload we do not take. */
export class UploadKindUnknown extends MeetstreamError {
  readonly code = "UPLOAD_KIND_UNKNOWN";

  constructor(readonly kind: string) {
    super("Uploads are slides or photos.");
  }
}

/** A blob key that we did not make: only lowercase words, digits and dashes between slashes. */
export class BlobKeyRefused extends MeetstreamError {
  readonly code = "BLOB_KEY_REFUSED";

  constructor(readonly key: string) {
    super("There is no such file.");
  }
}
