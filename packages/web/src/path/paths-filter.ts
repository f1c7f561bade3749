/**
 * The paths index's filters, kept in the address so that a filtered list can be shared, bookmarked and
 * reached again with the back button: `/paths?tag=lambda&community=serverless-rotterdam&order=most-followed`.
 */
export interface PathsFilter {
  tag: string | null;
  curator: string | null;
  community: string | null;
  order: "NEWEST" | "MOST_FOLLOWED";
}

const orderInAddress = { NEWEST: "newest", MOST_FOLLOWED: "most-followed" } as const;

const clean = (value: string | null): string | null => {
  const trimmed = value?.trim().toLowerCase().replace(/^@/, "") ?? "";
  return trimmed === "" ? null : trimmed;
};

export function filterOf(search: URLSearchParams): PathsFilter {
  return {
    tag: clean(search.get("tag")),
    curator: clean(search.get("curator")),
    community: clean(search.get("community")),
    order: search.get("order") === orderInAddress.MOST_FOLLOWED ? "MOST_FOLLOWED" : "NEWEST",
  };
}

/**
 * The address's query for a filter: only what narrows or orders the list, newest first being the default;
 * what a person typed as the address will read it back ("@Sanne" as "sanne").
 */
export function searchOf(filter: PathsFilter): string {
  const search = new URLSearchParams();
  for (const name of ["tag", "curator", "community"] as const) {
    const value = clean(filter[name]);
    if (value) search.set(name, value);
  }
  if (filter.order !== "NEWEST") search.set("order", orderInAddress[filter.order]);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The paths index narrowed to one tag, curator or community: what a tag or a name on a path links to. */
export const pathsWith = (narrowing: Partial<Omit<PathsFilter, "order">>): string =>
  `/paths${searchOf({ tag: null, curator: null, community: null, order: "NEWEST", ...narrowing })}`;

export const isFiltered = (filter: PathsFilter): boolean =>
  filter.tag !== null || filter.curator !== null || filter.community !== null;
