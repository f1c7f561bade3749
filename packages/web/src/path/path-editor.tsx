import { type FormEvent, useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { CommandFailure } from "../components/command-failure";
import { ErrorSummary, type FieldErrors, FormField } from "../components/form-field";
import { MarkdownField } from "../components/markdown-field";
import { useCommand } from "../graphql/command";
import { type PathDraft, pathDraftOf, pathInputOf } from "./checkpoint-draft";
import { CheckpointList, checkpointControlId, checkpointErrorKey } from "./checkpoint-list";
import { editPathPath } from "./path-address";
import { missingParts } from "./path-draft-checks";
import {
  DraftPathMutation,
  type EditablePath,
  EditPathMutation,
  PublishPathMutation,
} from "./path-editor-documents";
import type { PathNotice } from "./path-notice";
import { pathIssueErrors, pathRefusalWords, resourceNotFoundError } from "./path-rejections";
import "../styles/path-editor.css";

const changeNoteLimit = 300;

/** A community the curator belongs to: a new path may belong to it, and its talks and meetups be picked. */
export interface CuratorCommunity {
  id: string;
  name: string;
}

/** The labels the error summary links by, for the path's own fields. */
const fieldLabels: Record<string, string> = {
  goal: "Goal",
  description: "Description",
  tags: "Tags",
  communityId: "Community",
  changeNote: "What changed",
  checkpoints: "Checkpoints",
};

const fieldIds: Record<string, string> = {
  goal: "path-goal",
  description: "path-description",
  tags: "path-tags",
  communityId: "path-community",
  changeNote: "path-change-note",
  checkpoints: "path-checkpoints",
};

const partLabels: Record<string, string> = {
  task: "task",
  url: "address",
  title: "title",
  resource: "talk or meetup",
};

/**
 * The API keys a checkpoint's issues by its position (`checkpoints.2.url`); the editor keys them by the
 * row (see checkpointErrorKey), so that they stay with their checkpoint when it moves.
 */
function byRow(errors: FieldErrors, draft: PathDraft): FieldErrors {
  const keyed: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const [name, position, part] = field.split(".");
    const checkpoint = name === "checkpoints" && position ? draft.checkpoints[Number(position)] : undefined;
    keyed[checkpoint ? checkpointErrorKey(checkpoint, part) : field] = message;
  }
  return keyed;
}

/**
 * A path's content, as its curator (or an organiser of its community) writes it: the goal, description,
 * tags, the community of a new path, and the checkpoints. A draft is saved and published; once published,
 * each save is the next revision, with a note on what changed. Refusals land on their fields.
 */
