import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/empty-state";
import { Markdown } from "../../components/markdown";
import { MemberName } from "../../components/member-list";
import { Notice } from "../../components/notice";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { TagList } from "../../components/tag-list";
import { formatInZone, viewerTimeZone } from "../../meetup/time-zones";
import { callConsolePath, reviewBoardPath, reviewProposalPath } from "../../talk/call-address";
import { type ConsoleProposal, ConsoleProposalQuery } from "../../talk/review-documents";
import {
  DecisionForm,
  levelWords,
  proposalStatusWords,
  ReviewList,
  scoreWords,
} from "../../talk/review-parts";

/** A proposal in the console: everything about it, its reviews and history, and the decisions on it. */
export function ProposalConsolePage() {
  const id = useParams().id ?? "";
  const [result, reexecute] = useQuery({
    query: ConsoleProposalQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const notFound = (
    <Page title="Proposal" eyebrow="Console">
      <EmptyState icon="lock" title="There is no such proposal">
        Or it is one of a community you do not organise.
      </EmptyState>
    </Page>
  );
  return (
    <QueryState
      result={result}
      of={(data) => data.proposal}
      loading="Loading the proposal…"
      failed="The proposal could not be loaded"
      onRetry={refresh}
      frame={(state) => (
        <Page title="Proposal" eyebrow="Console">
          {state}
        </Page>
      )}
      empty={notFound}
    >
      {(proposal) =>
        proposal.viewerAccess === "ORGANISER" ? (
          <ProposalInConsole proposal={proposal} refresh={refresh} />
        ) : (
          notFound
        )
      }
    </QueryState>
  );
}

function ProposalInConsole({ proposal, refresh }: { proposal: ConsoleProposal; refresh(): void }) {
  const zone = viewerTimeZone();
  const call = proposal.call;
  const reviews = proposal.reviews ?? [];
  const mean =
    reviews.length === 0
      ? null
      : reviews.reduce((sum, review) => sum + review.weightedScore, 0) / reviews.length;
  const history = [...(proposal.history ?? [])].reverse();
  return (
    <Page
      title={proposal.title}
      eyebrow={`Console · ${proposal.community.name}`}
      lead={proposalStatusWords[proposal.status]}
      actions={
        call && (
          <>
            <Link to={reviewBoardPath(call)} className="button button--secondary">
              Review board
            </Link>
            <Link to={callConsolePath(call)} className="button button--secondary">
              The call
            </Link>
          </>
        )
      }
    >
      {proposal.decisionMessage && (
        <Notice tone="info" title="The message to its speakers">
          <p>{proposal.decisionMessage}</p>
        </Notice>
      )}
      <div className="stack">
        <dl className="details-list card">
          <dt>Call</dt>
          <dd>{call?.title ?? "–"}</dd>
          <dt>Format</dt>
          <dd>
            {proposal.format
              ? `${proposal.format.name} (${proposal.format.minutes} min)`
              : "No longer offered"}
          </dd>
          <dt>Level</dt>
          <dd>{levelWords[proposal.level]}</dd>
          <dt>Speakers</dt>
          <dd>
            {(proposal.speakers ?? []).length === 0 ? (
              "None confirmed"
            ) : (
              <ul className="plain-list">
                {(proposal.speakers ?? []).map((speaker) => (
                  <li key={speaker.id}>
                    <MemberName member={speaker} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {proposal.submittedAt && (
            <>
              <dt>Submitted</dt>
              <dd>{formatInZone(proposal.submittedAt, zone)}</dd>
            </>
          )}
          <dt>Mean score</dt>
          <dd>
            {scoreWords(mean)} from {reviews.length} {reviews.length === 1 ? "review" : "reviews"}
          </dd>
        </dl>
        <section className="card" aria-labelledby="abstract-heading">
          <h2 id="abstract-heading">Abstract</h2>
          <Markdown html={proposal.abstractHtml} />
          {proposal.tags.length > 0 && <TagList tags={proposal.tags} />}
          {proposal.note && (
            <div className="talk-note">
              <h3>Private note to the organisers</h3>
              <p>{proposal.note}</p>
            </div>
          )}
        </section>
        {(proposal.status === "SUBMITTED" || proposal.status === "CONFIRMED") && (
          <section className="card" aria-labelledby="decision-heading">
            <h2 id="decision-heading">
              {proposal.status === "CONFIRMED" ? "Cancel the talk" : "Accept or reject"}
            </h2>
            <DecisionForm proposal={proposal} idPrefix="console" onDecided={refresh} />
          </section>
        )}
        <section className="card" aria-labelledby="reviews-heading">
          <div className="section-heading">
            <h2 id="reviews-heading">Reviews</h2>
            {call && proposal.status === "SUBMITTED" && (
              <Link
                to={reviewProposalPath(call, proposal)}
                className="button button--secondary button--small"
              >
                Review it yourself
              </Link>
            )}
          </div>
          {reviews.length === 0 ? (
            <p className="muted">Nobody has reviewed it yet.</p>
          ) : (
            <ReviewList reviews={reviews} criteria={call?.criteria ?? []} label="Reviews" />
          )}
        </section>
        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <ol className="row-list history-list" aria-label="Changes, newest first">
            {history.map((entry) => (
              <li key={`${entry.version}-${entry.type}`} className="row-list__row">
                <span>
                  <strong>{entry.summary}</strong>
                  <br />
                  <span className="muted">
                    <time dateTime={entry.occurredAt}>{formatInZone(entry.occurredAt, zone)}</time>
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </Page>
  );
}
