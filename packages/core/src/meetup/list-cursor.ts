import { InvalidCursor } from "../documents/errors";

/**
 * A position in a list: the index sort value of the last item a page showed (the same encoding as the
 * community context's lists). Every item has one, so an API can hand out a cursor per item (relay edges),
 * and "upcoming" pages go on from where they stopped even as the clock moves.
 */
export const listCursor = (sort: string): string => Buffer.from(sort, "utf8").toString("base64url");

/** Throws `InvalidCursor` for anything `listCursor` could not have made. */
export function sortOfCursor(cursor: string): string {
  if (typeof cursor !== "string" || cursor.length === 0 || cursor.length > 2048) throw new InvalidCursor();
  const sort = Buffer.from(cursor, "base64url").toString("utf8");
  if (listCursor(sort) !== cursor) throw new InvalidCursor();
  return sort;
}
