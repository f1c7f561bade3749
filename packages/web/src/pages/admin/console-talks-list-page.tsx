import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { ErrorState } from "../../components/error-state";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { formatInZone, viewerTimeZone } from "../../meetup/time-zones";
import { proposalConsolePath } from "../../talk/call-address";
import { type CommunityTalks, CommunityTalksQuery } from "../../talk/console-call-documents";
import { NotAnOrganiserState } from "./organisers-only-page";

type CallNode = CommunityTalks["calls"]["edges"][number]["node"];
type Row = NonNullable<CallNode["confirmed"]>["edges"][number]["node"];

const groups = [
  { key: "confirmed", title: "Confirmed", empty: "No talk is confirmed yet." },
  { key: "accepted", title: "Accepted, awaiting the speaker", empty: "No talk awaits its speaker." },
  { key: "cancelled", title: "Cancelled", empty: "No talk was cancelled." },
] as const;

/** A community's talks from all its calls: confirmed, accepted and awaiting confirmation, cancelled. */
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
          {community.viewerRole === "ORGANISER" ? (
            <div className="stack">
              {groups.map((group) => {
                const rows = community.calls.edges.flatMap((edge) =>
                  (edge.node[group.key]?.edges ?? []).map((row) => ({ call: edge.node, row: row.node })),
                );
                return (
                  <section key={group.key} className="card" aria-labelledby={`talks-${group.key}`}>
                    <h2 id={`talks-${group.key}`}>
                      {group.title} <span className="muted">({rows.length})</span>
                    </h2>
                    {rows.length === 0 ? (
                      <p className="muted">{group.empty}</p>
                    ) : (
                      <ul className="row-list" aria-label={group.title}>
                        {rows.map(({ call, row }) => (
                          <TalkRow key={row.proposal?.id ?? row.title} call={call} row={row} />
                        ))}
                      </ul>
                    )}
                  </section>
                );
              })}
            </div>
          ) : (
            <NotAnOrganiserState communityName={community.name} />
          )}
        </Page>
      )}
    </QueryState>
  );
}

function TalkRow({ call, row }: { call: CallNode; row: Row }) {
  const format = call.formats.find((candidate) => candidate.id === row.formatId);
  const when = row.proposal?.confirmedAt ?? row.proposal?.decidedAt;
  return (
    <li className="row-list__row">
      <span className="stack stack--tight">
        {row.proposal ? <Link to={proposalConsolePath(row.proposal)}>{row.title}</Link> : row.title}
        <span className="muted">
          {(row.proposal?.speakers ?? []).map((speaker) => speaker.displayName).join(", ") ||
            "No speaker yet"}{" "}
          · {format?.name ?? "A format no longer offered"} · {call.title}
          {when && <> · {formatInZone(when, viewerTimeZone())}</>}
        </span>
      </span>
    </li>
  );
}
