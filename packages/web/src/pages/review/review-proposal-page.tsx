import { type FormEvent, type KeyboardEvent, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useClient, useQuery } from "urql";
import { CommandFailure } from "../../components/command-failure";
import { EmptyState } from "../../components/empty-state";
import { Markdown } from "../../components/markdown";
import { Notice } from "../../components/notice";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { TagList } from "../../components/tag-list";
import { useCommand } from "../../graphql/command";
import { proposalConsolePath, reviewBoardPath, reviewProposalPath } from "../../talk/call-address";
import {
  NextUnreviewedQuery,
  type ProposalForReview,
  ProposalForReviewQuery,
  ReviewProposalMutation,
} from "../../talk/review-documents";
import { anonymityWords, levelWords, proposalStatusWords, ReviewList } from "../../talk/review-parts";

type Call = NonNullable<ProposalForReview["call"]>;

interface Reviewed {
  title: string;
  publicId: string;
}

/**
 * One proposal as a reviewer scores it: a radio group per criterion (arrow keys, or a number key to pick
 * and go on), Enter to submit, then on to the next proposal the reviewer has not reviewed.
 */
export function ReviewProposalPage() {
  const { callId = "", proposalId = "" } = useParams();
  const reviewed = (useLocation().state as { reviewed?: Reviewed } | null)?.reviewed;
  const [result, reexecute] = useQuery({
    query: ProposalForReviewQuery,
    variables: { id: proposalId },
    requestPolicy: "cache-and-network",
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const notFound = (
    <Page title="Reviewers only">
      <EmptyState
        icon="lock"
        title="There is no such proposal to review"
        action={
          <Link to={`/review/${callId}`} className="button">
            Back to the board
          </Link>
        }
      >
        Only the reviewers of its call see a submitted proposal.
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
      frame={(state) => <Page title="Review">{state}</Page>}
      empty={notFound}
    >
      {(proposal) =>
        proposal.call && (proposal.viewerAccess === "REVIEWER" || proposal.viewerAccess === "ORGANISER") ? (
          <ProposalToReview
            key={proposal.id}
            proposal={proposal}
            call={proposal.call}
            reviewed={reviewed}
            refresh={refresh}
          />
        ) : (
          notFound
        )
      }
    </QueryState>
  );
}

function ProposalToReview({
  proposal,
  call,
  reviewed,
  refresh,
}: {
  proposal: ProposalForReview;
  call: Call;
  reviewed: Reviewed | undefined;
  refresh(): void;
}) {
  const reviews = proposal.reviews ?? [];
  const mine = reviews.find((review) => review.mine);
  const others = reviews.filter((review) => !review.mine);
  const [justSaved, setJustSaved] = useState(false);
  return (
    <Page
      title={proposal.title}
      eyebrow={`Review · ${call.title}`}
      lead={`${proposal.format?.name ?? "A format no longer offered"} · ${levelWords[proposal.level]} · ${proposalStatusWords[proposal.status]}`}
      actions={
        <>
          <Link to={reviewBoardPath(call)} className="button button--secondary">
            Back to the board
          </Link>
          {call.viewerIsOrganiser && (
            <Link to={proposalConsolePath(proposal)} className="button button--secondary">
              In the console
            </Link>
          )}
        </>
      }
    >
      {reviewed && (
        <Notice tone="success" title={`Your review of “${reviewed.title}” is saved`}>
          <p>
            <Link to={reviewProposalPath(call, reviewed)}>See its reviews</Link>. This is the next proposal
            you have not reviewed.
          </p>
        </Notice>
      )}
      {justSaved && (
        <Notice tone="success" title="Your review is saved">
          <p>
            Nothing else is waiting for your review. <Link to={reviewBoardPath(call)}>Back to the board</Link>
          </p>
        </Notice>
      )}
      <div className="stack">
        <section className="card" aria-labelledby="proposal-heading">
          <h2 id="proposal-heading">The proposal</h2>
          {proposal.speakers && (
            <p>
              By{" "}
              {proposal.speakers.map((speaker) => speaker.displayName).join(", ") || "no confirmed speaker"}
            </p>
          )}
          {anonymityWords(call) && <p className="muted">{anonymityWords(call)}</p>}
          <Markdown html={proposal.abstractHtml} />
          {proposal.tags.length > 0 && <TagList tags={proposal.tags} />}
          {proposal.note && call.viewerIsOrganiser && (
            <div className="talk-note">
              <h3>Private note to the organisers</h3>
              <p>{proposal.note}</p>
            </div>
          )}
        </section>
        {proposal.viewerIsSpeaker ? (
          <Notice tone="info" title="You speak on this proposal">
            <p>Nobody reviews a proposal they speak on.</p>
          </Notice>
        ) : proposal.status === "DRAFT" ? null : (
          <ScoreForm
            proposal={proposal}
            call={call}
            mine={mine}
            onSaved={() => setJustSaved(true)}
            refresh={refresh}
          />
        )}
        <section className="card" aria-labelledby="others-heading">
          <h2 id="others-heading">Other reviews</h2>
          {!mine && !call.viewerIsOrganiser ? (
            <p className="muted">Others' scores show once you have submitted your own.</p>
          ) : others.length === 0 ? (
            <p className="muted">Nobody else has reviewed it yet.</p>
          ) : (
            <ReviewList reviews={others} criteria={call.criteria} label="Other reviews" />
          )}
        </section>
      </div>
    </Page>
  );
}

function ScoreForm({
  proposal,
  call,
  mine,
  onSaved,
  refresh,
}: {
  proposal: ProposalForReview;
  call: Call;
  mine: ProposalForReview["reviews"] extends readonly (infer Review)[] | null | undefined
    ? Review | undefined
    : never;
  onSaved(): void;
  refresh(): void;
}) {
  const navigate = useNavigate();
  const client = useClient();
  const form = useRef<HTMLFormElement>(null);
  const [scores, setScores] = useState<Record<string, number>>(() =>
    Object.fromEntries((mine?.scores ?? []).map((score) => [score.criterionId, score.score])),
  );
  const [comment, setComment] = useState(mine?.comment ?? "");
  const [missing, setMissing] = useState<string[]>([]);
  const review = useCommand(ReviewProposalMutation, {
    onScoresIncomplete: (refusal: { missingCriteria: readonly string[] }) =>
      setMissing([...refusal.missingCriteria]),
  });
  const idempotencyKey = useRef(crypto.randomUUID());

  const pick = (criterionId: string, score: number) => {
    idempotencyKey.current = crypto.randomUUID();
    setMissing((current) => current.filter((id) => id !== criterionId));
    setScores((current) => ({ ...current, [criterionId]: score }));
  };

  /** A number key picks that score and goes on to the next criterion; Enter submits the review. */
  const onKeys = (index: number, criterion: Call["criteria"][number]) => (event: KeyboardEvent) => {
    if (event.key === "Enter") {
      event.preventDefault();
      form.current?.requestSubmit();
      return;
    }
    const score = Number(event.key);
    if (!Number.isInteger(score) || score < criterion.minimumScore || score > criterion.maximumScore) return;
    event.preventDefault();
    pick(criterion.id, score);
    const next = call.criteria[index + 1];
    const target = next
      ? form.current?.querySelector<HTMLInputElement>(
          `input[name="score-${next.id}"]:checked, input[name="score-${next.id}"]`,
        )
      : form.current?.querySelector<HTMLTextAreaElement>("#review-comment");
    target?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unscored = call.criteria.filter((criterion) => scores[criterion.id] === undefined).map((c) => c.id);
    setMissing(unscored);
    if (unscored.length > 0) {
      form.current?.querySelector<HTMLInputElement>(`input[name="score-${unscored[0]}"]`)?.focus();
      return;
    }
    const saved = await review.run({
      proposalId: proposal.id,
      input: {
        scores: call.criteria.map((criterion) => ({
          criterionId: criterion.id,
          score: scores[criterion.id] ?? 0,
        })),
        comment: comment.trim(),
      },
      idempotencyKey: idempotencyKey.current,
    });
    if (!saved) return;
    const next = await client
      .query(NextUnreviewedQuery, { id: call.id }, { requestPolicy: "network-only" })
      .toPromise();
    const upcoming = next.data?.call?.board?.edges
      .map((edge) => edge.node.proposal)
      .find((candidate) => candidate && candidate.id !== proposal.id);
    if (upcoming) {
      navigate(reviewProposalPath(call, upcoming), {
        state: { reviewed: { title: proposal.title, publicId: proposal.publicId } },
      });
      return;
    }
    onSaved();
    refresh();
  };

  const criterionName = (id: string) => call.criteria.find((criterion) => criterion.id === id)?.name ?? id;
  return (
    <form
      className="card form score-form"
      ref={form}
      onSubmit={submit}
      noValidate
      aria-labelledby="score-heading"
    >
      <h2 id="score-heading">{mine ? "Your review" : "Score it"}</h2>
      <p className="muted">Arrow keys or a number key pick a score; Tab goes on; Enter submits.</p>
      {missing.length > 0 && (
        <div className="notice notice--error" role="alert">
          <div>
            <p className="notice__title">Score every criterion</p>
            <p>Not scored yet: {missing.map(criterionName).join(", ")}.</p>
          </div>
        </div>
      )}
      <CommandFailure title="The review was not saved" commands={[review]} />
      {call.criteria.map((criterion, index) => (
        <fieldset
          key={criterion.id}
          className="field-group score-group"
          onKeyDown={onKeys(index, criterion)}
          aria-invalid={missing.includes(criterion.id) ? true : undefined}
        >
          <legend>
            {criterion.name}
            <span className="muted"> · weight {criterion.weight}</span>
          </legend>
          <div className="score-group__choices">
            {Array.from(
              { length: criterion.maximumScore - criterion.minimumScore + 1 },
              (_, offset) => criterion.minimumScore + offset,
            ).map((score) => (
              <label key={score} className="score-choice">
                <input
                  type="radio"
                  name={`score-${criterion.id}`}
                  value={score}
                  checked={scores[criterion.id] === score}
                  onChange={() => pick(criterion.id, score)}
                />
                <span>{score}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="field">
        <label className="field__label" htmlFor="review-comment">
          Comment
        </label>
        <p className="field__hint" id="review-comment-hint">
          Optional, for the organisers and the other reviewers. Ctrl+Enter submits.
        </p>
        <textarea
          id="review-comment"
          className="input"
          rows={3}
          maxLength={5000}
          aria-describedby="review-comment-hint"
          value={comment}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              form.current?.requestSubmit();
            }
          }}
          onChange={(event) => {
            idempotencyKey.current = crypto.randomUUID();
            setComment(event.target.value);
          }}
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={review.fetching} aria-busy={review.fetching}>
          {mine ? "Revise my review" : "Submit my review"}
        </button>
      </div>
    </form>
  );
}
