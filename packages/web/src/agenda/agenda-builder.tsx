import { localTimeOf } from "@meetstream/core/clock/local-time";
import { type DragEvent, type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { FormField } from "../components/form-field";
import { Notice } from "../components/notice";
import { useCommand } from "../graphql/command";
import { talkPath } from "../talk/talk-address";
import {
  type AgendaDraft,
  type AgendaSlot,
  MoveAgendaSlotMutation,
  ReleaseAgendaMutation,
  RemoveAgendaSlotMutation,
} from "./agenda-documents";
import { slotRange } from "./agenda-words";
import { AddSlotForm, type BuilderMeetup, EditSlotForm } from "./slot-form";
import { moveAnnouncement, positionAfterKey } from "./slot-order";
import { agendaRefusalWords } from "./slot-rejections";
import "../styles/agenda.css";

const noteLimit = 500;

/**
 * The draft of a meetup's agenda, for its organisers: the slots in order, each moved by drag, by its
 * handle's arrow keys or by buttons, edited or removed in place; a slot added below; and the release of
 * the draft as the next version, with the versions released so far. A past or cancelled meetup's agenda
 * is shown as it was, with nothing to change.
 */
export function AgendaBuilder({
  meetup,
  draft,
  closed,
  onChange,
}: {
  meetup: BuilderMeetup;
  draft: AgendaDraft;
  /** The meetup is over or cancelled: its agenda stays as it was. */
  closed: boolean;
  onChange(): void;
}) {
  return (
    <div className="stack">
      <DraftSlots meetup={meetup} draft={draft} closed={closed} onChange={onChange} />
      {!closed && <AddSlotForm meetup={meetup} draft={draft} onChange={onChange} />}
      {!closed && <ReleaseForm meetup={meetup} draft={draft} onChange={onChange} />}
      <ReleasedVersions meetup={meetup} draft={draft} closed={closed} />
    </div>
  );
}

function DraftSlots({
  meetup,
  draft,
  closed,
  onChange,
}: {
  meetup: BuilderMeetup;
  draft: AgendaDraft;
  closed: boolean;
  onChange(): void;
}) {
  const [announcement, setAnnouncement] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const move = useCommand(MoveAgendaSlotMutation, { words: agendaRefusalWords, refresh: onChange });
  const remove = useCommand(RemoveAgendaSlotMutation, { words: agendaRefusalWords, refresh: onChange });
  const slots = draft.slots;
  const range = (slot: { startsAt: string; endsAt: string }) =>
    slotRange(slot.startsAt, slot.endsAt, meetup.timeZone, meetup.startsAt);

  useEffect(() => {
    // A moved slot's row is laid anew in its place: its handle keeps the focus, so the next key moves it on.
    if (focusAfterMove === null) return;
    handles.current.get(focusAfterMove)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const moveTo = async (slot: AgendaSlot, position: number) => {
    if (move.fetching) return;
    remove.clear();
    const result = await move.run({
      meetupId: meetup.id,
      slotId: slot.id,
      position,
      idempotencyKey: crypto.randomUUID(),
    });
    if (result?.__typename !== "AgendaDraft") return;
    const index = result.slots.findIndex((candidate) => candidate.id === slot.id);
    const moved = result.slots[index];
    if (moved) setAnnouncement(moveAnnouncement(moved.title, index, result.slots.length, range(moved)));
    setFocusAfterMove(slot.id);
  };

  const onHandleKey = (event: KeyboardEvent, slot: AgendaSlot, index: number) => {
    const position = positionAfterKey(event.key, index, slots.length);
    if (position === null) return;
    event.preventDefault();
    void moveTo(slot, position);
  };

  const onDragStart = (event: DragEvent, slot: AgendaSlot) => {
    setDragged(slot.id);
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", slot.id);
    const row = (event.currentTarget as HTMLElement).closest("li");
    if (row) event.dataTransfer.setDragImage(row, 16, 16);
  };

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const slot = slots.find(
      (candidate) => candidate.id === (dragged ?? event.dataTransfer.getData("text/plain")),
    );
    setDragged(null);
    setDropTarget(null);
    if (slot && slots.indexOf(slot) !== index) void moveTo(slot, index);
  };

  return (
    <section className="card" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{closed ? "The agenda as it was" : "Draft"}</h2>
      {!closed && slots.length > 1 && (
        <p className="muted" id="draft-help">
          Change the order by dragging a slot by its handle, with its arrow buttons, or with the up and down
          arrow keys on its handle. The slots keep their lengths and the gaps between them; the times follow.
        </p>
      )}
      {slots.length === 0 ? (
        <p className="muted">{closed ? "It has no slot." : "No slot yet: add the first one below."}</p>
      ) : (
        <ol className="agenda-draft" aria-label="Slots of the draft, in order">
          {slots.map((slot, index) => (
            <li
              key={slot.id}
              className={[
                "agenda-draft__row",
                dragged === slot.id ? "agenda-draft__row--dragging" : "",
                dropTarget === index && dragged !== slot.id ? "agenda-draft__row--drop-target" : "",
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
              {!closed && slots.length > 1 && (
                <button
                  type="button"
                  className="agenda-draft__handle"
                  draggable
                  aria-label={`Reorder ${slot.title}, position ${index + 1} of ${slots.length}`}
                  aria-describedby="draft-help"
                  ref={(element) => {
                    if (element) handles.current.set(slot.id, element);
                    else handles.current.delete(slot.id);
                  }}
                  onKeyDown={(event) => onHandleKey(event, slot, index)}
                  onDragStart={(event) => onDragStart(event, slot)}
                  onDragEnd={() => {
                    setDragged(null);
                    setDropTarget(null);
                  }}
                >
                  <span aria-hidden="true">⠿</span>
                </button>
              )}
              <span className="agenda-draft__slot">
                <span className="agenda-draft__time">
                  <time dateTime={slot.startsAt}>{range(slot)}</time>{" "}
                  <span className="muted">({slot.minutes} min)</span>
                </span>
                <span className="agenda-draft__title">
                  {slot.talk ? <Link to={talkPath(slot.talk)}>{slot.title}</Link> : slot.title}
                  {slot.kind === "TALK" && (
                    <>
                      {" "}
                      <span className="badge">Talk</span>
                    </>
                  )}
                </span>
              </span>
              {!closed && (
                <span className="agenda-draft__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={index === 0 || move.fetching}
                    onClick={() => moveTo(slot, index - 1)}
                  >
                    <span aria-hidden="true">↑</span>
                    <span className="agenda-draft__action-words">Move up</span>
                    <span className="visually-hidden"> {slot.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={index === slots.length - 1 || move.fetching}
                    onClick={() => moveTo(slot, index + 1)}
                  >
                    <span aria-hidden="true">↓</span>
                    <span className="agenda-draft__action-words">Move down</span>
                    <span className="visually-hidden"> {slot.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-expanded={editing === slot.id}
                    onClick={() => setEditing(editing === slot.id ? null : slot.id)}
                  >
                    Edit<span className="visually-hidden"> {slot.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    disabled={remove.fetching}
                    onClick={async () => {
                      move.clear();
                      const result = await remove.run({
                        meetupId: meetup.id,
                        slotId: slot.id,
                        idempotencyKey: crypto.randomUUID(),
                      });
                      if (result?.__typename === "AgendaDraft")
                        setAnnouncement(`${slot.title} is off the draft.`);
                    }}
                  >
                    Remove<span className="visually-hidden"> {slot.title}</span>
                  </button>
                </span>
              )}
              {editing === slot.id && (
                <EditSlotForm
                  // A slot changed by a move starts the form again from its new times.
                  key={`${slot.startsAt}-${slot.minutes}-${slot.title}`}
                  meetup={meetup}
                  slot={slot}
                  onDone={() => setEditing(null)}
                  onChange={onChange}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {(move.rejection ?? remove.rejection) && (
        <p className="field__error" role="alert">
          {move.rejection ?? remove.rejection}
        </p>
      )}
      {(move.error ?? remove.error) && (
        <p className="field__error" role="alert">
          That may not have gone through: {(move.error ?? remove.error)?.message}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </section>
  );
}

function ReleaseForm({
  meetup,
  draft,
  onChange,
}: {
  meetup: BuilderMeetup;
  draft: AgendaDraft;
  onChange(): void;
}) {
  const [note, setNote] = useState("");
  const [released, setReleased] = useState<number | null>(null);
  // "Version N is released" holds only until the draft changes again: then the draft is news, not the release.
  const slotsNow = JSON.stringify(draft.slots);
  const [slotsReleased, setSlotsReleased] = useState(slotsNow);
  if (released !== null && slotsNow !== slotsReleased) {
    setReleased(null);
    setSlotsReleased(slotsNow);
  }
  const idempotencyKey = useRef(crypto.randomUUID());
  const release = useCommand(ReleaseAgendaMutation, { words: agendaRefusalWords, refresh: onChange });
  const latest = draft.releases[0];
  const next = (latest?.number ?? 0) + 1;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setReleased(null);
    const result = await release.run({
      meetupId: meetup.id,
      note: note.trim(),
      idempotencyKey: idempotencyKey.current,
    });
    idempotencyKey.current = crypto.randomUUID();
    if (result?.__typename !== "AgendaVersion") return;
    setReleased(result.number);
    setSlotsReleased(slotsNow);
    setNote("");
  };
  const tooLong = note.length > noteLimit;
  return (
    <section className="card" aria-labelledby="release-heading">
      <h2 id="release-heading">Release</h2>
      {released !== null && (
        <Notice tone="success" title={`Version ${released} is released`}>
          <p>The meetup's page shows it now, with what changed.</p>
        </Notice>
      )}
      <p className="muted">
        {draft.releasable
          ? latest
            ? `The draft differs from version ${latest.number}: release it as version ${next} for everyone to see.`
            : "Nothing is public yet: release the draft as version 1 for everyone to see."
          : draft.slots.length === 0
            ? "Add a slot first: an empty agenda is not released."
            : `The draft is the same as version ${latest?.number ?? 1}: change it to release a new version.`}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          id="release-note"
          label="What changed (a note for attendees)"
          hint={`Optional, up to ${noteLimit} characters; ${Math.max(0, noteLimit - note.length)} left.`}
          error={tooLong ? `Keep it to ${noteLimit} characters.` : undefined}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={3}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </FormField>
        {release.rejection && (
          <p className="field__error" role="alert">
            {release.rejection}
          </p>
        )}
        {release.error && (
          <p className="field__error" role="alert">
            The agenda may not have been released: {release.error.message}
          </p>
        )}
        <div>
          <button
            type="submit"
            className="button"
            disabled={!draft.releasable || tooLong || release.fetching}
          >
            Release version {next}
          </button>
        </div>
      </form>
    </section>
  );
}

function ReleasedVersions({
  meetup,
  draft,
  closed,
}: {
  meetup: BuilderMeetup;
  draft: AgendaDraft;
  closed: boolean;
}) {
  return (
    <section className="card" aria-labelledby="releases-heading">
      <h2 id="releases-heading">Released versions</h2>
      {draft.releases.length === 0 ? (
        <p className="muted">
          {closed ? "None was released." : "None yet: the public sees no agenda until the first release."}
        </p>
      ) : (
        <ol className="row-list" aria-label="Released versions, newest first" reversed>
          {draft.releases.map((version) => (
            <li key={version.number} className="row-list__row">
              <span>
                <strong>Version {version.number}</strong>{" "}
                <span className="muted">
                  · {localTimeOf(version.releasedAt, meetup.timeZone)} ·{" "}
                  {version.slots.length === 1 ? "1 slot" : `${version.slots.length} slots`}
                </span>
                {version.note.trim() && <span className="agenda__release-note">{version.note}</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
