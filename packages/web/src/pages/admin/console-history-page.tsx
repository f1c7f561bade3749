import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryState } from "../../components/query-state";
import { fromNetwork } from "../../graphql/command";
import { HistoryList } from "../../meetup/history-list";
import { meetupConsolePath } from "../../meetup/meetup-address";
import { CommunityHistoryQuery } from "../../meetup/meetup-documents";
import { consoleSections } from "./console-sections";
import { OrganisedCommunityPage } from "./organised-community-page";

const section = consoleSections.find((candidate) => candidate.path === "history");

/** Every change to the meetups of a community the member organises, newest first, a page at a time. */
export function ConsoleHistoryPage() {
  return (
    <OrganisedCommunityPage section="history" nobodysTitle="Only organisers see a community's history">
      {(slug) => (
        <section className="card" aria-label="Changes, newest first">
          <HistoryPages key={slug} slug={slug} />
        </section>
      )}
    </OrganisedCommunityPage>
  );
}

/** The pages read so far, each after the one before it. */
function HistoryPages({ slug }: { slug: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      {cursors.map((after, position) => (
        <HistoryPage
          key={after ?? "first"}
          slug={slug}
          after={after}
          last={position === cursors.length - 1}
          onMore={(cursor) => setCursors([...cursors, cursor])}
        />
      ))}
    </>
  );
}

function HistoryPage({
  slug,
  after,
  last,
  onMore,
}: {
  slug: string;
  after: string | null;
  last: boolean;
  onMore(cursor: string): void;
}) {
  const [result, reexecute] = useQuery({ query: CommunityHistoryQuery, variables: { slug, after } });
  return (
    <QueryState
      result={result}
      of={(data) => {
        const history = data.community?.history;
        return history && history.edges.length > 0 ? history : null;
      }}
      loading="Loading the history…"
      failed="The history could not be loaded"
      onRetry={fromNetwork(reexecute)}
      empty={after === null && <p className="muted">{section?.empty ?? "Nothing has happened yet."}</p>}
    >
      {(history) => {
        const next = history.pageInfo.hasNextPage ? history.pageInfo.endCursor : null;
        return (
          <>
            <HistoryList
              entries={history.edges.map((edge) => edge.node)}
              label={after === null ? "Changes, newest first" : "Earlier changes"}
              extra={({ meetup }) =>
                meetup && (
                  <>
                    {" · "}
                    <Link to={meetupConsolePath(meetup)}>{meetup.title}</Link>
                  </>
                )
              }
            />
            {last && next && (
              <p>
                <button type="button" className="button button--secondary" onClick={() => onMore(next)}>
                  Show earlier changes
                </button>
              </p>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
