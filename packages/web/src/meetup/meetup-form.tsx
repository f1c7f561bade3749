import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { CommandFailure } from "../components/command-failure";
import { ErrorSummary, type FieldErrors, FormField, fieldErrorsOf } from "../components/form-field";
import { MarkdownField } from "../components/markdown-field";
import { Notice } from "../components/notice";
import { useCommand } from "../graphql/command";
import { meetupConsolePath } from "./meetup-address";
import {
  ChangeMeetupCapacityMutation,
  EditMeetupMutation,
  type Meetup,
  RescheduleMeetupMutation,
  ScheduleMeetupMutation,
} from "./meetup-documents";
import { localPartsOf, supportedTimeZones, viewerTimeZone, zonedToUtc } from "./time-zones";

interface MeetupFormValues {
  title: string;
  description: string;
  timeZone: string;
  date: string;
  startTime: string;
  endDate: string;
  endTime: string;
  capacity: string;
  guestLimit: string;
  venueName: string;
  venueAddress: string;
  joinUrl: string;
  waitlist: boolean;
}

const labels: Record<string, string> = {
  title: "Title",
  description: "Description",
  timeZone: "Time zone",
  startsAt: "Starts",
  endsAt: "Ends",
  capacity: "Capacity",
  guestLimit: "Guests per RSVP",
  venue: "Venue",
  joinUrl: "Online join link",
};

const idOf = (field: string) =>
  `meetup-${field === "startsAt" ? "date" : field === "endsAt" ? "endTime" : field === "venue" ? "venueName" : field}`;

function valuesOf(meetup: Meetup | undefined): MeetupFormValues {
  const timeZone = meetup?.timeZone ?? viewerTimeZone();
  const start = meetup ? localPartsOf(meetup.startsAt, timeZone) : { date: "", time: "19:00" };
  const end = meetup ? localPartsOf(meetup.endsAt, timeZone) : { date: "", time: "21:00" };
  return {
    title: meetup?.title ?? "",
    description: meetup?.description ?? "",
    timeZone,
    date: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    capacity: meetup?.capacity === null || meetup?.capacity === undefined ? "" : String(meetup.capacity),
    guestLimit: String(meetup?.guestLimit ?? 0),
    venueName: meetup?.venue?.name ?? "",
    venueAddress: meetup?.venue?.address ?? "",
    joinUrl: meetup?.joinUrl ?? "",
    waitlist: meetup?.waitlistEnabled ?? true,
  };
}

/**
 * Schedules a meetup (a draft) for a community, or edits one. Dates and times are read on the chosen time
 * zone's wall clock and sent as UTC instants.
 */
