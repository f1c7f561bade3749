import { useEffect, useRef, useState } from "react";
import { type CombinedError, type OperationResult, useClient } from "urql";
import type { ResultOf, VariablesOf } from "../graphql/graphql";
import { type Attendee, MeetupAttendeesQuery } from "./meetup-documents";

type AttendeesPage = OperationResult<
  ResultOf<typeof MeetupAttendeesQuery>,
  VariablesOf<typeof MeetupAttendeesQuery>
>;

export interface AttendeeList {
  /** Every attendee of the pages loaded so far, in the API's order. */
  attendees: readonly Attendee[];
  /** Nothing has answered yet. */
  loading: boolean;
  /** The last page asked for is on its way. */
  loadingMore: boolean;
  /** The API holds attendees after the pages loaded. */
  hasMore: boolean;
  error: CombinedError | undefined;
  /** Asks for the page after the last one loaded. */
  loadMore(): void;
  /** Reads every loaded page again. */
  refresh(): void;
}

interface Pages {
  meetupId: string;
  /** Where each loaded page starts: null for the first page, else the end cursor of the page before it. */
  starts: readonly (string | null)[];
  results: ReadonlyMap<string | null, AttendeesPage>;
}

const firstPageOf = (meetupId: string): Pages => ({ meetupId, starts: [null], results: new Map() });

/**
 * A meetup's attendee list, a page at a time as the API serves it (a page is what its query cost limit
 * allows): the first page at once, the next each time `loadMore` is called. Every loaded page stays a live
 * query, so when a check-in makes the document cache fetch the meetup's queries again, the row shows it on
 * whichever page it is.
 */
export function useAttendeeList(meetupId: string): AttendeeList {
  const client = useClient();
  const [stored, setPages] = useState<Pages>(() => firstPageOf(meetupId));
  // Another meetup starts again from its first page.
  const pages = stored.meetupId === meetupId ? stored : firstPageOf(meetupId);
  if (pages !== stored) setPages(pages);

  const live = useRef(new Map<string | null, { unsubscribe(): void }>());
  useEffect(() => {
    for (const after of pages.starts) {
      if (live.current.has(after)) continue;
      const source = client.query(
        MeetupAttendeesQuery,
        { id: meetupId, after },
        { requestPolicy: "cache-and-network" },
      );
      live.current.set(
        after,
        source.subscribe((result) =>
          setPages((current) =>
            current.meetupId === meetupId
              ? { ...current, results: new Map(current.results).set(after, result) }
              : current,
          ),
        ),
      );
    }
  }, [client, meetupId, pages.starts]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another client or meetup ends every page's query
  useEffect(() => {
    const subscriptions = live.current;
    return () => {
      for (const subscription of subscriptions.values()) subscription.unsubscribe();
      subscriptions.clear();
    };
  }, [client, meetupId]);

  const loaded = pages.starts.map((after) => pages.results.get(after));
  const last = loaded.at(-1);
  const lastPage = last?.data?.meetup?.attendees;
  const endCursor = lastPage?.pageInfo.hasNextPage ? lastPage.pageInfo.endCursor : null;
  const loadingMore = pages.starts.length > 1 && last?.data === undefined && last?.error === undefined;
  return {
    attendees: distinctAttendees(loaded.flatMap((page) => page?.data?.meetup?.attendees?.edges ?? [])),
    loading: loaded[0]?.data === undefined && loaded[0]?.error === undefined,
    loadingMore,
    hasMore: loadingMore || endCursor !== null,
    error: loaded.find((page) => page?.error)?.error,
    loadMore() {
      if (endCursor === null || pages.starts.includes(endCursor)) return;
      setPages((current) => ({ ...current, starts: [...current.starts, endCursor] }));
    },
    refresh() {
      // Results reach every subscriber of the same query and variables, so the live pages update too.
      for (const after of pages.starts)
        void client
          .query(MeetupAttendeesQuery, { id: meetupId, after }, { requestPolicy: "network-only" })
          .toPromise();
    },
  };
}

/**
 * Pages read at different moments can overlap when RSVPs arrive in between: a member is listed once, where
 * they were first seen.
 */
function distinctAttendees(edges: readonly { node: Attendee }[]): Attendee[] {
  const seen = new Set<string>();
  const attendees: Attendee[] = [];
  for (const { node } of edges) {
    const id = node.member?.id;
    if (id !== undefined) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    attendees.push(node);
  }
  return attendees;
}
