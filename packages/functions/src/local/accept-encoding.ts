/** The encodings the local host compresses its files in, best first. */
export const contentEncodings = ["br", "gzip"] as const;
export type ContentEncoding = (typeof contentEncodings)[number];

/**
 * The encoding to answer a request in, from its Accept-Encoding header: the best one the client takes
 * (brotli before gzip unless it ranks them otherwise), or none when it takes neither. A `q=0` refuses an
 * encoding, and `*` stands for every encoding the header does not name.
 */
export function preferredEncoding(acceptEncoding: string | null): ContentEncoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name = "", ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    if (name === "") continue;
    const quality = parameters.find((parameter) => parameter.startsWith("q="));
    const weight = quality === undefined ? 1 : Number(quality.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let best: ContentEncoding | undefined;
  let bestWeight = 0;
  for (const encoding of contentEncodings) {
    const weight = weights.get(encoding) ?? weights.get("*") ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}
