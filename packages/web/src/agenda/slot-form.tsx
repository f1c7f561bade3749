import { type FormEvent, useRef, useState } from "react";
import { type FieldErrors, FormField } from "../components/form-field";
import { useCommand } from "../graphql/command";
import { localPartsOf, zonedToUtc } from "../meetup/time-zones";
import { speakerLine } from "../talk/speaker-names";
import {
  AddAgendaSlotMutation,
  type AgendaDraft,
  type AgendaSlot,
  EditAgendaSlotMutation,
} from "./agenda-documents";
import { minutesWords } from "./agenda-words";
import { type SlotRejection, slotErrorsOf } from "./slot-rejections";
import { nextSlotStart, spansDays } from "./slot-start";

export interface BuilderMeetup {
  id: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/** The slot's start, length and label as the form holds them: wall-clock in the meetup's zone. */
interface SlotValues {
  date: string;
  time: string;
  minutes: string;
  title: string;
}

/**
 * A slot's start, length and (for a free item) label. The start is read in the meetup's zone, on the
 * meetup's day unless the meetup runs over days, when its date is asked for too.
 */
function SlotFields({
  idPrefix,
  meetup,
  values,
  onChange,
  errors,
  label,
  minutesHint,
}: {
  idPrefix: string;
  meetup: BuilderMeetup;
  values: SlotValues;
  onChange(values: SlotValues): void;
  errors: FieldErrors;
  /** Whether the slot has a label of its own: a free item does, a talk is called by its title. */
  label: boolean;
  minutesHint?: string;
}) {
  const set = (field: keyof SlotValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [field]: event.target.value });
  return (
    <>
      {label && (
        <FormField
          id={`${idPrefix}-title`}
          label="Label"
          hint="Such as “Doors open” or “Pizza”."
          error={errors.title}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              maxLength={120}
              value={values.title}
              onChange={set("title")}
            />
          )}
        </FormField>
      )}
      <div className="slot-form__row">
        {spansDays(meetup) && (
          <FormField id={`${idPrefix}-date`} label="Date">
            {(control) => (
              <input {...control} className="input" type="date" value={values.date} onChange={set("date")} />
            )}
          </FormField>
        )}
        <FormField id={`${idPrefix}-time`} label={`Starts at (${meetup.timeZone})`} error={errors.startsAt}>
          {(control) => (
            <input {...control} className="input" type="time" value={values.time} onChange={set("time")} />
          )}
        </FormField>
        <FormField id={`${idPrefix}-minutes`} label="Minutes" hint={minutesHint} error={errors.minutes}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              inputMode="numeric"
              min={1}
              max={600}
              value={values.minutes}
              onChange={set("minutes")}
            />
          )}
        </FormField>
      </div>
    </>
  );
}

/** The start the form holds, as an instant; null (with an error on the field) when it holds none. */
function startOf(values: SlotValues, meetup: BuilderMeetup): string | null {
  if (!values.date || !values.time) return null;
  return zonedToUtc(values.date, values.time, meetup.timeZone);
}

/** The minutes the form holds: left out when blank (a talk's format then says), else a number. */
function minutesOf(values: SlotValues): { minutes?: number } {
  return values.minutes.trim() === "" ? {} : { minutes: Number(values.minutes) };
}

const rejectionHandlers = (onRejection: (rejection: SlotRejection) => void) => ({
  onInvalidAgendaSlot: onRejection,
  onSlotOverlaps: onRejection,
  onSlotOutsideMeetup: onRejection,
  onTalkNotConfirmed: onRejection,
  onTalkAlreadyOnAgenda: onRejection,
  onAgendaClosed: onRejection,
  onSlotNotFound: onRejection,
});

