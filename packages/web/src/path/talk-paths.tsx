import { Link } from "react-router";
import { useQuery } from "urql";
import { pathPath } from "./path-address";
import { TalkPathsQuery } from "./path-documents";

/** "Part of 3 learning paths" on a talk's page, most followed first; nothing when it is part of none. */
export function TalkPaths({ talkId }: { talkId: string }) {
  const [result] = useQuery({ query: TalkPathsQuery, variables: { id: talkId } });
  const talk = result.data?.talk;
  if (!talk || talk.pathCount === 0) return null;
  const more = talk.pathCount - talk.paths.length;
  return (
    <section className="card" aria-labelledby="talk-paths-heading">
      <h2 id="talk-paths-heading">
        Part of {talk.pathCount} learning {talk.pathCount === 1 ? "path" : "paths"}
      </h2>
      <ul className="plain-list row-list">
        {talk.paths.map((path) => (
          <li key={path.id}>
            <Link to={pathPath(path)}>{path.goal}</Link>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="muted">
          And {more} more. <Link to="/paths">Browse the paths</Link>
        </p>
      )}
    </section>
  );
}
