import { useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/empty-state";
import { LoadingState } from "../../components/loading-state";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { callConsolePath, proposalConsolePath, reviewProposalPath } from "../../talk/call-address";
import { type BoardRow, type ReviewBoardCall, ReviewBoardQuery } from "../../talk/review-documents";
import { anonymityWords, DecisionForm, proposalStatusWords, scoreWords } from "../../talk/review-parts";

type Status = keyof typeof proposalStatusWords;

interface Filters {
  formatId: string;
  tag: string;
  status: Status | "";
  notReviewedByMe: boolean;
}

const noFilters: Filters = { formatId: "", tag: "", status: "", notReviewedByMe: false };

/**
 * A call's review board, for its reviewers: its organisers and the members appointed. Proposals by weighted
 * mean, with filters and pages; organisers accept or reject from here.
 */
export function ReviewBoardPage() {
  const id = useParams().callId ?? "";
  const [filters, setFilters] = useState<Filters>(noFilters);
  // The cursors of the pages before this one: "Previous page" goes back one.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const [result, reexecute] = useQuery({
    query: ReviewBoardQuery,
    variables: {
      id,
      after,
      formatId: filters.formatId || null,
      tag: filters.tag.trim() || null,
      status: filters.status || null,
      notReviewedByMe: filters.notReviewedByMe,
    },
    requestPolicy: "cache-and-network",
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const filter = (change: Partial<Filters>) => {
    setCursors([null]);
    setFilters((current) => ({ ...current, ...change }));
  };
  return (
    <QueryState
      result={result}
      of={(data) => data.call}
      loading="Loading the review board…"
      failed="The review board could not be loaded"
      onRetry={refresh}
      frame={(state) => <Page title="Review board">{state}</Page>}
      empty={<NotAReviewer />}
    >
      {(call) =>
        call.board ? (
          <Page
            title={call.title}
            eyebrow={`Review board · ${call.community.name}`}
            lead={anonymityWords(call) ?? "Proposals by weighted mean, highest first."}
            actions={
              call.viewerIsOrganiser && (
                <Link to={callConsolePath(call)} className="button button--secondary">
                  The call in the console
                </Link>
              )
            }
          >
            <div className="stack">
              <BoardFilters call={call} filters={filters} onChange={filter} />
              <section className="card" aria-labelledby="board-heading" aria-busy={result.fetching}>
                <h2 id="board-heading">Proposals</h2>
                {result.fetching && result.stale && <LoadingState label="Updating…" />}
                {call.board.edges.length === 0 ? (
                  <p className="muted">
                    {filters === noFilters && cursors.length === 1
                      ? "No proposal has been submitted yet."
                      : "No proposal matches these filters."}
                  </p>
                ) : (
                  <ol className="row-list board" aria-label="Proposals by weighted mean">
                    {call.board.edges.map((edge) => (
                      <BoardEntry key={edge.node.publicId} call={call} row={edge.node} onChange={refresh} />
                    ))}
                  </ol>
                )}
                <div className="button-row">
                  {cursors.length > 1 && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setCursors((current) => current.slice(0, -1))}
                    >
                      Previous page
                    </button>
                  )}
                  {call.board.pageInfo.hasNextPage && call.board.pageInfo.endCursor && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() =>
                        setCursors((current) => [...current, call.board?.pageInfo.endCursor ?? null])
                      }
                    >
                      Next page
                    </button>
                  )}
                </div>
              </section>
            </div>
          </Page>
        ) : (
          <NotAReviewer />
        )
      }
    </QueryState>
  );
}

function NotAReviewer() {
  return (
    <Page title="Reviewers only">
      <EmptyState
        icon="lock"
        title="Only the reviewers of this call see its board"
        action={
          <Link to="/review" className="button">
            The calls you review
          </Link>
        }
      >
        Its community's organisers and the members they appoint review its proposals.
      </EmptyState>
    </Page>
  );
}

