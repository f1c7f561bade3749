import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { ErrorState } from "./error-state";
import { LoadingState } from "./loading-state";

/** What a query has answered so far, as urql's `useQuery` tells it (or a hook that reads like it). */
export interface QueryAnswer<Data> {
  fetching: boolean;
  data?: Data | undefined;
  error?: CombinedError | undefined;
}

/**
 * Every page's way through a query: loading until the first answer, the error (with a way to try again),
 * what it says when there is nothing to show, and only then the content, given what the page shows.
 */
export function QueryState<Data, Item = Data>({
  result,
  of,
  loading,
  failed,
  onRetry,
  empty = null,
  frame = (state) => state,
  children,
}: {
  result: QueryAnswer<Data>;
  /** The part of the answer the page shows (the whole answer when left out). */
  of?: (data: Data) => Item | null | undefined;
  /** Said while the first answer is on its way. */
  loading: string;
  /** The title of the error, when the query failed. */
  failed: string;
  onRetry?: () => void;
  /** Shown when there is nothing to show: `of` gave null, undefined or an empty list. */
  empty?: ReactNode;
  /** The page around the loading and error states; `empty` brings its own. */
  frame?: (state: ReactNode) => ReactNode;
  children: (item: NonNullable<Item>) => ReactNode;
}) {
  if (result.fetching && result.data === undefined) return frame(<LoadingState label={loading} />);
  if (result.error) return frame(<ErrorState title={failed} error={result.error} onRetry={onRetry} />);
  if (result.data === undefined) return null;
  const item = of ? of(result.data) : (result.data as unknown as Item);
  if (item === null || item === undefined || (Array.isArray(item) && item.length === 0)) return empty;
  return children(item as NonNullable<Item>);
}