/** Adds a free item or a confirmed talk to the draft; the rejections show on the fields they concern. */
export function AddSlotForm({
  meetup,
  draft,
  onChange,
}: {
  meetup: BuilderMeetup;
  draft: AgendaDraft;
  onChange(): void;
}) {
  const [kind, setKind] = useState<"ITEM" | "TALK">("ITEM");
  const [proposalId, setProposalId] = useState("");
  const [values, setValues] = useState<SlotValues>(() => ({
    ...nextSlotStart(draft.slots, meetup),
    minutes: "",
    title: "",
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<string | null>(null);
  const idempotencyKey = useRef(crypto.randomUUID());
  const add = useCommand(AddAgendaSlotMutation, {
    ...rejectionHandlers((rejection) => setErrors(slotErrorsOf(rejection, meetup))),
    refresh: onChange,
  });
  const talks = draft.availableTalks;
  const talk = talks.find((candidate) => candidate.id === proposalId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const wanted: FieldErrors = {};
    const startsAt = startOf(values, meetup);
    if (startsAt === null) wanted.startsAt = "Give the time it starts.";
    if (kind === "ITEM" && values.title.trim() === "") wanted.title = "Give it a label, such as “Pizza”.";
    if (kind === "TALK" && !talk) wanted.proposalId = "Pick one of the confirmed talks.";
    setErrors(wanted);
    if (Object.keys(wanted).length > 0 || startsAt === null) return;
    const result = await add.run({
      input: {
        meetupId: meetup.id,
        startsAt,
        ...minutesOf(values),
        ...(kind === "TALK" ? { proposalId } : { title: values.title.trim() }),
      },
      idempotencyKey: idempotencyKey.current,
    });
    idempotencyKey.current = crypto.randomUUID();
    if (result?.__typename !== "AgendaDraft") return;
    setAdded(kind === "TALK" ? (talk?.title ?? "The talk") : values.title.trim());
    setProposalId("");
    setValues({ ...nextSlotStart(result.slots, meetup), minutes: "", title: "" });
  };

  return (
    <section className="card" aria-labelledby="add-slot-heading">
      <h2 id="add-slot-heading">Add a slot</h2>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="field-group">
          <legend>What goes on</legend>
          <label className="choice" htmlFor="slot-kind-item">
            <input
              id="slot-kind-item"
              type="radio"
              name="slot-kind"
              checked={kind === "ITEM"}
              onChange={() => setKind("ITEM")}
            />
            A free item
          </label>
          <label className="choice" htmlFor="slot-kind-talk">
            <input
              id="slot-kind-talk"
              type="radio"
              name="slot-kind"
              checked={kind === "TALK"}
              onChange={() => setKind("TALK")}
            />
            A confirmed talk
          </label>
        </fieldset>
        {kind === "TALK" && (
          <FormField
            id="slot-talk"
            label="Talk"
            hint={
              talks.length === 0
                ? "Every confirmed talk of the community is on the agenda already, or none is confirmed yet."
                : "The community's confirmed talks not on this agenda yet."
            }
            error={errors.proposalId}
          >
            {(control) => (
              <select
                {...control}
                className="input"
                value={proposalId}
                onChange={(event) => setProposalId(event.target.value)}
              >
                <option value="">Pick a talk</option>
                {talks.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.title}
                    {candidate.speakers && candidate.speakers.length > 0
                      ? ` (${speakerLine(candidate.speakers)})`
                      : ""}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <SlotFields
          idPrefix="slot"
          meetup={meetup}
          values={values}
          onChange={setValues}
          errors={errors}
          label={kind === "ITEM"}
          minutesHint={
            kind === "TALK"
              ? talk?.format
                ? `Leave it empty for the talk's ${minutesWords(talk.format.minutes)} (${talk.format.name}).`
                : "Leave it empty for the length of the talk's format."
              : "1 to 600."
          }
        />
        {errors.form && (
          <p className="field__error" role="alert">
            {errors.form}
          </p>
        )}
        {add.rejection && (
          <p className="field__error" role="alert">
            {add.rejection}
          </p>
        )}
        {add.error && (
          <p className="field__error" role="alert">
            The slot may not have been added: {add.error.message}
          </p>
        )}
        <p className="visually-hidden" role="status">
          {added ? `Added ${added} to the draft.` : ""}
        </p>
        <div>
          <button type="submit" className="button" disabled={add.fetching}>
            Add to the draft
          </button>
        </div>
      </form>
    </section>
  );
}

/** Changes a slot in place: its start, its length, a free item's label. */
export function EditSlotForm({
  meetup,
  slot,
  onDone,
  onChange,
}: {
  meetup: BuilderMeetup;
  slot: AgendaSlot;
  onDone(): void;
  onChange(): void;
}) {
  const [values, setValues] = useState<SlotValues>(() => ({
    ...localPartsOf(slot.startsAt, meetup.timeZone),
    minutes: String(slot.minutes),
    title: slot.title,
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const edit = useCommand(EditAgendaSlotMutation, {
    ...rejectionHandlers((rejection) => setErrors(slotErrorsOf(rejection, meetup))),
    refresh: onChange,
  });
  const idPrefix = `edit-${slot.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startsAt = startOf(values, meetup);
    const wanted: FieldErrors = {};
    if (startsAt === null) wanted.startsAt = "Give the time it starts.";
    if (values.minutes.trim() === "") wanted.minutes = "Give its length in minutes.";
    if (slot.kind === "ITEM" && values.title.trim() === "") wanted.title = "Give it a label.";
    setErrors(wanted);
    if (Object.keys(wanted).length > 0 || startsAt === null) return;
    const result = await edit.run({
      input: {
        meetupId: meetup.id,
        slotId: slot.id,
        startsAt,
        ...minutesOf(values),
        ...(slot.kind === "ITEM" ? { title: values.title.trim() } : {}),
      },
      idempotencyKey: crypto.randomUUID(),
    });
    if (result?.__typename === "AgendaDraft") onDone();
  };
  return (
    <form className="form agenda-draft__edit" onSubmit={submit} noValidate aria-label={`Edit ${slot.title}`}>
      <SlotFields
        idPrefix={idPrefix}
        meetup={meetup}
        values={values}
        onChange={setValues}
        errors={errors}
        label={slot.kind === "ITEM"}
      />
      {(errors.form ?? edit.rejection) && (
        <p className="field__error" role="alert">
          {errors.form ?? edit.rejection}
        </p>
      )}
      {edit.error && (
        <p className="field__error" role="alert">
          The slot may not have been saved: {edit.error.message}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={edit.fetching}>
          Save<span className="visually-hidden"> {slot.title}</span>
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
