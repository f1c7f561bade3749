import { Link } from "react-router";
import { useQuery } from "urql";
import { ErrorState } from "../../components/error-state";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { formatInZone, viewerTimeZone } from "../../meetup/time-zones";
import { useCurrentMember } from "../../member/current-member";
import { callConsolePath, communityTalksPath, newCallPath, reviewBoardPath } from "../../talk/call-address";
import { type CallListItem, CommunityCallsQuery } from "../../talk/console-call-documents";

/** The Talks section: each organised community's calls for proposals, its next call, and its talks. */
export function ConsoleTalksPage() {
  const { me } = useCurrentMember();
  return (
    <Page
      title="Talks"
      eyebrow="Console"
      lead="Calls for proposals, their review boards, and the talks they gave your communities."
    >
      <div className="stack">
        {(me?.organises ?? []).map((community) => (
          <CommunityCallsCard key={community.id} slug={community.slug} />
        ))}
      </div>
    </Page>
  );
}

function CommunityCallsCard({ slug }: { slug: string }) {
  const [result, reexecute] = useQuery({
    query: CommunityCallsQuery,
    variables: { slug },
    requestPolicy: "cache-and-network",
  });
  return (
    <QueryState
      result={result}
      of={(data) => data.community}
      loading="Loading the calls…"
      failed="The calls could not be loaded"
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
      empty={<ErrorState title={`No community at /communities/${slug}`} />}
    >
      {(community) => {
        const calls = [
          ...(community.draftCalls?.edges ?? []).map((edge) => edge.node),
          ...community.calls.edges.map((edge) => edge.node),
        ];
        const headingId = `calls-${community.slug}`;
        return (
          <section className="card" aria-labelledby={headingId}>
            <div className="section-heading">
              <h2 id={headingId}>{community.name}</h2>
              <div className="button-row">
                <Link to={newCallPath(community)} className="button button--small">
                  New call
                </Link>
                <Link to={communityTalksPath(community)} className="button button--secondary button--small">
                  Talks<span className="visually-hidden"> of {community.name}</span>
                </Link>
              </div>
            </div>
            {calls.length === 0 ? (
              <p className="muted">No call for proposals yet: draft one to ask members for talks.</p>
            ) : (
              <ul className="row-list" aria-label={`Calls of ${community.name}`}>
                {calls.map((call) => (
                  <CallRow key={call.id} call={call} />
                ))}
              </ul>
            )}
          </section>
        );
      }}
    </QueryState>
  );
}

function CallRow({ call }: { call: CallListItem }) {
  const zone = viewerTimeZone();
  return (
    <li className="row-list__row">
      <span className="stack stack--tight">
        <Link to={callConsolePath(call)}>{call.title}</Link>
        <span className="muted">
          {callStateWords(call)} · closes {formatInZone(call.closesAt, zone)}
        </span>
      </span>
      {call.status === "PUBLISHED" && (
        <Link to={reviewBoardPath(call)} className="button button--secondary button--small">
          Review board<span className="visually-hidden"> of {call.title}</span>
        </Link>
      )}
    </li>
  );
}

/** A call's state in words: a draft, or published and before, in or after its window. */
export function callStateWords(call: {
  status: string;
  accepting: boolean;
  opensAt: string;
  closesAt: string;
}): string {
  if (call.status === "DRAFT") return "Draft";
  if (call.accepting) return "Open for proposals";
  return Date.parse(call.opensAt) > Date.now() ? "Published, not open yet" : "Closed";
}
