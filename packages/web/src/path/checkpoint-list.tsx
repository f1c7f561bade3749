import { type DragEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { positionAfterKey } from "../agenda/slot-order";
import { type FieldErrors, FormField } from "../components/form-field";
import {
  type CheckpointDraft,
  checkpointMoveAnnouncement,
  checkpointName,
  emptyCheckpoint,
  moved,
} from "./checkpoint-draft";
import { ResourcePicker } from "./resource-picker";

/** The most checkpoints a path has. */
export const checkpointLimit = 30;

/** The key of a checkpoint field's error in the editor: by the row's own key, so it follows the row. */
export const checkpointErrorKey = (checkpoint: CheckpointDraft, part?: string) =>
  part ? `checkpoint.${checkpoint.key}.${part}` : `checkpoint.${checkpoint.key}`;

/** The id of a checkpoint's control (its row, for the row as a whole). */
export const checkpointControlId = (checkpoint: CheckpointDraft, part?: string) =>
  part ? `checkpoint-${checkpoint.key}-${part}` : `checkpoint-${checkpoint.key}`;

/**
 * The path's checkpoints, in order, each edited in place: its task and its resource (a link, or a talk or
 * meetup picked by search). A checkpoint moves by dragging its handle, by the arrow keys (Home, End) on
 * the handle, or by its buttons; every move and removal is announced, and the moved handle keeps the focus.
 */
export function CheckpointList({
  checkpoints,
  onChange,
  errors,
  searchCommunity,
  disabled,
}: {
  checkpoints: CheckpointDraft[];
  onChange(checkpoints: CheckpointDraft[]): void;
  errors: FieldErrors;
  /** Where talks and meetups are searched: the path's community, or the one the curator chose. */
  searchCommunity: { id: string; name: string } | null;
  disabled: boolean;
}) {
  const [announcement, setAnnouncement] = useState("");
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  const [focus, setFocus] = useState<{ element: string } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // A moved row is laid anew in its place, an added one is new: the focus goes where the person works on.
    if (focus === null) return;
    const element = focus.element === "add" ? addButton.current : document.getElementById(focus.element);
    element?.focus();
    setFocus(null);
  }, [focus]);

  const count = checkpoints.length;
  const moveTo = (from: number, to: number) => {
    const checkpoint = checkpoints[from];
    if (!checkpoint || to < 0 || to >= count || to === from) return;
    onChange(moved(checkpoints, from, to));
    setAnnouncement(checkpointMoveAnnouncement(checkpointName(checkpoint, from), to, count));
    setFocus({ element: checkpointControlId(checkpoint, "handle") });
  };

  const remove = (index: number) => {
    const checkpoint = checkpoints[index];
    if (!checkpoint) return;
    onChange(checkpoints.filter((_, position) => position !== index));
    setAnnouncement(`${checkpointName(checkpoint, index)} is removed.`);
    // The next row's task, else the previous row's, else the button that adds one.
    const next = checkpoints[index + 1] ?? checkpoints[index - 1];
    setFocus({ element: next ? checkpointControlId(next, "task") : "add" });
  };

  const add = () => {
    const checkpoint = emptyCheckpoint();
    onChange([...checkpoints, checkpoint]);
    setAnnouncement(`Checkpoint ${count + 1} is added.`);
    setFocus({ element: checkpointControlId(checkpoint, "task") });
  };

  const onHandleKey = (event: KeyboardEvent, index: number) => {
    const position = positionAfterKey(event.key, index, count);
    if (position === null) return;
    event.preventDefault();
    moveTo(index, position);
  };

  const onDragStart = (event: DragEvent, checkpoint: CheckpointDraft) => {
    setDragged(checkpoint.key);
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", checkpoint.key);
    const row = (event.currentTarget as HTMLElement).closest("li");
    if (row) event.dataTransfer.setDragImage(row, 16, 16);
  };

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const key = dragged ?? event.dataTransfer.getData("text/plain");
    setDragged(null);
    setDropTarget(null);
    const from = checkpoints.findIndex((checkpoint) => checkpoint.key === key);
    if (from >= 0) moveTo(from, index);
  };

  const set = (index: number, checkpoint: CheckpointDraft) =>
    onChange(checkpoints.map((current, position) => (position === index ? checkpoint : current)));

  return (
    <section className="card" aria-labelledby="path-checkpoints">
      <h2 id="path-checkpoints" tabIndex={-1}>
        Checkpoints
      </h2>
      <p className="muted" id="checkpoints-help">
        Each checkpoint is a task with one resource: a page on the web, or a talk or meetup. Change the order
        by dragging a checkpoint by its handle, with its arrow buttons, or with the up and down arrow keys on
        its handle.
      </p>
      {errors.checkpoints && (
        <p className="field__error" id="path-checkpoints-error">
          {errors.checkpoints}
        </p>
      )}
      {count > 0 && (
        <ol className="checkpoint-list" aria-label="Checkpoints, in order">
          {checkpoints.map((checkpoint, index) => (
            <li
              key={checkpoint.key}
              id={checkpointControlId(checkpoint)}
              tabIndex={-1}
              className={[
                "checkpoint-row",
                dragged === checkpoint.key ? "checkpoint-row--dragging" : "",
                dropTarget === index && dragged !== checkpoint.key ? "checkpoint-row--drop-target" : "",
              ]
                .filter(Boolean)
                .join(" ")}
              onDragOver={(event) => {
                if (dragged === null) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = "move";
                setDropTarget(index);
              }}
              onDragLeave={() => setDropTarget((target) => (target === index ? null : target))}
              onDrop={(event) => onDrop(event, index)}
            >
              <CheckpointRow
                checkpoint={checkpoint}
                index={index}
                count={count}
                errors={errors}
                searchCommunity={searchCommunity}
                disabled={disabled}
                onChange={(changed) => set(index, changed)}
                onMove={(to) => moveTo(index, to)}
                onRemove={() => remove(index)}
                onHandleKey={(event) => onHandleKey(event, index)}
                onDragStart={(event) => onDragStart(event, checkpoint)}
                onDragEnd={() => {
                  setDragged(null);
                  setDropTarget(null);
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="button-row">
        <button
          ref={addButton}
          type="button"
          className="button button--secondary"
          disabled={disabled || count >= checkpointLimit}
          onClick={add}
        >
          Add a checkpoint
        </button>
        {count >= checkpointLimit && (
          <span className="muted">A path has at most {checkpointLimit} checkpoints.</span>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </section>
  );
}

function CheckpointRow({
  checkpoint,
  index,
  count,
  errors,
  searchCommunity,
  disabled,
  onChange,
  onMove,
  onRemove,
  onHandleKey,
  onDragStart,
  onDragEnd,
}: {
  checkpoint: CheckpointDraft;
  index: number;
  count: number;
  errors: FieldErrors;
  searchCommunity: { id: string; name: string } | null;
  disabled: boolean;
  onChange(checkpoint: CheckpointDraft): void;
  onMove(to: number): void;
  onRemove(): void;
  onHandleKey(event: KeyboardEvent): void;
  onDragStart(event: DragEvent): void;
  onDragEnd(): void;
}) {
  const name = checkpointName(checkpoint, index);
  const idOf = (part: string) => checkpointControlId(checkpoint, part);
  const errorOf = (part: string) => errors[checkpointErrorKey(checkpoint, part)];
  const headingId = idOf("heading");
  const rowError = errors[checkpointErrorKey(checkpoint)];
  const set = <Field extends keyof CheckpointDraft>(field: Field, value: CheckpointDraft[Field]) =>
    onChange({ ...checkpoint, [field]: value });

  return (
    <>
      <div className="checkpoint-row__bar">
        {count > 1 && (
          <button
            type="button"
            id={idOf("handle")}
            className="checkpoint-row__handle"
            draggable={!disabled}
            disabled={disabled}
            aria-label={`Reorder ${name}, position ${index + 1} of ${count}`}
            aria-describedby="checkpoints-help"
            onKeyDown={onHandleKey}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <h3 id={headingId} className="checkpoint-row__heading">
          Checkpoint {index + 1}
        </h3>
        <span className="checkpoint-row__actions">
          {count > 1 && (
            <>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={disabled || index === 0}
                onClick={() => onMove(index - 1)}
              >
                <span aria-hidden="true">↑</span>
                <span className="checkpoint-row__action-words">Move up</span>
                <span className="visually-hidden"> {name}</span>
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={disabled || index === count - 1}
                onClick={() => onMove(index + 1)}
              >
                <span aria-hidden="true">↓</span>
                <span className="checkpoint-row__action-words">Move down</span>
                <span className="visually-hidden"> {name}</span>
              </button>
            </>
          )}
          <button
            type="button"
            className="button button--quiet button--small"
            disabled={disabled}
            onClick={onRemove}
          >
            Remove<span className="visually-hidden"> {name}</span>
          </button>
        </span>
      </div>
      {rowError && <p className="field__error">{rowError}</p>}
      <fieldset className="checkpoint-row__fields" aria-labelledby={headingId}>
        <FormField
          id={idOf("task")}
          label="Task"
          hint="What the learner does, up to 200 characters."
          error={errorOf("task")}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              maxLength={200}
              value={checkpoint.task}
              onChange={(event) => set("task", event.target.value)}
            />
          )}
        </FormField>
        <fieldset className="field-group checkpoint-row__source">
          <legend>Its resource</legend>
          <label className="choice">
            <input
              type="radio"
              name={idOf("source")}
              checked={checkpoint.source === "link"}
              onChange={() => set("source", "link")}
            />
            A page on the web
          </label>
          <label className="choice">
            <input
              type="radio"
              name={idOf("source")}
              checked={checkpoint.source === "community"}
              disabled={!searchCommunity && !checkpoint.picked}
              onChange={() => set("source", "community")}
            />
            A talk or a meetup
          </label>
          {!searchCommunity && (
            <p className="field__hint">Talks and meetups come from a community you belong to.</p>
          )}
        </fieldset>
        {checkpoint.source === "link" ? (
          <div className="checkpoint-row__link">
            <FormField id={idOf("url")} label="Address" hint="An https address." error={errorOf("url")}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="url"
                  inputMode="url"
                  autoCapitalize="none"
                  spellCheck={false}
                  maxLength={2000}
                  placeholder="https://"
                  value={checkpoint.url}
                  onChange={(event) => set("url", event.target.value)}
                />
              )}
            </FormField>
            <FormField id={idOf("title")} label="Title" hint="Up to 120 characters." error={errorOf("title")}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  maxLength={120}
                  value={checkpoint.title}
                  onChange={(event) => set("title", event.target.value)}
                />
              )}
            </FormField>
          </div>
        ) : searchCommunity ? (
          <ResourcePicker
            id={idOf("resource")}
            community={searchCommunity}
            picked={checkpoint.picked}
            error={errorOf("resource")}
            onPick={(picked) => onChange({ ...checkpoint, picked })}
          />
        ) : (
          <p className="muted">
            {errorOf("resource") ??
              "Pick the talks and meetups of a community you belong to: join one first."}
          </p>
        )}
      </fieldset>
    </>
  );
}
