/** Where a client sends a file's bytes: one PUT to `url` with exactly these headers. */
export interface UploadTarget {
  url: string;
  method: "PUT";
  headers: Readonly<Record<string, string>>;
}

export interface BlobHead {
  bytes: number;
  /** The member who started the upload. */
  owner: string;
  /** The type its content was checked to be; undefined until `markChecked`. */
  contentType?: string;
}

export interface BlobRead {
  body: ReadableStream<Uint8Array>;
  bytes: number;
  contentType: string;
}

/**
 * Files members upload (slides, photos): a folder on disk or an S3 bucket. Keys are ours (`blob-key.ts`);
 * a blob is written once and never changes, so a public URL may be cached forever.
 */
export interface BlobStore {
  /** Where `owner` may send the bytes of `key`; that the target was issued is recorded with the owner. */
  uploadTarget(key: string, owner: string): Promise<UploadTarget>;
  /**
   * Stores what the local host's upload route receives. The folder refuses a key issued to nobody or to
   * another member, or already sent; on S3 the presigned PUT's signature is that check, and this is a plain put.
   */
  put(
    key: string,
    body: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
    options: { owner: string; maxBytes: number },
  ): Promise<void>;
  head(key: string): Promise<BlobHead | undefined>;
  /** At most the first `bytes` bytes: enough to judge the content by its magic bytes. */
  readStart(key: string, bytes: number): Promise<Uint8Array>;
  /** A checked blob, to serve; undefined when absent or not checked (nothing unchecked is ever served). */
  read(key: string): Promise<BlobRead | undefined>;
  /** Records the type the content was checked to be: from then on the blob is served, with that type. */
  markChecked(key: string, contentType: string): Promise<void>;
  delete(key: string): Promise<void>;
  publicUrl(key: string): string;
}

/** Headers every served blob carries: the type we checked, never sniffed, shown inline under a name of ours. */
export const servedBlobHeaders = (contentType: string, bytes: number): Record<string, string> => ({
  "content-type": contentType,
  "content-length": String(bytes),
  "content-disposition": `inline; filename="${contentType === "application/pdf" ? "slides.pdf" : "photo"}"`,
  "x-content-type-options": "nosniff",
  // Keys are never reused: a blob at a key never changes.
  "cache-control": "public, max-age=31536000, immutable",
});
