import { Link } from "react-router";
import { Notice } from "../components/notice";
import { pathPath } from "./path-address";

/** What the editor says after a command went through, carried in the navigation to the path's editor. */
export type PathNotice =
  | { kind: "draft-saved"; community: string | null }
  | { kind: "published"; revision: number }
  | { kind: "publish-failed"; reason: string }
  | { kind: "revised"; revision: number }
  | { kind: "revised-unpublished"; revision: number }
  | { kind: "unpublished" }
  | { kind: "archived" };
/** The notice a navigation carried, if it carried one. */
export function pathNoticeOf(state: unknown): PathNotice | null {
  const notice = (state as { pathNotice?: PathNotice } | null)?.pathNotice;
  return notice && typeof notice.kind === "string" ? notice : null;
}

/**
 * The notice above the editor: what just happened to the path, and where to see it. The button pressed
 * is gone (Publish, Unpublish, a save that made the editor afresh): the notice takes the focus, so that a
 * keyboard user goes on from here and a screen reader says how it went.
 */
export function PathNoticeBanner({ notice, path }: { notice: PathNotice; path: { slug: string } }) {
  const page = <Link to={pathPath(path)}>See its page</Link>;
  switch (notice.kind) {
    case "draft-saved":
      return (
        <Notice takesFocus tone="success" title="Your draft is saved">
          <p>
            {notice.community
              ? `Only you and the organisers of ${notice.community} see it until it is published.`
              : "Only you see it until you publish it."}
          </p>
        </Notice>
      );
    case "published":
      return (
        <Notice takesFocus tone="success" title={`The path is published: revision ${notice.revision}`}>
          <p>Everyone may read and follow it now. {page}.</p>
        </Notice>
      );
    case "publish-failed":
      return (
        <Notice takesFocus tone="warning" title="Your draft is saved, but it is not published">
          <p>{notice.reason}</p>
        </Notice>
      );
    case "revised":
      return (
        <Notice takesFocus tone="success" title={`Revision ${notice.revision} is published`}>
          <p>Readers see it now, with your note on what changed. {page}.</p>
        </Notice>
      );
    case "revised-unpublished":
      return (
        <Notice takesFocus tone="success" title={`Revision ${notice.revision} is saved`}>
          <p>Readers see it once you publish the path again.</p>
        </Notice>
      );
    case "archived":
      return <ArchivedNotice takesFocus />;
    case "unpublished":
      return (
        <Notice takesFocus tone="success" title="The path is unpublished">
          <p>
            Only who may edit it sees it now. Its learners keep their progress; publish it again at any time.
          </p>
        </Notice>
      );
  }
}

/** An archived path's editor says so, to whoever may still read it. */
export function ArchivedNotice({ takesFocus = false }: { takesFocus?: boolean }) {
  return (
    <Notice tone="info" title="This path is archived" takesFocus={takesFocus}>
      <p>It stays readable at its address and changes no more: no edit, no publish, no fork.</p>
    </Notice>
  );
}
