import { localDateOf } from "@meetstream/core/clock/local-time";
import { Link } from "react-router";
import { viewerTimeZone } from "../meetup/time-zones";
import { pathPath } from "./path-address";
import type { LearningView } from "./path-documents";
import { CuratorLink } from "./path-list";

/** Paths someone follows, each with how far along they are; on the member's own page, whether it is shown. */
export function LearningList({
  learning,
  own = false,
  headingLevel = 3,
}: {
  learning: readonly LearningView[];
  own?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="path-list plain-list">
      {learning.map((progress) => {
        const share = Math.round(progress.completion * 100);
        return (
          <li key={progress.path.id} className="card path-card">
            <Heading className="path-card__goal">
              <Link to={pathPath(progress.path)}>{progress.path.goal}</Link>
            </Heading>
            <p className="path-card__meta">
              <CuratorLink path={progress.path} />
              {progress.path.community && (
                <>
                  {" · "}
                  <span>{progress.path.community.name}</span>
                </>
              )}
            </p>
            <p className="progress-share">
              <strong>{share} %</strong> done: {progress.doneCount} of {progress.checkpointCount}{" "}
              {progress.checkpointCount === 1 ? "checkpoint" : "checkpoints"}
              {progress.completed && progress.completedAt && (
                <> · completed {localDateOf(progress.completedAt, viewerTimeZone())}</>
              )}
            </p>
            <div className="progress-bar" aria-hidden="true">
              <span className="progress-bar__done" style={{ width: `${share}%` }} />
            </div>
            {/* Every path listed is followed: an unfollowed one leaves the member's learning (and profile). */}
            {own && (
              <p className="muted">{progress.public ? "Shown on your profile" : "Only you see this"}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
