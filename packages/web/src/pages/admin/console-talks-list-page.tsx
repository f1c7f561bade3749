import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { ErrorState } from "../../components/error-state";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { formatInZone, viewerTimeZone } from "../../meetup/time-zones";
import { proposalConsolePath } from "../../talk/call-address";
import { type CallTalks, CallTalksQuery, CommunityTalksQuery } from "../../talk/console-call-documents";
import { NotAnOrganiserState } from "./organisers-only-page";

type Row = NonNullable<CallTalks["confirmed"]>["edges"][number]["node"];

const groups = [
  { key: "confirmed", title: "Confirmed", empty: "No talk is confirmed yet." },
  { key: "accepted", title: "Accepted, awaiting the speaker", empty: "No talk awaits its speaker." },
  { key: "cancelled", title: "Cancelled", empty: "No talk was cancelled." },
] as const;

/** A community's talks, call by call: confirmed, accepted and awaiting confirmation, cancelled. */
export function ConsoleTalksListPage() {
  const slug = useParams().slug ?? "";
  const [result, reexecute] = useQuery({
    query: CommunityTalksQuery,
    variables: { slug },
    requestPolicy: "cache-and-network",
  });
  return (
    <QueryState
      result={result}
      of={(data) => data.community}
      loading="Loading the talks…"
      failed="The talks could not be loaded"
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
      frame={(state) => (
        <Page title="Talks" eyebrow="Console">
          {state}
        </Page>
      )}
      empty={
        <Page title="Talks" eyebrow="Console">
          <ErrorState title={`No community at /communities/${slug}`} />
        </Page>
      }
    >
      {(community) => (
        <Page title={`Talks of ${community.name}`} eyebrow="Console · Talks">
          {community.viewerRole !== "ORGANISER" ? (
            <NotAnOrganiserState communityName={community.name} />
          ) : community.calls.edges.length === 0 ? (
            <p className="muted">No call for proposals is published yet: its talks will be listed here.</p>
          ) : (
            <div className="stack">
              {community.calls.edges.map((edge) => (
                <CallTalksCard key={edge.node.id} callId={edge.node.id} />
              ))}
            </div>
          )}
        </Page>
      )}
    </QueryState>
  );
}

function CallTalksCard({ callId }: { callId: string }) {
  const [result, reexecute] = useQuery({
    query: CallTalksQuery,
    variables: { id: callId },
    requestPolicy: "cache-and-network",
  });
  return (
    <QueryState
      result={result}
      of={(data) => data.call}
      loading="Loading the call's talks…"
      failed="The call's talks could not be loaded"
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
    >
      {(call) => (
        <section className="card" aria-labelledby={`talks-${call.publicId}`}>
          <h2 id={`talks-${call.publicId}`}>{call.title}</h2>
          {groups.map((group) => {
            const rows = (call[group.key]?.edges ?? []).map((edge) => edge.node);
            const headingId = `talks-${call.publicId}-${group.key}`;
            return (
              <section key={group.key} aria-labelledby={headingId}>
                <h3 id={headingId}>
                  {group.title} <span className="muted">({rows.length})</span>
                </h3>
                {rows.length === 0 ? (
                  <p className="muted">{group.empty}</p>
                ) : (
                  <ul className="row-list" aria-label={group.title}>
                    {rows.map((row) => (
                      <TalkRow key={row.proposal?.id ?? row.title} call={call} row={row} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </section>
      )}
    </QueryState>
  );
}

function TalkRow({ call, row }: { call: CallTalks; row: Row }) {
  const format = call.formats.find((candidate) => candidate.id === row.formatId);
  const when = row.proposal?.confirmedAt ?? row.proposal?.decidedAt;
  return (
    <li className="row-list__row">
      <span className="stack stack--tight">
        {row.proposal ? <Link to={proposalConsolePath(row.proposal)}>{row.title}</Link> : row.title}
        <span className="muted">
          {(row.proposal?.speakers ?? []).map((speaker) => speaker.displayName).join(", ") ||
            "No speaker yet"}
          {" · "}
          {format?.name ?? "A format no longer offered"}
          {when && <> · {formatInZone(when, viewerTimeZone())}</>}
        </span>
      </span>
    </li>
  );
}
