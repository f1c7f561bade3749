import { localDateOf } from "@meetstream/core/clock/local-time";
import { Fragment } from "react";
import { Link } from "react-router";
import { viewerTimeZone } from "../meetup/time-zones";
import { pathPath } from "./path-address";
import type { PathSummary } from "./path-documents";
import { pathsWith } from "./paths-filter";

const statusWords = {
  DRAFT: "Draft",
  UNPUBLISHED: "Unpublished",
  ARCHIVED: "Archived",
  PUBLISHED: null,
} as const;

/** Paths as cards: goal, who curates it, where, its tags (each narrowing the index to it) and its counts. */
export function PathList({
  paths,
  headingLevel = 2,
}: {
  paths: readonly PathSummary[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="path-list plain-list">
      {paths.map((path) => (
        <li key={path.id} className="card path-card">
          <Heading className="path-card__goal">
            <Link to={pathPath(path)}>{path.goal}</Link>
          </Heading>
          <p className="path-card__meta">
            <CuratorLink path={path} />
            {path.community && (
              <>
                {" · "}
                <Link to={pathsWith({ community: path.community.slug })}>{path.community.name}</Link>
              </>
            )}
            {statusWords[path.status] && <span className="badge">{statusWords[path.status]}</span>}
          </p>
          <Counts path={path} />
          {path.tags.length > 0 && (
            <ul className="tag-list" aria-label={`Tags of “${path.goal}”`}>
              {path.tags.map((tag) => (
                <li key={tag}>
                  <Link className="tag tag--link" to={pathsWith({ tag })}>
                    {tag}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * "By Sanne de Jong", linking to the paths she curates; an erased curator is named so, linking nowhere.
 * One span: on a card's line of flex items, "By" and the name would stand a gap apart, as two words never do.
 */
export function CuratorLink({
  path,
  prefix = "By ",
}: {
  path: Pick<PathSummary, "curator" | "curatorErased">;
  prefix?: string;
}) {
  if (path.curatorErased || !path.curator) return <span>{prefix}an erased member</span>;
  const { curator } = path;
  return (
    <span>
      {prefix}
      {curator.handle ? (
        <Link to={pathsWith({ curator: curator.handle })}>{curator.displayName}</Link>
      ) : (
        curator.displayName
      )}
    </span>
  );
}

/**
 * "5 checkpoints · 12 learners · 3 completed · 1 fork · published 3 Dec 2026", each count kept on one line:
 * on a phone the line breaks between counts, not inside one ("0" above "completed", "4" above "Dec 2026").
 */
function Counts({ path }: { path: CountedPath }) {
  return (
    <p className="path-card__counts muted">
      {countWords(path).map((words, index) => (
        <Fragment key={words}>
          {index > 0 && " · "}
          <span className="path-card__count">{words}</span>
        </Fragment>
      ))}
    </p>
  );
}

type CountedPath = Pick<
  PathSummary,
  "learnerCount" | "completionCount" | "forkCount" | "publishedAt" | "updatedAt" | "checkpoints"
>;

/** A path's counts, each in words: "5 checkpoints", "12 learners", "3 completed", "1 fork", "published 3 Dec 2026". */
function countWords(path: CountedPath): string[] {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    count(path.checkpoints.length, "checkpoint", "checkpoints"),
    count(path.learnerCount, "learner", "learners"),
    `${path.completionCount} completed`,
    count(path.forkCount, "fork", "forks"),
    path.publishedAt
      ? `published ${localDateOf(path.publishedAt, viewerTimeZone())}`
      : `changed ${localDateOf(path.updatedAt, viewerTimeZone())}`,
  ];
}
