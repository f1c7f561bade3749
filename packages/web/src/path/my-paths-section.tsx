import { Link } from "react-router";
import { useQuery } from "urql";
import { editPathPath, newPathPath } from "./path-address";
import { MyPathsQuery } from "./path-editor-documents";
import { pathStateWords } from "./path-status-words";
import "../styles/path-editor.css";

/** The member's own page lists the learning paths they curate, drafts too, and starts a new one. */
export function MyPathsSection() {
  const [result] = useQuery({ query: MyPathsQuery, requestPolicy: "cache-and-network" });
  const paths = result.data?.me?.paths.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="card stack" aria-labelledby="my-paths-heading">
      <h2 id="my-paths-heading">Your learning paths</h2>
      {paths.length === 0 ? (
        <p className="muted">
          A goal and a short list of checkpoints to reach it: pages, talks and meetups, in the order to take
          them.
        </p>
      ) : (
        <ul className="row-list" aria-label="Your learning paths">
          {paths.map((path) => (
            <li key={path.id} className="row-list__row">
              <span className="console-path">
                <span className="console-path__goal">{path.goal}</span>
                <span className="muted">{pathStateWords(path)}</span>
              </span>
              <Link to={editPathPath(path)} className="button button--secondary button--small">
                Edit<span className="visually-hidden"> {path.goal}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <Link to={newPathPath} className="button button--secondary">
          New path
        </Link>
      </div>
    </section>
  );
}
