import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { fromNetwork } from "../../graphql/command";
import { HistoryList } from "../../meetup/history-list";
import { meetupConsolePath } from "../../meetup/meetup-address";
import { CommunityHistoryQuery } from "../../meetup/meetup-documents";
import { useCurrentMember } from "../../member/current-member";
import { consoleSections } from "./console-sections";

const section = consoleSections.find((candidate) => candidate.path === "history");

/** Every change to the meetups of a community the member organises, newest first, a page at a time. */
export function ConsoleHistoryPage() {
  const { me } = useCurrentMember();
  const organised = me?.organises ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const slug = chosen ?? organised[0]?.slug ?? null;
  return (
    <Page title="History" eyebrow="Console" lead={section?.summary}>
      {slug === null ? (
        <EmptyState
          icon="history"
          title="Only organisers see a community's history"
          action={
            <Link to="/admin/communities/new" className="button">
              Found a community
            </Link>
          }
        >
          You organise no community yet.
        </EmptyState>
      ) : (
        <div className="stack">
          {organised.length > 1 && (
            <div className="field">
              <label className="field__label" htmlFor="history-community">
                Community
              </label>
              <select
                id="history-community"
                className="input"
                value={slug}
                onChange={(event) => setChosen(event.target.value)}
              >
                {organised.map((community) => (
                  <option key={community.id} value={community.slug}>
                    {community.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <section className="card" aria-label="Changes, newest first">
            <HistoryPages key={slug} slug={slug} />
          </section>
        </div>
      )}
    </Page>
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
