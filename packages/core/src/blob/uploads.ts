import { randomUUID } from "node:crypto";
import { isUuid } from "../ids/new-id";
import type { BlobStore } from "./blob-store";
import {
  acceptedTypes,
  contentTypeOf,
  isUploadKind,
  signatureBytes,
  type UploadKind,
  uploadRules,
} from "./content-type";
import { UploadEmpty, UploadKindUnknown, UploadMissing, UploadTooLarge, UploadWrongType } from "./errors";

export interface StartedUpload {
  uploadId: string;
  url: string;
  method: "PUT";
  headers: Readonly<Record<string, string>>;
  maxBytes: number;
}

export interface VerifiedUpload {
  key: string;
  bytes: number;
  contentType: string;
}

export interface UploadsModule {
  /** A fresh key for a file of `kind`, and where the member sends it. */
  startUpload(request: { kind: UploadKind; actor: string }): Promise<StartedUpload>;
  /** The local host's upload route: the bytes of an upload, within its kind's limit. */
  receiveUpload(request: {
    kind: string;
    uploadId: string;
    actor: string;
    body: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
  }): Promise<void>;
  /**
   * The actor's upload, checked by content: present, not empty, within its kind's size, of a type its
   * kind takes. What is refused is deleted; what passes is served from then on.
   */
  verifiedUpload(request: { uploadId: string; kind: UploadKind; actor: string }): Promise<VerifiedUpload>;
  publicUrl(key: string): string;
}

function kindOf(kind: string): UploadKind {
  if (!isUploadKind(kind)) throw new UploadKindUnknown(kind);
  return kind;
}

/** An id we issued is a bare UUID; anything else (a path, `..`, an encoded dot) names no upload of ours. */
function keyOf(kind: UploadKind, uploadId: string): string {
  if (!isUuid(uploadId)) throw new UploadMissing(uploadId);
  return `uploads/${kind}/${uploadId.toLowerCase()}`;
}

export function uploadsModule({ blobs }: { blobs: BlobStore }): UploadsModule {
  return {
    async startUpload({ kind, actor }) {
      const checkedKind = kindOf(kind);
      // Random, not time-ordered: a key is a public address once attached, and must not be guessed.
      const uploadId = randomUUID();
      const target = await blobs.uploadTarget(keyOf(checkedKind, uploadId), actor);
      return { uploadId, ...target, maxBytes: uploadRules[checkedKind].maxBytes };
    },

    async receiveUpload({ kind, uploadId, actor, body }) {
      const checkedKind = kindOf(kind);
      await blobs.put(keyOf(checkedKind, uploadId), body, {
        owner: actor,
        maxBytes: uploadRules[checkedKind].maxBytes,
      });
    },

    async verifiedUpload({ uploadId, kind, actor }) {
      const checkedKind = kindOf(kind);
      const key = keyOf(checkedKind, uploadId);
      const head = await blobs.head(key);
      // Another member's upload is no upload of the actor's: refused, and left alone.
      if (!head || head.owner !== actor) throw new UploadMissing(uploadId);
      if (head.contentType) return { key, bytes: head.bytes, contentType: head.contentType };
      const refuse = async (error: Error) => {
        await blobs.delete(key);
        throw error;
      };
      const { maxBytes } = uploadRules[checkedKind];
      if (head.bytes === 0) return refuse(new UploadEmpty(uploadId));
      if (head.bytes > maxBytes) return refuse(new UploadTooLarge(uploadId, maxBytes));
      const contentType = contentTypeOf(checkedKind, await blobs.readStart(key, signatureBytes));
      if (!contentType) return refuse(new UploadWrongType(uploadId, acceptedTypes(checkedKind)));
      await blobs.markChecked(key, contentType);
      return { key, bytes: head.bytes, contentType };
    },

    publicUrl: (key) => blobs.publicUrl(key),
  };
}
