import { localDateOf } from "@meetstream/core/clock/local-time";
import { Link } from "react-router";
import { useQuery } from "urql";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { fromNetwork } from "../../graphql/command";
import { viewerTimeZone } from "../../meetup/time-zones";
import { editPathPath, newPathPath, pathPath } from "../../path/path-address";
import {
  type ConsoleCommunityPaths,
  ConsolePathsQuery,
  type PathRow,
} from "../../path/path-editor-documents";
import { learnerWords, pathStateWords } from "../../path/path-status-words";
import "../../styles/path-editor.css";

/**
 * The Paths section: the learning paths of each community the organiser runs, drafts and unpublished
 * ones of any curator included, each with its state, revision and learners, a step from its editor.
 */
export function ConsolePathsPage() {
  const [result, reexecute] = useQuery({ query: ConsolePathsQuery, requestPolicy: "cache-and-network" });
  return (
    <Page
      title="Paths"
      eyebrow="Console"
      lead="Your communities' learning paths: their state, revisions and learners. Organisers edit them with their curators."
    >
      <QueryState
        result={result}
        of={(data) => data.me}
        loading="Loading the paths…"
        failed="The paths could not be loaded"
        onRetry={fromNetwork(reexecute)}
      >
        {(me) => (
          <div className="stack">
            {me.organises.map((community) => (
              <CommunityPaths key={community.id} community={community} />
            ))}
          </div>
        )}
      </QueryState>
    </Page>
  );
}

function CommunityPaths({ community }: { community: ConsoleCommunityPaths }) {
  // Every path of the community but the archived ones, any curator's drafts included, latest change first.
  const paths = community.managedPaths?.edges.map((edge) => edge.node) ?? [];
  const headingId = `paths-${community.slug}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{community.name}</h2>
        <Link
          to={`${newPathPath}?community=${encodeURIComponent(community.id)}`}
          className="button button--small"
        >
          New path<span className="visually-hidden"> of {community.name}</span>
        </Link>
      </div>
      {paths.length === 0 ? (
        <p className="muted">No learning path yet: draft the first one, or ask a member to curate one.</p>
      ) : (
        <ul className="row-list" aria-label={`Paths of ${community.name}`}>
          {paths.map((path) => (
            <ConsolePathRow key={path.id} path={path} />
          ))}
        </ul>
      )}
      {community.managedPaths?.pageInfo.hasNextPage && (
        <p className="muted">The 50 paths changed last are listed.</p>
      )}
    </section>
  );
}

function ConsolePathRow({ path }: { path: PathRow }) {
  return (
    <li className="row-list__row">
      <span className="stack stack--tight console-path">
        {path.status === "DRAFT" ? (
          <span className="console-path__goal">{path.goal}</span>
        ) : (
          <Link to={pathPath(path)} className="console-path__goal">
            {path.goal}
          </Link>
        )}
        <span className="muted">
          {pathStateWords(path)} · {learnerWords(path.learnerCount)} · changed{" "}
          {localDateOf(path.updatedAt, viewerTimeZone())}
        </span>
      </span>
      {path.viewerCanEdit && (
        <Link to={editPathPath(path)} className="button button--secondary button--small">
          Edit<span className="visually-hidden"> {path.goal}</span>
        </Link>
      )}
    </li>
  );
}
