import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { CommandFailure } from "../components/command-failure";
import { EmptyState } from "../components/empty-state";
import { MemberName } from "../components/member-list";
import { Notice } from "../components/notice";
import { useOneTimeNotice } from "../components/one-time-notice";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { TagList } from "../components/tag-list";
import { fromNetwork, RefetchOnRefusal, useCommand } from "../graphql/command";
import { CallWindow } from "../talk/call-window";
import {
  AnswerCoSpeakerInvitationMutation,
  ConfirmTalkMutation,
  DeclineTalkMutation,
  MyProposalsQuery,
  type SpeakerProposal,
  WithdrawProposalMutation,
} from "../talk/proposal-documents";
import { mayEdit } from "../talk/proposal-editing";
import type { ProposalNotice } from "../talk/proposal-form";
import { formatWords, levelWords, proposalRefusal, statusWords } from "../talk/proposal-words";
import { callPath, editProposalPath, talkPath } from "../talk/talk-address";
import { TalkAttachmentsEditor } from "../talk/talk-attachments-editor";

const notices: Record<ProposalNotice, string> = {
  "proposal-submitted": "Your proposal is submitted",
  "proposal-drafted": "Your draft is saved",
  "proposal-saved": "Your proposal is saved",
};

export function MyProposalsPage() {
  const [result, reexecute] = useQuery({ query: MyProposalsQuery });
  const notice = useOneTimeNotice<ProposalNotice>();
  return (
    <Page title="My proposals" lead="The talks you proposed, and those you are invited to give with others.">
      {notice && notices[notice] && <Notice tone="success" title={notices[notice]} />}
      <QueryState
        result={result}
        of={(data) => data.me}
        loading="Loading your proposals…"
        failed="Your proposals could not be loaded"
        onRetry={fromNetwork(reexecute)}
      >
        {(me) =>
          me.proposals.edges.length === 0 ? (
            <EmptyState
              icon="meetups"
              title="No proposals yet"
              action={
                <Link to="/communities" className="button button--secondary">
                  Browse communities
                </Link>
              }
            >
              A community with an open call for proposals links to it from its page: propose a talk there.
            </EmptyState>
          ) : (
            <RefetchOnRefusal refetch={fromNetwork(reexecute)}>
              <ul className="plain-list stack" aria-label="My proposals">
                {me.proposals.edges.map(({ node }) => (
                  <li key={node.id}>
                    <ProposalCard proposal={node} memberId={me.member.id} />
                  </li>
                ))}
              </ul>
            </RefetchOnRefusal>
          )
        }
      </QueryState>
    </Page>
  );
}

/** The proposals list is read again after each answer, so every card shows its new state. */
const refreshContext = { additionalTypenames: ["Proposal", "MeProposalsConnection"] };

function ProposalCard({ proposal, memberId }: { proposal: SpeakerProposal; memberId: string }) {
  const [confirmingWithdrawal, setConfirmingWithdrawal] = useState(false);
  const options = { words: proposalRefusal };
  const withdrawing = useCommand(WithdrawProposalMutation, options);
  const confirming = useCommand(ConfirmTalkMutation, options);
  const declining = useCommand(DeclineTalkMutation, options);
  const answering = useCommand(AnswerCoSpeakerInvitationMutation, options);
  const commands = [withdrawing, confirming, declining, answering];
  const busy = commands.some((command) => command.fetching);
  const call = proposal.call;
  const headingId = `proposal-${proposal.publicId}-heading`;
  const status = proposal.status;
  const invited = proposal.viewerIsInvited;
  const editable = mayEdit(proposal, memberId);
  const withdrawable = !invited && (status === "DRAFT" || status === "SUBMITTED" || status === "ACCEPTED");
  const decided = status === "ACCEPTED" || status === "REJECTED" || status === "CANCELLED";
  // Slides and a recording are for a talk that will be (or was) given: the API refuses them before.
  const attachable = !invited && (status === "ACCEPTED" || status === "CONFIRMED");
  const proposalId = { proposalId: proposal.id };
  const coSpeakers = proposal.coSpeakers ?? [];

  return (
    <article className="card talk-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="meetup-card__title">
        {status === "CONFIRMED" ? <Link to={talkPath(proposal)}>{proposal.title}</Link> : proposal.title}
      </h2>
      <p>
        <span className="badge">{invited ? "You are invited to speak on it" : statusWords[status]}</span>
      </p>
      <p className="muted">
        {call ? (
          <>
            <Link to={callPath(call.community.slug, call)}>{call.title}</Link> ({call.community.name}) ·{" "}
            <CallWindow call={call} />
          </>
        ) : (
          "Its call for proposals is no longer public."
        )}
      </p>
      <p>
        {proposal.format ? formatWords(proposal.format) : "A format the call no longer offers"} ·{" "}
        {levelWords[proposal.level]}
      </p>
      <TagList tags={proposal.tags} />
      {decided && proposal.decisionMessage && (
        <div className="notice notice--info">
          <div>
            <p className="notice__title">From the organisers</p>
            <p>{proposal.decisionMessage}</p>
          </div>
        </div>
      )}
      <h3>Speakers</h3>
      <ul className="member-list">
        <li className="host">
          <MemberName member={proposal.owner} />
          <span className="muted">Proposed it</span>
        </li>
        {coSpeakers.map((coSpeaker, index) => (
          <li key={coSpeaker.member?.id ?? index} className="host">
            <MemberName member={coSpeaker.member} />
            <span className="muted">{invitationWords[coSpeaker.status]}</span>
          </li>
        ))}
      </ul>
      {attachable && <TalkAttachmentsEditor proposal={proposal} />}
      <CommandFailure title="That did not go through" commands={commands} />
      <div className="button-row">
        {invited && (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void answering.run({ ...proposalId, accept: true }, refreshContext)}
            >
              Accept the invitation
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void answering.run({ ...proposalId, accept: false }, refreshContext)}
            >
              Decline the invitation
            </button>
          </>
        )}
        {!invited && status === "ACCEPTED" && (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void confirming.run(proposalId, refreshContext)}
            >
              Confirm I will give it
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void declining.run(proposalId, refreshContext)}
            >
              Decline the talk
            </button>
          </>
        )}
        {editable && (
          <Link to={editProposalPath(proposal)} className="button button--secondary">
            Edit
            <span className="visually-hidden"> {proposal.title}</span>
          </Link>
        )}
        {withdrawable && !confirmingWithdrawal && (
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => setConfirmingWithdrawal(true)}
          >
            Withdraw…
          </button>
        )}
      </div>
      {withdrawable && confirmingWithdrawal && (
        <div className="notice notice--warning">
          <div>
            <p className="notice__title">Withdraw “{proposal.title}”?</p>
            <p>The organisers will no longer consider it, and it cannot be submitted again.</p>
            <div className="button-row">
              <button
                type="button"
                className="button button--danger"
                disabled={busy}
                onClick={async () => {
                  await withdrawing.run(proposalId, refreshContext);
                  setConfirmingWithdrawal(false);
                }}
              >
                Withdraw it
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirmingWithdrawal(false)}
              >
                Keep it
              </button>
            </div>
          </div>
        </div>
      )}
    </article>
  );
}

const invitationWords = {
  INVITED: "Invited, has not answered yet",
  ACCEPTED: "Co-speaker",
  DECLINED: "Declined",
} as const;
