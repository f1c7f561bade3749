import { localDateOf, localTimeOf } from "@meetstream/core/clock/local-time";
import { useEffect, useRef, useState } from "react";
import { Link, Navigate, useLocation, useNavigate, useParams } from "react-router";
import { useQuery } from "urql";
import { useSession } from "../auth/session";
import { CommandFailure } from "../components/command-failure";
import { Markdown } from "../components/markdown";
import { Notice } from "../components/notice";
import { useOneTimeNotice } from "../components/one-time-notice";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork, RefetchOnRefusal, useCommand } from "../graphql/command";
import { viewerTimeZone } from "../meetup/time-zones";
import { CheckpointResource } from "../path/checkpoint-resource";
import { useCheckpointTicks } from "../path/checkpoint-ticks";
import { LocalInstant } from "../path/local-instant";
import { editPathPath, myLearningPath, pathPath } from "../path/path-address";
import {
  FollowPathMutation,
  ForkPathMutation,
  type PathPagePath,
  PathPageQuery,
  type RevisionView,
  SetProgressVisibilityMutation,
  UnfollowPathMutation,
} from "../path/path-documents";
import { CuratorLink } from "../path/path-list";
import { pathRefusal } from "../path/path-refusal-words";
import { pathsWith } from "../path/paths-filter";
import { revisionChangeWords, revisionName } from "../path/revision-words";
import { NotFoundPage } from "./not-found-page";

export function PathPage() {
  const slug = useParams().slug ?? "";
  // One page per address: going from one path to another (a fork's, say) starts afresh, rather than
  // showing the path before while the next loads, whose slug would then read as a former one.
  return <PathAt key={slug} slug={slug} />;
}

function PathAt({ slug }: { slug: string }) {
  const location = useLocation();
  const [result, reexecute] = useQuery({
    query: PathPageQuery,
    variables: { slug },
    requestPolicy: "cache-and-network",
  });
  return (
    <QueryState
      result={result}
      of={(data) => data.path}
      loading="Loading the path…"
      failed="This path could not be loaded"
      onRetry={fromNetwork(reexecute)}
      frame={(state) => <Page title="Learning path">{state}</Page>}
      empty={
        <NotFoundPage>
          There is no learning path at this address. It may be a draft only its curator sees, it may have been
          unpublished, or the address may be mistyped. <Link to="/paths">Browse the paths</Link>.
        </NotFoundPage>
      }
    >
      {(path) =>
        // A former slug (the goal changed since) finds the path: the address moves to its current one,
        // replacing the old in the history so that Back does not bounce here again.
        path.slug !== slug ? (
          <Navigate to={`${pathPath(path)}${location.search}`} replace />
        ) : (
          <RefetchOnRefusal refetch={fromNetwork(reexecute)}>
            <PathDetails path={path} />
          </RefetchOnRefusal>
        )
      }
    </QueryState>
  );
}

/**
 * What a path that is not published is, to who may read it. A draft of no community only its curator
 * reads; one of a community its organisers too, so it is not "you" alone.
 */
function statusNote(path: PathPagePath): string | null {
  switch (path.status) {
    case "DRAFT":
      return path.community
        ? `A draft: only its curator and the organisers of ${path.community.name} see it until it is published.`
        : "A draft: only you see it until you publish it.";
    case "UNPUBLISHED":
      return "Unpublished: learners keep their progress, but nobody else finds it until it is published again.";
    case "ARCHIVED":
      return "Archived: it changes no more and is out of every list, but stays readable here.";
    default:
      return null;
  }
}

