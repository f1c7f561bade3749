/** What each kind of upload takes, judged by the content's first bytes, never by a name or a claimed type. */
export const uploadKinds = ["slides", "photo"] as const;
export type UploadKind = (typeof uploadKinds)[number];

const megabytes = 1024 * 1024;

interface Signature {
  contentType: string;
  /** Bytes at offsets; `undefined` is any byte. */
  bytes: readonly (number | undefined)[];
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const pdf: Signature = { contentType: "application/pdf", bytes: ascii("%PDF-") };
const jpeg: Signature = { contentType: "image/jpeg", bytes: [0xff, 0xd8, 0xff] };
const png: Signature = { contentType: "image/png", bytes: [0x89, ...ascii("PNG\r\n"), 0x1a, 0x0a] };
const webp: Signature = {
  contentType: "image/webp",
  bytes: [...ascii("RIFF"), undefined, undefined, undefined, undefined, ...ascii("WEBP")],
};

export const uploadRules: Record<UploadKind, { maxBytes: number; signatures: readonly Signature[] }> = {
  slides: { maxBytes: 20 * megabytes, signatures: [pdf] },
  photo: { maxBytes: 2 * megabytes, signatures: [jpeg, png, webp] },
};

/** How many first bytes the longest signature needs. */
export const signatureBytes = 12;

export const isUploadKind = (kind: string): kind is UploadKind =>
  (uploadKinds as readonly string[]).includes(kind);

/** The content type of `start` (a file's first bytes) among those `kind` takes, or undefined. */
export function contentTypeOf(kind: UploadKind, start: Uint8Array): string | undefined {
  return uploadRules[kind].signatures.find(
    ({ bytes }) =>
      start.length >= bytes.length &&
      bytes.every((byte, offset) => byte === undefined || start[offset] === byte),
  )?.contentType;
}

export const acceptedTypes = (kind: UploadKind): string[] =>
  uploadRules[kind].signatures.map(({ contentType }) => contentType);
