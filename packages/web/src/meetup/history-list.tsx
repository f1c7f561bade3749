import type { ReactNode } from "react";
import type { HistoryEntry } from "./meetup-documents";

/**
 * Changes in words, each at its time in the meetup's zone. The words come finished from the API: naming
 * members, and calling the erased so, is the domain's rule, so every reader of the history says the same.
 */
export function HistoryList<Entry extends HistoryEntry>({
  entries,
  label,
  extra,
}: {
  entries: readonly Entry[];
  label: string;
  /** Shown under an entry beside its time, e.g. the meetup it changed or a way to see the meetup then. */
  extra?(entry: Entry): ReactNode;
}) {
  return (
    <ol className="row-list history-list" aria-label={label}>
      {entries.map((entry) => (
        <li key={`${entry.occurredAt}-${entry.version}-${entry.summary}`} className="row-list__row">
          <span>
            <strong>{entry.summary}</strong>
            <br />
            <span className="muted">
              <time dateTime={entry.occurredAt}>{entry.localTime}</time>
              {/* One piece: on a phone it goes under the time whole, its "·" with it, not left at a line's end. */}
              {extra && <span className="history-list__extra">{extra(entry)}</span>}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
