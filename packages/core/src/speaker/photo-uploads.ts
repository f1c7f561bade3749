/**
 * What the speaker context needs from the Blob port: the member's upload of a photo, checked by content
 * (JPEG, PNG or WebP within its size) or refused with a typed error and deleted; and the deletion of a
 * photo, which shows the member's face and so goes when they are erased. `uploadsModule(...)` and a
 * `BlobStore` provide them.
 */
export interface PhotoUploads {
  verifiedUpload(request: {
    uploadId: string;
    kind: "photo";
    actor: string;
  }): Promise<{ key: string; bytes: number; contentType: string }>;
}

export interface PhotoBlobs {
  delete(key: string): Promise<void>;
}
