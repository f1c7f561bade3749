import { InvalidCursor } from "./errors";

/**
 * A position in a list of documents: the sort value of the last one a page showed. Unlike a store's own
 * cursor, every item has one, so an API can hand out a cursor per item (relay edges).
 */
export const listCursor = (sort: string): string => Buffer.from(sort, "utf8").toString("base64url");

/** Throws `InvalidCursor` for anything `listCursor` could not have made. */
export function sortOfCursor(cursor: string): string {
  if (typeof cursor !== "string" || cursor.length === 0 || cursor.length > 2048) throw new InvalidCursor();
  const sort = Buffer.from(cursor, "base64url").toString("utf8");
  if (listCursor(sort) !== cursor) throw new InvalidCursor();
  return sort;
}
