import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { Notice } from "../components/notice";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork, RefetchOnRefusal } from "../graphql/command";
import { ProposalQuery } from "../talk/proposal-documents";
import { mayEdit } from "../talk/proposal-editing";
import { ProposalForm } from "../talk/proposal-form";
import { NotFoundPage } from "./not-found-page";

/** The owner edits their proposal; the API refuses the edit once the call no longer allows it. */
export function EditProposalPage() {
  const id = useParams().id ?? "";
  const [result, reexecute] = useQuery({ query: ProposalQuery, variables: { id } });
  return (
    <QueryState
      result={result}
      of={(data) =>
        data.proposal?.call && data.proposal.owner?.id === data.me?.member.id
          ? { proposal: data.proposal, call: data.proposal.call }
          : null
      }
      loading="Loading your proposal…"
      failed="Your proposal could not be loaded"
      onRetry={fromNetwork(reexecute)}
      frame={(state) => <Page title="Edit your proposal">{state}</Page>}
      empty={
        <NotFoundPage>
          There is no proposal of yours at this address. Your proposals are listed on{" "}
          <Link to="/me/proposals">My proposals</Link>.
        </NotFoundPage>
      }
    >
      {({ proposal, call }) => (
        <RefetchOnRefusal refetch={fromNetwork(reexecute)}>
          <Page title="Edit your proposal" eyebrow={`${call.community.name} · ${call.title}`}>
            {mayEdit(proposal, proposal.owner?.id) ? (
              <ProposalForm call={call} proposal={proposal} />
            ) : (
              <Notice tone="info" title="This proposal can no longer be edited">
                <p>
                  {proposal.status === "DRAFT" || proposal.status === "SUBMITTED"
                    ? "Its call for proposals is closed."
                    : "The organisers decided on it, or it was withdrawn."}
                </p>
              </Notice>
            )}
            <p>
              <Link to="/me/proposals">Back to my proposals</Link>
            </p>
          </Page>
        </RefetchOnRefusal>
      )}
    </QueryState>
  );
}
