import type { DocumentKey, DocumentStore, IndexName } from "./document-store";
import { listCursor, sortOfCursor } from "./list-cursor";

/** What a caller asks of a list: where to start and how much. */
export interface Page {
  /** From a page's `cursor` (or an item's): the page starts after that item. */
  cursor?: string;
  /** 1 to 100, default 20. */
  limit?: number;
}

/** One page of a list, and the cursor of the next when more follow. */
export interface PageOf<Item> {
  rows: Item[];
  cursor?: string;
}

export const defaultLimit = 20;
export const maximumLimit = 100;

/** Throws a `RangeError` for a limit outside 1 to 100; undefined is the default. */
export function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return defaultLimit;
  if (!Number.isInteger(limit) || limit < 1 || limit > maximumLimit)
    throw new RangeError(`limit must be an integer from 1 to ${maximumLimit}, not ${limit}`);
  return limit;
}

export interface PagedQuery {
  index: IndexName;
  partition: string;
  /** Default ascending. */
  order?: "ascending" | "descending";
  /** Where the list starts when no cursor is given (inclusive): its lowest sort value ascending, its highest descending. */
  bound?: string;
}

/**
 * One page of an index partition, after the cursor's item. Each row keeps its sort value, so that a caller
 * can hand out a cursor per item (`listCursor(row.sort)`).
 */
export async function pageOf<Body>(
  documents: DocumentStore,
  { index, partition, order = "ascending", bound }: PagedQuery,
  page: Page = {},
): Promise<PageOf<{ body: Body; sort: string }>> {
  const limit = checkLimit(page.limit);
  const after = page.cursor === undefined ? undefined : sortOfCursor(page.cursor);
  const edge = after ?? bound;
  const range = edge === undefined ? undefined : order === "ascending" ? { from: edge } : { to: edge };
  // Two more than shown: the cursor's own item may come first, and one beyond says that more follow.
  const { documents: found } = await documents.query<Body>(index, {
    partition,
    ...(range ? { range } : {}),
    order,
    limit: limit + 2,
  });
  const rows = found.flatMap((document) => {
    const sort = document.indexes[index]?.sort;
    return document.body && sort !== undefined && sort !== after ? [{ body: document.body, sort }] : [];
  });
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { rows: shown, ...(rows.length > limit && last ? { cursor: listCursor(last.sort) } : {}) };
}

/** Every document of one index or primary range, in order: for lists kept whole (a waitlist, a timeline). */
export async function everyDocument<Body>(
  documents: DocumentStore,
  index: "primary" | IndexName,
  partition: string,
  range: { beginsWith: string } | { from: string; to: string },
): Promise<Body[]> {
  const bodies: Body[] = [];
  let cursor: string | undefined;
  do {
    const page = await documents.query<Body>(index, { partition, range, limit: 1000, cursor });
    for (const document of page.documents) if (document.body) bodies.push(document.body);
    cursor = page.cursor;
  } while (cursor);
  return bodies;
}

/** Batches of 100 keys: as many as one round trip of either store takes. */
const batchSize = 100;

/** The bodies of many documents, in the order of `keys` (undefined where none), however many keys there are. */
export async function getMany<Body>(
  documents: DocumentStore,
  keys: readonly DocumentKey[],
): Promise<(Body | undefined)[]> {
  const bodies: (Body | undefined)[] = [];
  for (let start = 0; start < keys.length; start += batchSize) {
    const stored = await documents.getMany<Body>(keys.slice(start, start + batchSize));
    for (const document of stored) bodies.push(document?.body ?? undefined);
  }
  return bodies;
}
