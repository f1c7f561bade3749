import { Link, Navigate, useLocation, useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/empty-state";
import { useOneTimeState } from "../components/one-time-notice";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork, RefetchOnRefusal } from "../graphql/command";
import { useCurrentMember } from "../member/current-member";
import type { CurrentMember } from "../member/member-documents";
import { editPathPath, pathPath } from "../path/path-address";
import { type CuratorCommunity, PathEditor } from "../path/path-editor";
import { type EditablePath, PathToEditQuery } from "../path/path-editor-documents";
import { ArchivedNotice, PathNoticeBanner, pathNoticeOf } from "../path/path-notice";
import { PathStatusActions } from "../path/path-status-actions";
import { learnerWords, pathStateWords } from "../path/path-status-words";
import { NotFoundPage } from "./not-found-page";

/** The communities a member belongs to (a request to join is no membership): where a path may belong. */
function communitiesOf(me: CurrentMember | null): CuratorCommunity[] {
  return (me?.communities ?? [])
    .filter((mine) => mine.role !== "PENDING")
    .map((mine) => ({ id: mine.community.id, name: mine.community.name }));
}

/** Any member drafts a path: of their own, or of a community they belong to. */
export function NewPathPage() {
  const { me, retry, result } = useCurrentMember();
  const [search] = useSearchParams();
  return (
    <Page
      title="New learning path"
      lead="A goal, and a short ordered list of checkpoints that reach it: each a task with a page, a talk or a meetup."
    >
      <QueryState
        result={result}
        loading="Loading your communities…"
        failed="Your communities could not be loaded"
        onRetry={retry}
      >
        {() => <PathEditor communities={communitiesOf(me)} communityId={search.get("community") ?? ""} />}
      </QueryState>
    </Page>
  );
}

/**
 * A path's editor, for its curator and the organisers of its community: its content, then its
 * publication. A former slug leads to the current one. An archived path no one edits (the API says
 * `viewerCanEdit` false): its editor says it is archived, to whoever may still read it.
 */
export function EditPathPage() {
  const slug = useParams().slug ?? "";
  const location = useLocation();
  const { me, result: memberResult } = useCurrentMember();
  const [result, reexecute] = useQuery({
    query: PathToEditQuery,
    variables: { slug },
    requestPolicy: "cache-and-network",
  });
  const refresh = fromNetwork(reexecute);
  // Said once: a reload, or the entry opened again, does not bring it back.
  const { notice, arrival } = useOneTimeState(pathNoticeOf);
  return (
    <QueryState
      result={result}
      of={(data) => data.path}
      loading="Loading the path…"
      failed="The path could not be loaded"
      onRetry={refresh}
      frame={(state) => <Page title="Edit the path">{state}</Page>}
      empty={
        <NotFoundPage>
          There is no path at this address that you may edit. A new one starts at{" "}
          <Link to="/paths/new">New path</Link>.
        </NotFoundPage>
      }
    >
      {(path) =>
        path.slug !== slug ? (
          <Navigate to={editPathPath(path)} replace state={location.state} />
        ) : !path.viewerCanEdit && path.status !== "ARCHIVED" ? (
          // The path is there, only not theirs to edit: say so, rather than that nothing lives here.
          <Page title={`Edit “${path.goal}”`} eyebrow="Learning path">
            <EmptyState
              icon="lock"
              title="Only its curator and its community's organisers edit this path"
              action={
                path.status !== "DRAFT" ? (
                  <Link to={pathPath(path)} className="button">
                    Read the path
                  </Link>
                ) : (
                  <Link to="/paths" className="button">
                    Browse the paths
                  </Link>
                )
              }
            >
              {path.status === "PUBLISHED"
                ? "To make a version of your own, fork it from its page: the fork is yours to change."
                : "It is not yours to change."}
            </EmptyState>
          </Page>
        ) : (
          <RefetchOnRefusal refetch={refresh}>
            <Page
              title={`Edit “${path.goal}”`}
              eyebrow={path.community ? `${path.community.name} · learning path` : "Learning path"}
              lead={`${pathStateWords(path)} · ${learnerWords(path.learnerCount)}`}
              actions={
                path.status !== "DRAFT" && (
                  <Link to={pathPath(path)} className="button button--secondary">
                    View its page
                  </Link>
                )
              }
            >
              {/* Anew for each notice, so that the next action's notice takes the focus too. */}
              {notice && <PathNoticeBanner key={arrival} notice={notice} path={path} />}
              {memberResult.fetching ? null : (
                <EditorOf
                  path={path}
                  communities={communitiesOf(me)}
                  archivedJustNow={notice?.kind === "archived"}
                />
              )}
            </Page>
          </RefetchOnRefusal>
        )
      }
    </QueryState>
  );
}

function EditorOf({
  path,
  communities,
  archivedJustNow,
}: {
  path: EditablePath;
  communities: CuratorCommunity[];
  /** The notice above already says it is archived. */
  archivedJustNow: boolean;
}) {
  if (path.status === "ARCHIVED") return archivedJustNow ? null : <ArchivedNotice />;
  return (
    <div className="stack">
      {/* A saved path starts the editor afresh from what the API now holds (new checkpoints have their ids). */}
      <PathEditor key={`${path.id}-${path.updatedAt}-${path.status}`} path={path} communities={communities} />
      <PathStatusActions key={`status-${path.status}`} path={path} />
    </div>
  );
}
