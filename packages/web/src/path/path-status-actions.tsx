import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { CommandFailure } from "../components/command-failure";
import { useCommand } from "../graphql/command";
import { editPathPath } from "./path-address";
import {
  ArchivePathMutation,
  type EditablePath,
  PublishPathMutation,
  UnpublishPathMutation,
} from "./path-editor-documents";
import type { PathNotice } from "./path-notice";
import { pathRefusalWords } from "./path-rejections";

/**
 * A published path's way out of public view and back (unpublish, publish again), and its retirement for
 * good (archive), which asks first: an archived path changes no more.
 */
export function PathStatusActions({ path }: { path: EditablePath }) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const options = { words: pathRefusalWords };
  const unpublishing = useCommand(UnpublishPathMutation, options);
  const publishing = useCommand(PublishPathMutation, options);
  const archiving = useCommand(ArchivePathMutation, options);
  const commands = [unpublishing, publishing, archiving];
  const busy = commands.some((command) => command.fetching);
  const context = { additionalTypenames: ["Path", "QueryPathsConnection"] };

  /**
   * What went through is said above the editor, in a notice that takes the focus: the button pressed is
   * gone with the status it changed.
   */
  const after = (outcome: { __typename: string; slug?: string } | null, notice: PathNotice) => {
    if (outcome?.__typename !== "Path") return;
    navigate(editPathPath({ slug: outcome.slug ?? path.slug }), {
      replace: true,
      state: { pathNotice: notice },
    });
  };
  const variables = () => ({ pathId: path.id, idempotencyKey: crypto.randomUUID() });

  if (path.status === "ARCHIVED") return null;
  return (
    <section className="card form" aria-labelledby="path-status-heading">
      <h2 id="path-status-heading">Status</h2>
      <CommandFailure title="The path was not changed" commands={commands} />
      <p className="muted">
        {path.status === "PUBLISHED"
          ? "Published: everyone may read and follow it. Unpublishing takes it out of view; its learners keep their progress."
          : path.status === "UNPUBLISHED"
            ? `Unpublished: only who may edit it sees it. Publishing it again shows revision ${path.revision}.`
            : "A draft, never published. A draft you no longer want may be archived."}
      </p>
      <div className="button-row">
        {path.status === "DRAFT" ? null : path.status === "PUBLISHED" ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={async () => after(await unpublishing.run(variables(), context), { kind: "unpublished" })}
          >
            Unpublish
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={async () =>
              after(await publishing.run(variables(), context), {
                kind: "published",
                revision: path.revision,
              })
            }
          >
            Publish again
          </button>
        )}
        {!confirming && (
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            Archive…
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmArchive
          goal={path.goal}
          busy={busy}
          onArchive={async () => after(await archiving.run(variables(), context), { kind: "archived" })}
          onKeep={() => setConfirming(false)}
        />
      )}
    </section>
  );
}

function ConfirmArchive({
  goal,
  busy,
  onArchive,
  onKeep,
}: {
  goal: string;
  busy: boolean;
  onArchive(): void;
  onKeep(): void;
}) {
  const title = useRef<HTMLParagraphElement>(null);
  // The button that opened this step is gone: keyboard and screen reader users land on the question.
  useEffect(() => title.current?.focus(), []);
  return (
    <section className="card danger-zone confirm-step" aria-labelledby="confirm-archive-heading">
      <p className="confirm-step__title" id="confirm-archive-heading" ref={title} tabIndex={-1}>
        Archive “{goal}”?
      </p>
      <p>
        It stays readable at its address for whoever could read it, but leaves every list and changes no more:
        no edit, no publish, no fork. This cannot be undone.
      </p>
      <div className="button-row">
        <button type="button" className="button button--danger" disabled={busy} onClick={onArchive}>
          Archive the path
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onKeep}>
          Keep it
        </button>
      </div>
    </section>
  );
}