export function MeetupForm({ communityId, meetup }: { communityId: string; meetup?: Meetup }) {
  const navigate = useNavigate();
  const initial = useMemo(() => valuesOf(meetup), [meetup]);
  const [values, setValues] = useState<MeetupFormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  // Seats taken as the API last said: the page's, or a refusal's when more were taken since it loaded.
  const [seatsTaken, setSeatsTaken] = useState(meetup?.confirmedSeats ?? 0);
  const [keepSeated, setKeepSeated] = useState(false);
  // The API's rejections of what was typed land on their fields.
  const onFields = {
    onInvalidMeetup: (invalid: { issues: readonly { path: readonly string[]; message: string }[] }) =>
      setErrors((current) => ({ ...current, ...fieldErrorsOf(invalid.issues) })),
  };
  const schedule = useCommand(ScheduleMeetupMutation, onFields);
  const edit = useCommand(EditMeetupMutation, onFields);
  const reschedule = useCommand(RescheduleMeetupMutation, onFields);
  const resize = useCommand(ChangeMeetupCapacityMutation, {
    ...onFields,
    onCapacityBelowSeatsTaken: (refusal: { seatsTaken: number }) => {
      setSeatsTaken(refusal.seatsTaken);
      setErrors((current) => ({ ...current, capacity: belowSeatsTaken(refusal.seatsTaken) }));
    },
  });
  const commands = [schedule, edit, reschedule, resize];
  const summary = useRef<HTMLDivElement>(null);
  const idempotencyKey = useRef(crypto.randomUUID());
  const zones = useMemo(supportedTimeZones, []);
  const busy = commands.some((command) => command.fetching);
  const rejection = commands.find((command) => command.rejection !== null)?.rejection ?? null;

  const errorCount = Object.keys(errors).length + (rejection ? 1 : 0);
  useEffect(() => {
    if (errorCount > 0) summary.current?.focus();
  }, [errorCount]);

  const lowersBelowSeatsTaken =
    meetup !== undefined &&
    values.capacity !== "" &&
    Number(values.capacity) !== meetup.capacity &&
    Number(values.capacity) < seatsTaken;

  const set = <Field extends keyof MeetupFormValues>(field: Field, value: MeetupFormValues[Field]) => {
    idempotencyKey.current = crypto.randomUUID();
    setValues((current) => ({ ...current, [field]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    for (const command of commands) command.clear();
    const local: FieldErrors = {};
    if (values.title.trim() === "") local.title = "Give the meetup a title.";
    if (values.date === "" || values.startTime === "") local.startsAt = "Choose the day and time it starts.";
    if (values.endTime === "") local.endsAt = "Choose the time it ends.";
    if (values.capacity !== "" && !(Number(values.capacity) >= 1))
      local.capacity = "Enter 1 or more, or leave it empty.";
    else if (lowersBelowSeatsTaken && !keepSeated) local.capacity = belowSeatsTaken(seatsTaken);
    setErrors(local);
    if (Object.keys(local).length > 0) return;

    const startsAt = zonedToUtc(values.date, values.startTime, values.timeZone);
    const endsAt = zonedToUtc(values.endDate || values.date, values.endTime, values.timeZone);
    const venue =
      values.venueName.trim() || values.venueAddress.trim()
        ? { name: values.venueName.trim(), address: values.venueAddress.trim() }
        : null;
    const capacity = values.capacity === "" ? null : Number(values.capacity);
    const details = {
      title: values.title.trim(),
      description: values.description.trim(),
      guestLimit: Number(values.guestLimit),
      joinUrl: values.joinUrl.trim() || null,
      venue,
      waitlist: values.waitlist,
    };

    if (!meetup) {
      const scheduled = await schedule.run({
        input: { communityId, ...details, startsAt, endsAt, timeZone: values.timeZone, capacity },
        idempotencyKey: idempotencyKey.current,
      });
      if (scheduled) navigate(meetupConsolePath(scheduled), { state: { notice: "meetup-saved" } });
      return;
    }
    // One step at a time: the first the API refuses says why, and the steps after it wait for the next try.
    if (!(await edit.run({ meetupId: meetup.id, input: details, idempotencyKey: idempotencyKey.current })))
      return;
    const moved =
      startsAt !== meetup.startsAt || endsAt !== meetup.endsAt || values.timeZone !== meetup.timeZone;
    if (
      moved &&
      !(await reschedule.run({ meetupId: meetup.id, input: { startsAt, endsAt, timeZone: values.timeZone } }))
    )
      return;
    if (
      capacity !== meetup.capacity &&
      !(await resize.run({ meetupId: meetup.id, capacity, keepSeated: lowersBelowSeatsTaken && keepSeated }))
    )
      return;
    navigate(meetupConsolePath(meetup), { state: { notice: "meetup-saved" } });
  };

  const title = meetup ? "The meetup was not saved" : "The meetup was not scheduled";
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="page-heading">
      <ErrorSummary title={title} errors={errors} labels={labels} idOf={idOf} summaryRef={summary} />
      <CommandFailure title={title} commands={commands} />

      <FormField id={idOf("title")} label="Title" hint="3 to 120 characters." error={errors.title}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={120}
            value={values.title}
            onChange={(event) => set("title", event.target.value)}
          />
        )}
      </FormField>
      <MarkdownField
        id={idOf("description")}
        label="Description"
        maximumLength={10000}
        value={values.description}
        error={errors.description}
        onChange={(description) => set("description", description)}
      />

      <fieldset className="field-group">
        <legend>When</legend>
        <FormField
          id={idOf("timeZone")}
          label="Time zone"
          hint="Dates and times below are on this zone's clock."
          error={errors.timeZone}
        >
          {(control) => (
            <select
              {...control}
              className="input"
              value={values.timeZone}
              onChange={(event) => set("timeZone", event.target.value)}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="field-row">
          <FormField id={idOf("date")} label="Date" error={errors.startsAt}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={values.date}
                onChange={(event) => set("date", event.target.value)}
              />
            )}
          </FormField>
          <FormField id={idOf("startTime")} label="Starts at">
            {(control) => (
              <input
                {...control}
                className="input"
                type="time"
                value={values.startTime}
                onChange={(event) => set("startTime", event.target.value)}
              />
            )}
          </FormField>
        </div>
        <div className="field-row">
          <FormField id={idOf("endDate")} label="End date" hint="Leave empty for the same day.">
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={values.endDate}
                onChange={(event) => set("endDate", event.target.value)}
              />
            )}
          </FormField>
          <FormField id={idOf("endTime")} label="Ends at" error={errors.endsAt}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="time"
                value={values.endTime}
                onChange={(event) => set("endTime", event.target.value)}
              />
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="field-group">
        <legend>Where</legend>
        <FormField id={idOf("venueName")} label="Venue name" error={errors.venueName ?? errors.venue}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={values.venueName}
              onChange={(event) => set("venueName", event.target.value)}
            />
          )}
        </FormField>
        <FormField id={idOf("venueAddress")} label="Venue address" error={errors.venueAddress}>
          {(control) => (
            <input
              {...control}
              className="input"
              autoComplete="street-address"
              value={values.venueAddress}
              onChange={(event) => set("venueAddress", event.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={idOf("joinUrl")}
          label="Online join link"
          hint="An https address, shown only to confirmed attendees and organisers."
          error={errors.joinUrl}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="url"
              inputMode="url"
              value={values.joinUrl}
              onChange={(event) => set("joinUrl", event.target.value)}
            />
          )}
        </FormField>
      </fieldset>

      <fieldset className="field-group">
        <legend>Places</legend>
        <div className="field-row">
          <FormField
            id={idOf("capacity")}
            label="Capacity"
            hint="Seats, guests included. Empty for no limit."
            error={errors.capacity}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="number"
                min={1}
                inputMode="numeric"
                value={values.capacity}
                onChange={(event) => set("capacity", event.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={idOf("guestLimit")}
            label="Guests per RSVP"
            hint="0 to 10."
            error={errors.guestLimit}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="number"
                min={0}
                max={10}
                inputMode="numeric"
                value={values.guestLimit}
                onChange={(event) => set("guestLimit", event.target.value)}
              />
            )}
          </FormField>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={values.waitlist}
            onChange={(event) => set("waitlist", event.target.checked)}
          />
          Keep a waitlist once it is full
        </label>
        {lowersBelowSeatsTaken && (
          <Notice
            tone="warning"
            title={`${seatsTaken} ${seatsTaken === 1 ? "seat is" : "seats are"} taken, more than ${values.capacity}`}
          >
            <p>Everyone seated keeps their seat; nobody new gets one until enough people cancel.</p>
            <label className="choice">
              <input
                type="checkbox"
                checked={keepSeated}
                onChange={(event) => setKeepSeated(event.target.checked)}
              />
              Lower the capacity anyway and keep everyone seated
            </label>
          </Notice>
        )}
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? "Saving…" : meetup ? "Save meetup" : "Schedule as a draft"}
        </button>
        <Link to={meetup ? meetupConsolePath(meetup) : "/admin/communities"} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}

const belowSeatsTaken = (seatsTaken: number) =>
  `${seatsTaken} ${seatsTaken === 1 ? "seat is" : "seats are"} taken: confirm below to keep everyone seated, or enter ${seatsTaken} or more.`;