function BoardFilters({
  call,
  filters,
  onChange,
}: {
  call: ReviewBoardCall;
  filters: Filters;
  onChange(change: Partial<Filters>): void;
}) {
  const [tag, setTag] = useState(filters.tag);
  return (
    <form
      className="card board-filters"
      aria-label="Filter the proposals"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ tag });
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor="board-format">
          Format
        </label>
        <select
          id="board-format"
          className="input"
          value={filters.formatId}
          onChange={(event) => onChange({ formatId: event.target.value })}
        >
          <option value="">Every format</option>
          {call.formats.map((format) => (
            <option key={format.id} value={format.id}>
              {format.name}
            </option>
          ))}
        </select>
      </div>
      {/* Appointed reviewers see submitted proposals only: a state to choose would choose nothing. */}
      {call.viewerIsOrganiser && (
        <div className="field">
          <label className="field__label" htmlFor="board-status">
            State
          </label>
          <select
            id="board-status"
            className="input"
            value={filters.status}
            onChange={(event) => onChange({ status: event.target.value as Status | "" })}
          >
            <option value="">Every state</option>
            {(Object.keys(proposalStatusWords) as Status[])
              .filter((status) => status !== "DRAFT")
              .map((status) => (
                <option key={status} value={status}>
                  {proposalStatusWords[status]}
                </option>
              ))}
          </select>
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor="board-tag">
          Tag
        </label>
        <input
          id="board-tag"
          className="input"
          value={tag}
          onChange={(event) => setTag(event.target.value)}
          onBlur={() => onChange({ tag })}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={filters.notReviewedByMe}
          onChange={(event) => onChange({ notReviewedByMe: event.target.checked })}
        />
        Not yet reviewed by me
      </label>
    </form>
  );
}

function BoardEntry({ call, row, onChange }: { call: ReviewBoardCall; row: BoardRow; onChange(): void }) {
  const proposal = { id: row.proposalId, publicId: row.publicId };
  const format = call.formats.find((candidate) => candidate.id === row.formatId);
  const [deciding, setDeciding] = useState(false);
  return (
    <li className="row-list__row board__row">
      <div className="stack stack--tight board__proposal">
        <Link to={reviewProposalPath(call, proposal)} className="board__title">
          {row.title}
        </Link>
        <span className="muted">
          {format?.name ?? "A format no longer offered"} · {proposalStatusWords[row.status]}
          {row.speakers && row.speakers.length > 0 && (
            <> · {row.speakers.map((speaker) => speaker.displayName).join(", ")}</>
          )}
          {row.tags.length > 0 && <> · {row.tags.join(", ")}</>}
        </span>
      </div>
      <dl className="board__figures">
        <div>
          <dt>Mean</dt>
          <dd>{scoreWords(row.weightedMean)}</dd>
        </div>
        <div>
          <dt>Reviews</dt>
          <dd>{row.reviewCount}</dd>
        </div>
        <div>
          <dt>You</dt>
          <dd>{row.viewerIsSpeaker ? "Your own" : row.reviewedByMe ? "Reviewed" : "Not yet"}</dd>
        </div>
      </dl>
      {call.viewerIsOrganiser && (
        <div className="board__decision">
          <div className="button-row">
            <Link to={proposalConsolePath(proposal)} className="button button--quiet button--small">
              Details<span className="visually-hidden"> of {row.title}</span>
            </Link>
            {row.status === "SUBMITTED" && (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-expanded={deciding}
                onClick={() => setDeciding(!deciding)}
              >
                Decide<span className="visually-hidden"> on {row.title}</span>
              </button>
            )}
          </div>
          {deciding && row.status === "SUBMITTED" && (
            <DecisionForm
              proposal={{ id: proposal.id, title: row.title, status: row.status }}
              idPrefix={`board-${proposal.publicId}`}
              onDecided={() => {
                setDeciding(false);
                onChange();
              }}
            />
          )}
        </div>
      )}
    </li>
  );
}
