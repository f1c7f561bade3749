/**
 * What the talk context needs from the Blob port: the actor's upload of slides, checked by content (a
 * PDF within its size) or refused with a typed error and deleted. `uploadsModule(...)` provides it.
 */
export interface SlideUploads {
  verifiedUpload(request: {
    uploadId: string;
    kind: "slides";
    actor: string;
  }): Promise<{ key: string; bytes: number; contentType: string }>;
}
