import { type FormEvent, useState } from "react";
import { FormField } from "../components/form-field";
import { useCommand } from "../graphql/command";
import { formatInZone, viewerTimeZone } from "../meetup/time-zones";
import {
  AcceptProposalMutation,
  CancelTalkMutation,
  RejectProposalMutation,
  type Review,
} from "./review-documents";

export const proposalStatusWords = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  ACCEPTED: "Accepted, awaiting the speaker",
  REJECTED: "Rejected",
  CONFIRMED: "Confirmed",
  DECLINED: "Declined by the speaker",
  WITHDRAWN: "Withdrawn",
  CANCELLED: "Cancelled",
} as const;

export const levelWords = {
  BEGINNER: "Beginner",
  INTERMEDIATE: "Intermediate",
  ADVANCED: "Advanced",
} as const;

/**
 * What anonymised review hides, said to the one reading it. Core shows the speakers to a call's organisers
 * and hides them from the members appointed to review it, so "hidden from reviewers" would be untrue to an
 * organiser looking at the names. Null when the call is not anonymised.
 */
export const anonymityWords = (call: { anonymised: boolean; viewerIsOrganiser: boolean }): string | null =>
  !call.anonymised
    ? null
    : call.viewerIsOrganiser
      ? "Anonymised review: appointed reviewers do not see who speaks; you do, as an organiser."
      : "Anonymised review: the speakers stay hidden from you.";

/** A score to one decimal, as the board and the reviews show it. */
export const scoreWords = (score: number | null | undefined): string =>
  score === null || score === undefined ? "–" : score.toFixed(1);

/**
 * Reviews, each with its score per criterion (named by the call), its weighted score and comment. Whose
 * reviews reach the viewer is the API's rule: a reviewer sees only their own until they submitted it.
 */
export function ReviewList({
  reviews,
  criteria,
  label,
}: {
  reviews: readonly Review[];
  criteria: readonly { id: string; name: string }[];
  label: string;
}) {
  const zone = viewerTimeZone();
  const nameOf = (criterionId: string) =>
    criteria.find((criterion) => criterion.id === criterionId)?.name ?? criterionId;
  return (
    <ul className="row-list" aria-label={label}>
      {reviews.map((review) => (
        <li key={`${review.reviewer?.id ?? "former"}-${review.reviewedAt}`} className="row-list__row review">
          <div className="stack stack--tight">
            <p>
              <strong>
                {review.mine ? "Your review" : (review.reviewer?.displayName ?? "A former member")}
              </strong>
              <span className="muted"> · {formatInZone(review.reviewedAt, zone)}</span>
            </p>
            <dl className="review__scores">
              {review.scores.map((score) => (
                <div key={score.criterionId}>
                  <dt>{nameOf(score.criterionId)}</dt>
                  <dd>{score.score}</dd>
                </div>
              ))}
              <div>
                <dt>Weighted</dt>
                <dd>{scoreWords(review.weightedScore)}</dd>
              </div>
            </dl>
            {review.comment && <p className="review__comment">{review.comment}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}

/**
 * Accepting or rejecting a submitted proposal with a message to its speakers, or cancelling a confirmed
 * talk (which needs one: its speakers and the audience are owed a reason).
 */
export function DecisionForm({
  proposal,
  idPrefix,
  onDecided,
}: {
  proposal: { id: string; title: string; status: string };
  /** Keeps ids apart when a board shows one per row. */
  idPrefix: string;
  onDecided(): void;
}) {
  const [message, setMessage] = useState("");
  const [blank, setBlank] = useState(false);
  const accept = useCommand(AcceptProposalMutation, { refresh: onDecided });
  const reject = useCommand(RejectProposalMutation, { refresh: onDecided });
  const cancel = useCommand(CancelTalkMutation, { refresh: onDecided });
  const busy = accept.fetching || reject.fetching || cancel.fetching;
  const rejection = blank
    ? "Tell its speakers why, in a sentence or two."
    : (accept.rejection ?? reject.rejection ?? cancel.rejection ?? undefined);
  const requestError = accept.error ?? reject.error ?? cancel.error;
  const fieldId = `${idPrefix}-decision-message`;
  const decide = (decision: "accept" | "reject") => () => {
    const variables = {
      proposalId: proposal.id,
      message: message.trim(),
      idempotencyKey: crypto.randomUUID(),
    };
    void (decision === "accept" ? accept.run(variables) : reject.run(variables));
  };
  const submitCancel = (event: FormEvent) => {
    event.preventDefault();
    const why = message.trim();
    setBlank(why === "");
    if (why !== "")
      void cancel.run({ proposalId: proposal.id, message: why, idempotencyKey: crypto.randomUUID() });
  };
  if (proposal.status !== "SUBMITTED" && proposal.status !== "CONFIRMED") return null;
  const cancelling = proposal.status === "CONFIRMED";
  return (
    <form
      className="form decision-form"
      onSubmit={cancelling ? submitCancel : (event) => event.preventDefault()}
      noValidate
    >
      <FormField
        id={fieldId}
        label={cancelling ? "Why the talk is cancelled" : "Message to the speakers"}
        hint={cancelling ? undefined : "Optional; sent with the acceptance or rejection."}
        error={rejection}
      >
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={2}
            maxLength={2000}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
        )}
      </FormField>
      {requestError && <p className="field__error">{requestError.message}</p>}
      <div className="button-row">
        {cancelling ? (
          <button type="submit" className="button button--danger" disabled={busy}>
            Cancel the talk<span className="visually-hidden"> {proposal.title}</span>
          </button>
        ) : (
          <>
            <button type="button" className="button" disabled={busy} onClick={decide("accept")}>
              Accept<span className="visually-hidden"> {proposal.title}</span>
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={decide("reject")}
            >
              Reject<span className="visually-hidden"> {proposal.title}</span>
            </button>
          </>
        )}
      </div>
    </form>
  );
}