function PathDetails({ path }: { path: PathPagePath }) {
  // Said once: a reload of the fork's page no longer says it is ready.
  const forked = useOneTimeNotice<"path-forked">() === "path-forked";
  const ticks = useCheckpointTicks(path);
  const { signedIn } = useSession();
  const mayTick = signedIn && path.status === "PUBLISHED";

  return (
    <Page
      title={path.goal}
      eyebrow={path.community ? `${path.community.name} · learning path` : "Learning path"}
      lead={
        <>
          <CuratorLink path={path} prefix="Curated by " />
          {path.community && (
            <>
              {" for "}
              <Link to={`/communities/${path.community.slug}`}>{path.community.name}</Link>
            </>
          )}
        </>
      }
      actions={<PathActions path={path} />}
    >
      {forked && (
        // The Fork button pressed is on the page left behind: the focus comes to what happened.
        <Notice takesFocus tone="success" title="Your fork is ready">
          It is a draft of yours: change it to suit you, then publish it.
        </Notice>
      )}
      {statusNote(path) && <Notice tone="info">{statusNote(path)}</Notice>}
      <div className="two-columns path-layout">
        <div className="stack">
          {path.descriptionHtml && (
            <section className="card" aria-label="About this path">
              <Markdown html={path.descriptionHtml} />
            </section>
          )}
          <section className="card stack stack--tight" aria-labelledby="checkpoints-heading">
            <h2 id="checkpoints-heading">Checkpoints</h2>
            <CommandFailure
              title={
                ticks.failedTask ? `“${ticks.failedTask}” could not be saved` : "Your tick could not be saved"
              }
              commands={ticks.failedTask ? [ticks.mark] : []}
            />
            <ol className="checkpoint-list plain-list">
              {path.checkpoints.map((checkpoint, index) => {
                const done = ticks.done(checkpoint.id);
                const source = ticks.source(checkpoint.id);
                const taskId = `checkpoint-task-${checkpoint.id}`;
                return (
                  <li
                    key={checkpoint.id}
                    className={`checkpoint${done ? " checkpoint--done" : ""}`}
                    aria-labelledby={taskId}
                  >
                    <span className="checkpoint__number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <div className="checkpoint__body">
                      <p className="checkpoint__task" id={taskId}>
                        <span className="visually-hidden">Checkpoint {index + 1}: </span>
                        {checkpoint.task}
                      </p>
                      <CheckpointResource resource={checkpoint.resource} />
                      {mayTick ? (
                        <label className="choice checkpoint__tick">
                          <input
                            type="checkbox"
                            checked={done}
                            onChange={(event) => ticks.toggle(checkpoint, event.currentTarget.checked)}
                          />
                          {/* One box of words beside the box: flex would break "Done" in two on a phone. */}
                          <span>
                            {done ? "Done" : "Mark as done"}
                            <span className="visually-hidden">: {checkpoint.task}</span>
                            {source === "CHECKED_IN" && (
                              <span className="muted"> · checked in at the door</span>
                            )}
                          </span>
                        </label>
                      ) : (
                        done && <p className="checkpoint__done">Done</p>
                      )}
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
          <Revisions revisions={path.revisions} />
        </div>
        <div className="stack">
          <ProgressPanel path={path} doneCount={ticks.doneCount} />
          <AboutPath path={path} />
          {path.forkedFrom && <ForkOrigin path={path} origin={path.forkedFrom} />}
          <Forks path={path} />
        </div>
      </div>
    </Page>
  );
}

/** Edit for who may; fork for a signed-in member who may; a way to sign in first for a visitor. */
function PathActions({ path }: { path: PathPagePath }) {
  const { signedIn } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const fork = useCommand(ForkPathMutation, { words: pathRefusal });
  const here = encodeURIComponent(location.pathname);
  return (
    <>
      {path.viewerCanEdit && (
        <Link to={editPathPath(path)} className="button button--secondary">
          Edit path
        </Link>
      )}
      {path.viewerCanFork && (
        <button
          type="button"
          className="button"
          disabled={fork.fetching}
          onClick={async () => {
            const forked = await fork.run({ pathId: path.id, idempotencyKey: crypto.randomUUID() });
            if (forked) navigate(pathPath(forked), { state: { notice: "path-forked" } });
          }}
        >
          {fork.fetching ? "Forking…" : "Fork this path"}
        </button>
      )}
      {!signedIn && path.status === "PUBLISHED" && (
        <Link to={`/signin?next=${here}`} className="button button--secondary">
          Sign in to fork or follow
        </Link>
      )}
      {(fork.rejection || fork.error) && (
        <div className="page-header__failure">
          <CommandFailure title="The path could not be forked" commands={[fork]} />
        </div>
      )}
    </>
  );
}

/** The member's share of the path, follow and unfollow, and whether their profile shows it. */
function ProgressPanel({ path, doneCount }: { path: PathPagePath; doneCount: number }) {
  const { signedIn } = useSession();
  const location = useLocation();
  const follow = useCommand(FollowPathMutation, { words: pathRefusal });
  const unfollow = useCommand(UnfollowPathMutation, { words: pathRefusal });
  const visibility = useCommand(SetProgressVisibilityMutation, { words: pathRefusal });
  const progress = path.viewerProgress;
  const following = progress?.following ?? false;
  // The choice shows at once, as a tick does, until the API's progress agrees with it.
  const [shown, setShown] = useState<boolean | null>(null);
  useEffect(() => {
    if (shown !== null && progress?.public === shown) setShown(null);
  }, [shown, progress?.public]);
  // Follow and Unfollow are one button that turns into the other: disabled while the command runs, it
  // drops the focus, which goes back to it once the answer is in (else a keyboard user starts over at the top).
  const followButton = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  const running = follow.fetching || unfollow.fetching;
  useEffect(() => {
    if (!refocus || running) return;
    followButton.current?.focus();
    setRefocus(false);
  }, [refocus, running]);
  const total = path.checkpoints.length;
  const share = total === 0 ? 0 : Math.round((doneCount / total) * 100);

  if (!signedIn) {
    return (
      <section className="card stack stack--tight progress-panel" aria-labelledby="progress-heading">
        <h2 id="progress-heading">Your progress</h2>
        <p>
          <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to follow this
          path and tick off its checkpoints as you go.
        </p>
      </section>
    );
  }
  if (path.status !== "PUBLISHED" && !progress) return null;

  const key = () => ({ pathId: path.id, idempotencyKey: crypto.randomUUID() });
  return (
    <section className="card stack stack--tight progress-panel" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Your progress</h2>
      {progress || doneCount > 0 ? (
        <>
          <p className="progress-share">
            <strong>{share} %</strong> done: {doneCount} of {total}{" "}
            {total === 1 ? "checkpoint" : "checkpoints"}
            {progress?.completed && progress.completedAt && doneCount === total && (
              <> · completed {localDateOf(progress.completedAt, viewerTimeZone())}</>
            )}
          </p>
          <div className="progress-bar" aria-hidden="true">
            <span className="progress-bar__done" style={{ width: `${share}%` }} />
          </div>
        </>
      ) : (
        <p className="muted">Follow it to keep your place, or tick off a checkpoint to start.</p>
      )}
      <CommandFailure title="Your progress could not be changed" commands={[follow, unfollow, visibility]} />
      <div className="button-row">
        {following ? (
          <button
            ref={followButton}
            type="button"
            className="button button--secondary"
            disabled={unfollow.fetching}
            onClick={async () => {
              await unfollow.run(key());
              setRefocus(true);
            }}
          >
            Unfollow
          </button>
        ) : (
          path.status === "PUBLISHED" && (
            <button
              ref={followButton}
              type="button"
              className="button"
              disabled={follow.fetching}
              onClick={async () => {
                await follow.run(key());
                setRefocus(true);
              }}
            >
              Follow this path
            </button>
          )
        )}
        <Link to={myLearningPath}>My learning</Link>
      </div>
      {/* Only a follower's progress shows on their profile: the API refuses the choice to anyone else. */}
      {progress && following && (
        <label className="choice">
          <input
            type="checkbox"
            checked={shown ?? progress.public}
            onChange={async (event) => {
              const next = event.currentTarget.checked;
              setShown(next);
              // Refused or failed: back to what the API holds (the failure is said above).
              if (!(await visibility.run({ ...key(), public: next }))) setShown(null);
            }}
          />
          Show on my profile
        </label>
      )}
    </section>
  );
}

function AboutPath({ path }: { path: PathPagePath }) {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <section className="card stack stack--tight" aria-labelledby="about-path-heading">
      <h2 id="about-path-heading">About this path</h2>
      <dl className="details-list details-list--stacked">
        <dt>Learners</dt>
        <dd>
          {path.learnerCount === 0
            ? "Nobody follows it yet"
            : count(path.learnerCount, "member follows it", "members follow it")}
        </dd>
        <dt>Completed by</dt>
        <dd>
          {path.completionCount === 0 ? "Nobody yet" : count(path.completionCount, "member", "members")}
        </dd>
        <dt>Forks</dt>
        <dd>{path.forkCount === 0 ? "None yet" : count(path.forkCount, "fork", "forks")}</dd>
        {path.publishedAt && (
          <>
            <dt>Published</dt>
            <dd>{localDateOf(path.publishedAt, viewerTimeZone())}</dd>
          </>
        )}
        <dt>Last changed</dt>
        <dd>{localDateOf(path.updatedAt, viewerTimeZone())}</dd>
      </dl>
      {path.tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {path.tags.map((tag) => (
            <li key={tag}>
              <Link className="tag tag--link" to={pathsWith({ tag })}>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where a fork came from, and what its original changed since. */
function ForkOrigin({
  path,
  origin,
}: {
  path: PathPagePath;
  origin: NonNullable<PathPagePath["forkedFrom"]>;
}) {
  const heading = path.viewerCanEdit
    ? "Changed upstream since you forked"
    : "Changed upstream since the fork";
  return (
    <section className="card stack stack--tight fork-origin" aria-labelledby="fork-origin-heading">
      <h2 id="fork-origin-heading">{heading}</h2>
      <p>
        {origin.path ? (
          <>
            Forked from <Link to={pathPath(origin.path)}>{origin.path.goal}</Link> at its revision{" "}
            {origin.revision}.
          </>
        ) : (
          <>Forked from a path that is no longer public (at its revision {origin.revision}).</>
        )}
      </p>
      {origin.changesSince.length === 0 ? (
        origin.path && <p className="muted">The original has not changed since.</p>
      ) : (
        <RevisionList revisions={origin.changesSince} headingLevel={3} />
      )}
    </section>
  );
}

function Forks({ path }: { path: PathPagePath }) {
  const forks = path.forks.edges.map((edge) => edge.node);
  if (forks.length === 0) return null;
  return (
    <section className="card stack stack--tight" aria-labelledby="forks-heading">
      <h2 id="forks-heading">Forks ({path.forkCount})</h2>
      <ul className="plain-list row-list">
        {forks.map((fork) => (
          <li key={fork.id}>
            <Link to={pathPath(fork)}>{fork.goal}</Link> <CuratorLink path={fork} prefix="by " />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Revisions({ revisions }: { revisions: readonly RevisionView[] }) {
  if (revisions.length === 0) return null;
  return (
    <section className="card stack stack--tight" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">Revisions</h2>
      <RevisionList revisions={revisions} headingLevel={3} />
    </section>
  );
}

function RevisionList({ revisions, headingLevel }: { revisions: readonly RevisionView[]; headingLevel: 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="revision-list plain-list">
      {revisions.map((revision) => {
        const changes = revisionChangeWords(revision);
        return (
          <li key={revision.revision} className="revision">
            <Heading className="revision__title">{revisionName(revision.revision)}</Heading>
            <p className="muted">
              <LocalInstant
                instant={revision.publishedAt}
                words={localTimeOf(revision.publishedAt, viewerTimeZone())}
              />
            </p>
            {revision.changeNote && <p>{revision.changeNote}</p>}
            {changes.length > 0 && (
              <ul className="revision__changes">
                {changes.map((words, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two changes may read alike
                  <li key={index}>{words}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
