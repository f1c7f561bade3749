import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { formatInZone, viewerTimeZone } from "../../meetup/time-zones";
import { reviewBoardPath } from "../../talk/call-address";
import { MyReviewCallsQuery, type ReviewCallSummary } from "../../talk/review-documents";

/**
 * The way in for reviewers: the calls they were appointed to review, and those of the communities they
 * organise. Appointed members reach their boards from here, and nothing else of the console.
 */
export function MyReviewsPage() {
  const [result, reexecute] = useQuery({ query: MyReviewCallsQuery, requestPolicy: "cache-and-network" });
  return (
    <Page title="Reviews" lead="The calls for proposals whose talks you review.">
      <QueryState
        result={result}
        of={(data) => {
          const me = data.me;
          if (!me) return [];
          const organised = me.organises.flatMap((community) =>
            community.calls.edges.map((edge) => edge.node),
          );
          const appointed = me.reviewerCalls.filter(
            (call) => !organised.some((other) => other.id === call.id),
          );
          return [...appointed, ...organised];
        }}
        loading="Loading your calls…"
        failed="Your calls could not be loaded"
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
        empty={
          <EmptyState icon="lock" title="No call to review">
            When a community's organisers appoint you to review a call for proposals, it is listed here.
          </EmptyState>
        }
      >
        {(calls) => (
          <div className="card">
            <ul className="row-list" aria-label="Calls you review">
              {calls.map((call) => (
                <CallToReview key={call.id} call={call} />
              ))}
            </ul>
          </div>
        )}
      </QueryState>
    </Page>
  );
}

function CallToReview({ call }: { call: ReviewCallSummary }) {
  return (
    <li className="row-list__row">
      <span className="stack stack--tight">
        <Link to={reviewBoardPath(call)}>{call.title}</Link>
        <span className="muted">
          {call.community.name} ·{" "}
          {call.accepting
            ? `open until ${formatInZone(call.closesAt, viewerTimeZone())}`
            : "not taking proposals"}
        </span>
      </span>
    </li>
  );
}
