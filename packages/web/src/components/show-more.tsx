import { type ReactNode, useState } from "react";

/**
 * A list's pages after the first, each asked for when the reader asks for more: a "Show more" button
 * while there is a next page, then that page (which offers the one after it in turn).
 */
export function ShowMore({
  pageInfo,
  next,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  next: (after: string) => ReactNode;
}) {
  const [asked, setAsked] = useState(false);
  if (!pageInfo.hasNextPage || !pageInfo.endCursor) return null;
  if (!asked)
    return (
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setAsked(true)}>
          Show more
        </button>
      </div>
    );
  return next(pageInfo.endCursor);
}