export function PathEditor({
  path,
  communities,
  communityId = "",
}: {
  /** The path to edit; none for a new one. */
  path?: EditablePath;
  /** The community a new path starts in (the console's "New path" of a community). */
  communityId?: string;
  /** The communities the curator belongs to. */
  communities: readonly CuratorCommunity[];
}) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<PathDraft>(() =>
    pathDraftOf(path, communities.some((mine) => mine.id === communityId) ? communityId : ""),
  );
  const [initial] = useState(() => JSON.stringify(pathInputOf(pathDraftOf(path), { withCommunity: true })));
  const [changeNote, setChangeNote] = useState("");
  const [searchCommunityId, setSearchCommunityId] = useState(communities[0]?.id ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const summary = useRef<HTMLDivElement>(null);
  const idempotencyKey = useRef(crypto.randomUUID());

  /** Never published: saves change the draft. Published once: each save is a revision with a note. */
  const revises = path !== undefined && path.revision > 0;
  const onRejection = {
    onInvalidPath: (invalid: { issues: readonly { path: readonly string[]; message: string }[] }) =>
      setErrors(byRow(pathIssueErrors(invalid.issues), draft)),
    onResourceNotFound: (notFound: { checkpointPosition: number }) =>
      setErrors(byRow(resourceNotFoundError(draft, notFound.checkpointPosition), draft)),
    words: pathRefusalWords,
  };
  const drafting = useCommand(DraftPathMutation, onRejection);
  const editing = useCommand(EditPathMutation, onRejection);
  // Why a publish was refused, as the notice on the saved path's editor tells it.
  const publishRefusal = useRef<string | null>(null);
  const publishing = useCommand(PublishPathMutation, {
    words: (refusal) => {
      publishRefusal.current = pathRefusalWords(refusal);
      return publishRefusal.current;
    },
  });
  const commands = [drafting, editing, publishing];
  const busy = commands.some((command) => command.fetching);
  const rejection = commands.find((command) => command.rejection !== null)?.rejection;

  const errorCount = Object.keys(errors).length + (rejection ? 1 : 0);
  useEffect(() => {
    if (errorCount > 0) summary.current?.focus();
  }, [errorCount]);

  const change = (next: PathDraft) => {
    idempotencyKey.current = crypto.randomUUID();
    setDraft(next);
  };
  const set = <Field extends keyof PathDraft>(field: Field, value: PathDraft[Field]) =>
    change({ ...draft, [field]: value });

  const pathCommunity = path ? path.community : communities.find((mine) => mine.id === draft.communityId);
  const searchCommunity =
    pathCommunity ?? communities.find((mine) => mine.id === searchCommunityId) ?? communities[0] ?? null;

  const save = async (publish: boolean) => {
    for (const command of commands) command.clear();
    const missing = missingParts(draft, { needed: revises, text: changeNote });
    setErrors(byRow(missing, draft));
    if (Object.keys(missing).length > 0) return;

    const input = pathInputOf(draft, { withCommunity: !path });
    const changed = JSON.stringify(pathInputOf(draft, { withCommunity: true })) !== initial;
    // Every list of paths (the console's, the curator's own) is read again wherever it was shown.
    const context = { additionalTypenames: ["Path", "QueryPathsConnection"] };
    let saved: EditablePath | undefined = path;
    if (!path) {
      const outcome = await drafting.run({ input, idempotencyKey: idempotencyKey.current }, context);
      if (outcome?.__typename !== "Path") return;
      saved = outcome;
    } else if (changed || revises) {
      const outcome = await editing.run(
        {
          pathId: path.id,
          input,
          ...(revises ? { changeNote: changeNote.trim() } : {}),
          idempotencyKey: idempotencyKey.current,
        },
        context,
      );
      if (outcome?.__typename !== "Path") return;
      saved = outcome;
    }
    if (!saved) return;
    idempotencyKey.current = crypto.randomUUID();

    let notice: PathNotice = revises
      ? saved.status === "PUBLISHED"
        ? { kind: "revised", revision: saved.revision }
        : { kind: "revised-unpublished", revision: saved.revision }
      : { kind: "draft-saved", community: saved.community?.name ?? null };
    if (publish) {
      publishRefusal.current = null;
      const published = await publishing.run(
        { pathId: saved.id, idempotencyKey: crypto.randomUUID() },
        context,
      );
      // A refused publish leaves the draft saved: the notice on its editor says both.
      notice =
        published?.__typename === "Path"
          ? { kind: "published", revision: published.revision }
          : {
              kind: "publish-failed",
              reason: publishRefusal.current ?? "The request failed: try publishing again.",
            };
    }
    navigate(editPathPath(saved), { replace: path !== undefined, state: { pathNotice: notice } });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  const labels: Record<string, string> = { ...fieldLabels };
  const ids: Record<string, string> = { ...fieldIds };
  draft.checkpoints.forEach((checkpoint, index) => {
    labels[checkpointErrorKey(checkpoint)] = `Checkpoint ${index + 1}`;
    ids[checkpointErrorKey(checkpoint)] = checkpointControlId(checkpoint);
    for (const [part, words] of Object.entries(partLabels)) {
      labels[checkpointErrorKey(checkpoint, part)] = `Checkpoint ${index + 1}, its ${words}`;
      ids[checkpointErrorKey(checkpoint, part)] = checkpointControlId(checkpoint, part);
    }
  });

  const title = path ? "The path was not saved" : "The path was not drafted";
  const next = (path?.revision ?? 0) + 1;
  return (
    <form
      className="form path-editor"
      onSubmit={submit}
      noValidate
      aria-label={path ? "Edit the path" : "A new path"}
    >
      <ErrorSummary
        title={title}
        errors={errors}
        labels={labels}
        idOf={(field) => ids[field] ?? field}
        summaryRef={summary}
      />
      <CommandFailure title={title} commands={commands} />

      <section className="card form" aria-labelledby="path-about">
        <h2 id="path-about">The path</h2>
        <FormField
          id="path-goal"
          label="Goal"
          hint="What a learner reaches by following it, 5 to 80 characters, such as “Deploy a first Lambda function”."
          error={errors.goal}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              maxLength={80}
              value={draft.goal}
              onChange={(event) => set("goal", event.target.value)}
            />
          )}
        </FormField>
        <MarkdownField
          id="path-description"
          label="Description"
          purpose="Who the path is for and what it covers."
          maximumLength={5_000}
          value={draft.description}
          error={errors.description}
          onChange={(description) => set("description", description)}
        />
        <FormField
          id="path-tags"
          label="Tags"
          hint="Up to 5, separated by commas, such as serverless, aws."
          error={errors.tags}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              autoCapitalize="none"
              value={draft.tags}
              onChange={(event) => set("tags", event.target.value)}
            />
          )}
        </FormField>
        {path ? (
          <p className="muted">
            {path.community
              ? `A path of ${path.community.name}: its organisers may edit it too.`
              : "A path of your own: only you edit it."}
          </p>
        ) : (
          <FormField
            id="path-community"
            label="Community"
            hint="A path of a community may be edited by its organisers too, and lists with its paths. It is chosen once."
            error={errors.communityId}
          >
            {(control) => (
              <select
                {...control}
                className="input"
                value={draft.communityId}
                onChange={(event) => set("communityId", event.target.value)}
              >
                <option value="">None: a path of my own</option>
                {communities.map((community) => (
                  <option key={community.id} value={community.id}>
                    {community.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </section>

      {!pathCommunity && communities.length > 1 && (
        <section className="card form" aria-labelledby="path-search-heading">
          <h2 id="path-search-heading">Talks and meetups from</h2>
          <FormField
            id="path-search-community"
            label="Community to pick talks and meetups from"
            hint="A path of your own may have the talks and meetups of any community you belong to."
          >
            {(control) => (
              <select
                {...control}
                className="input"
                value={searchCommunity?.id ?? ""}
                onChange={(event) => setSearchCommunityId(event.target.value)}
              >
                {communities.map((community) => (
                  <option key={community.id} value={community.id}>
                    {community.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </section>
      )}

      <CheckpointList
        checkpoints={draft.checkpoints}
        onChange={(checkpoints) => set("checkpoints", checkpoints)}
        errors={errors}
        searchCommunity={searchCommunity}
        disabled={busy}
      />

      <section className="card form" aria-labelledby="path-save">
        <h2 id="path-save">{revises ? `Revision ${next}` : "Save"}</h2>
        {revises ? (
          <>
            <p className="muted">
              {path?.status === "PUBLISHED"
                ? `Readers see revision ${path.revision} now. Saving makes revision ${next}, and readers see it at once, with your note.`
                : `The path is unpublished. Saving makes revision ${next}; readers see it once you publish the path again.`}
            </p>
            <FormField
              id="path-change-note"
              label="What changed"
              hint={`For readers and learners, up to ${changeNoteLimit} characters; ${Math.max(0, changeNoteLimit - changeNote.length)} left.`}
              error={errors.changeNote}
            >
              {(control) => (
                <textarea
                  {...control}
                  className="input"
                  rows={3}
                  maxLength={changeNoteLimit}
                  value={changeNote}
                  onChange={(event) => {
                    idempotencyKey.current = crypto.randomUUID();
                    setChangeNote(event.target.value);
                  }}
                />
              )}
            </FormField>
            <div className="button-row">
              <button type="submit" className="button" disabled={busy}>
                Save revision {next}
              </button>
            </div>
          </>
        ) : (
          <>
            <p className="muted">
              {draft.communityId || path?.community
                ? "A draft is seen by you and the community's organisers only. Publishing makes it revision 1, public to everyone."
                : "A draft is seen by you only. Publishing makes it revision 1, public to everyone."}
            </p>
            <div className="button-row">
              <button type="button" className="button" disabled={busy} onClick={() => void save(true)}>
                Publish
              </button>
              <button type="submit" className="button button--secondary" disabled={busy}>
                Save draft
              </button>
            </div>
          </>
        )}
      </section>
    </form>
  );
}
