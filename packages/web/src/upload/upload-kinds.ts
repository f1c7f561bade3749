import { fileSizeWords } from "./file-size";

export type UploadKind = "SLIDES" | "PHOTO";

/**
 * What each kind takes, as the file picker offers it and the page says it. The API decides by the file's
 * content; `accept` only spares a person from picking a file the API would refuse.
 */
export const uploadKinds = {
  SLIDES: { accept: "application/pdf,.pdf", typeWords: "a PDF", maxBytes: 20 * 1024 * 1024 },
  PHOTO: {
    accept: "image/jpeg,image/png,image/webp",
    typeWords: "a JPEG, PNG or WebP image",
    maxBytes: 2 * 1024 * 1024,
  },
} as const satisfies Record<UploadKind, { accept: string; typeWords: string; maxBytes: number }>;

/**
 * What a refused upload means, for a file of `kind`, in the words of the person who chose it ("That file
 * is not a PDF."). The API's messages say "The file"; here it is the one just picked. A code that is not an
 * upload's gets `otherwise`.
 */
export function uploadRefusalWords(
  kind: UploadKind,
  refusal: { code?: unknown; message: string; maxBytes?: number },
  otherwise: (refusal: { code?: unknown; message: string }) => string = (plain) => plain.message,
): string {
  const { typeWords, maxBytes } = uploadKinds[kind];
  switch (refusal.code) {
    case "UPLOAD_WRONG_TYPE":
      return `That file is not ${typeWords}: nothing was attached.`;
    case "UPLOAD_TOO_LARGE":
      return `That file is larger than ${fileSizeWords(refusal.maxBytes ?? maxBytes)}: nothing was attached.`;
    case "UPLOAD_EMPTY":
      return "That file is empty: nothing was attached.";
    case "UPLOAD_MISSING":
      return "The file did not arrive: choose it again.";
    default:
      return otherwise(refusal);
  }
}
