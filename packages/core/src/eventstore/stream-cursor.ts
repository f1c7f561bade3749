import { InvalidStreamCursor } from "./errors";

/**
 * Cursors are opaque to callers (base64url JSON) so that adapters can change what they carry; decoding checks
 * the shape, because a cursor arrives from outside and a wrong one must fail loudly rather than skip streams.
 */
export const encodeStreamCursor = (position: unknown): string =>
  Buffer.from(JSON.stringify(position)).toString("base64url");

export function decodeStreamCursor<Position>(
  cursor: string,
  isPosition: (value: unknown) => value is Position,
): Position {
  let position: unknown;
  try {
    if (typeof cursor !== "string" || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidStreamCursor(cursor);
    position = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidStreamCursor(String(cursor));
  }
  if (!isPosition(position)) throw new InvalidStreamCursor(cursor);
  return position;
}
