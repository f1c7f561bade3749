import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { CommandFailure } from "../components/command-failure";
import { ErrorSummary, type FieldErrors, FormField, fieldErrorsOf } from "../components/form-field";
import { MarkdownField } from "../components/markdown-field";
import { useCommand } from "../graphql/command";
import { localPartsOf, supportedTimeZones, viewerTimeZone, zonedToUtc } from "../meetup/time-zones";
import { callConsolePath } from "./call-address";
import { type Call, DraftCallMutation, EditCallMutation } from "./console-call-documents";

interface FormatRow {
  key: string;
  id?: string;
  name: string;
  minutes: string;
}

interface CriterionRow {
  key: string;
  id?: string;
  name: string;
  weight: string;
  maximumScore: string;
}

interface CallFormValues {
  title: string;
  description: string;
  timeZone: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  formats: FormatRow[];
  criteria: CriterionRow[];
  anonymised: boolean;
  meetupId: string;
}

const labels: Record<string, string> = {
  title: "Title",
  description: "Description",
  opensAt: "Opens",
  closesAt: "Closes",
  formats: "Formats",
  criteria: "Review criteria",
  meetupId: "For the meetup",
  form: "The call",
};

const idOf = (field: string) =>
  `call-${
    field === "opensAt"
      ? "opens-date"
      : field === "closesAt"
        ? "closes-date"
        : field === "formats"
          ? "format-name-0"
          : field === "criteria"
            ? "criterion-name-0"
            : field
  }`;

const newKey = () => crypto.randomUUID();

function valuesOf(call: Call | undefined, zone: string): CallFormValues {
  const opens = call ? localPartsOf(call.opensAt, zone) : { date: "", time: "09:00" };
  const closes = call ? localPartsOf(call.closesAt, zone) : { date: "", time: "23:59" };
  return {
    title: call?.title ?? "",
    description: call?.description ?? "",
    timeZone: zone,
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    formats: call
      ? call.formats.map((format) => ({
          key: newKey(),
          id: format.id,
          name: format.name,
          minutes: String(format.minutes),
        }))
      : [
          { key: newKey(), name: "Talk", minutes: "30" },
          { key: newKey(), name: "Lightning talk", minutes: "5" },
        ],
    criteria: call
      ? call.criteria.map((criterion) => ({
          key: newKey(),
          id: criterion.id,
          name: criterion.name,
          weight: String(criterion.weight),
          maximumScore: String(criterion.maximumScore),
        }))
      : [{ key: newKey(), name: "Relevance", weight: "1", maximumScore: "5" }],
    anonymised: call?.anonymised ?? true,
    meetupId: call?.meetup?.id ?? "",
  };
}

/**
 * Drafts a call for proposals of a community, or edits one. The window is read on the chosen time zone's
 * clock (the target meetup's when it has one, since that is where speakers will be) and sent in UTC.
 */
export function CallForm({
  communityId,
  meetups,
  call,
}: {
  communityId: string;
  meetups: readonly { id: string; title: string; timeZone: string }[];
  call?: Call;
}) {
  const navigate = useNavigate();
  const zone = call?.meetup?.timeZone ?? viewerTimeZone();
  const initial = useMemo(() => valuesOf(call, zone), [call, zone]);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const onFields = {
    onInvalidCall: (invalid: { issues: readonly { path: readonly string[]; message: string }[] }) =>
      setErrors(fieldErrorsOf(invalid.issues)),
  };
  const draft = useCommand(DraftCallMutation, onFields);
  const edit = useCommand(EditCallMutation, onFields);
  const summary = useRef<HTMLDivElement>(null);
  const idempotencyKey = useRef(crypto.randomUUID());
  const zones = useMemo(supportedTimeZones, []);
  const busy = draft.fetching || edit.fetching;
  const errorCount = Object.keys(errors).length;
  useEffect(() => {
    if (errorCount > 0) summary.current?.focus();
  }, [errorCount]);

  const set = <Field extends keyof CallFormValues>(field: Field, value: CallFormValues[Field]) => {
    idempotencyKey.current = crypto.randomUUID();
    setValues((current) => ({ ...current, [field]: value }));
  };
  const setFormat = (key: string, change: Partial<FormatRow>) =>
    set(
      "formats",
      values.formats.map((row) => (row.key === key ? { ...row, ...change } : row)),
    );
  const setCriterion = (key: string, change: Partial<CriterionRow>) =>
    set(
      "criteria",
      values.criteria.map((row) => (row.key === key ? { ...row, ...change } : row)),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    draft.clear();
    edit.clear();
    const local: FieldErrors = {};
    if (values.title.trim().length < 3) local.title = "Give the call a title of 3 characters or more.";
    if (values.opensDate === "" || values.opensTime === "") local.opensAt = "Choose when it opens.";
    if (values.closesDate === "" || values.closesTime === "") local.closesAt = "Choose when it closes.";
    if (values.formats.some((row) => row.name.trim() === "" || !(Number(row.minutes) >= 1)))
      local.formats = "Give every format a name and its minutes.";
    if (values.criteria.some((row) => row.name.trim() === "" || !(Number(row.weight) > 0)))
      local.criteria = "Give every criterion a name and a weight above 0.";
    setErrors(local);
    if (Object.keys(local).length > 0) return;

    const details = {
      title: values.title.trim(),
      description: values.description.trim(),
      opensAt: zonedToUtc(values.opensDate, values.opensTime, values.timeZone),
      closesAt: zonedToUtc(values.closesDate, values.closesTime, values.timeZone),
      formats: values.formats.map((row) => ({
        ...(row.id ? { id: row.id } : {}),
        name: row.name.trim(),
        minutes: Number(row.minutes),
      })),
      criteria: values.criteria.map((row) => ({
        ...(row.id ? { id: row.id } : {}),
        name: row.name.trim(),
        weight: Number(row.weight),
        maximumScore: Number(row.maximumScore),
      })),
      anonymised: values.anonymised,
      meetupId: values.meetupId || null,
    };
    const saved = call
      ? await edit.run({ callId: call.id, input: details, idempotencyKey: idempotencyKey.current })
      : await draft.run({ input: { communityId, ...details }, idempotencyKey: idempotencyKey.current });
    if (saved) navigate(callConsolePath(saved), { state: { notice: "call-saved" } });
  };

  const title = call ? "The call was not saved" : "The call was not drafted";
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="page-heading">
      <ErrorSummary title={title} errors={errors} labels={labels} idOf={idOf} summaryRef={summary} />
      <CommandFailure title={title} commands={[draft, edit]} />

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
        purpose="What you are looking for, for speakers to read."
        maximumLength={10000}
        value={values.description}
        error={errors.description}
        onChange={(description) => set("description", description)}
      />
      <FormField
        id={idOf("meetupId")}
        label="For the meetup"
        hint="Optional: the upcoming meetup its talks are for."
        error={errors.meetupId}
      >
        {(control) => (
          <select
            {...control}
            className="input"
            value={values.meetupId}
            onChange={(event) => {
              const meetup = meetups.find((candidate) => candidate.id === event.target.value);
              idempotencyKey.current = crypto.randomUUID();
              setValues((current) => ({
                ...current,
                meetupId: event.target.value,
                timeZone: meetup?.timeZone ?? current.timeZone,
              }));
            }}
          >
            <option value="">No meetup in particular</option>
            {meetups.map((meetup) => (
              <option key={meetup.id} value={meetup.id}>
                {meetup.title}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <fieldset className="field-group">
        <legend>When it takes proposals</legend>
        <FormField
          id="call-time-zone"
          label="Time zone"
          hint="Dates and times below are on this zone's clock."
        >
          {(control) => (
            <select
              {...control}
              className="input"
              value={values.timeZone}
              onChange={(event) => set("timeZone", event.target.value)}
            >
              {zones.map((name) => (
                <option key={name} value={name}>
                  {name.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="field-row">
          <FormField id="call-opens-date" label="Opens on" error={errors.opensAt}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={values.opensDate}
                onChange={(event) => set("opensDate", event.target.value)}
              />
            )}
          </FormField>
          <FormField id="call-opens-time" label="Opens at">
            {(control) => (
              <input
                {...control}
                className="input"
                type="time"
                value={values.opensTime}
                onChange={(event) => set("opensTime", event.target.value)}
              />
            )}
          </FormField>
        </div>
        <div className="field-row">
          <FormField id="call-closes-date" label="Closes on" error={errors.closesAt}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={values.closesDate}
                onChange={(event) => set("closesDate", event.target.value)}
              />
            )}
          </FormField>
          <FormField id="call-closes-time" label="Closes at">
            {(control) => (
              <input
                {...control}
                className="input"
                type="time"
                value={values.closesTime}
                onChange={(event) => set("closesTime", event.target.value)}
              />
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="field-group">
        <legend>Formats</legend>
        {errors.formats && (
          <p className="field__error" id="call-formats-error">
            {errors.formats}
          </p>
        )}
        {values.formats.map((row, index) => (
          <div className="field-row call-form__row" key={row.key}>
            <FormField id={`call-format-name-${index}`} label={`Format ${index + 1}`}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  maxLength={60}
                  value={row.name}
                  onChange={(event) => setFormat(row.key, { name: event.target.value })}
                />
              )}
            </FormField>
            <FormField id={`call-format-minutes-${index}`} label={`Minutes of format ${index + 1}`}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  inputMode="numeric"
                  value={row.minutes}
                  onChange={(event) => setFormat(row.key, { minutes: event.target.value })}
                />
              )}
            </FormField>
            {values.formats.length > 1 && (
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() =>
                  set(
                    "formats",
                    values.formats.filter((other) => other.key !== row.key),
                  )
                }
              >
                Remove<span className="visually-hidden"> format {index + 1}</span>
              </button>
            )}
          </div>
        ))}
        <div>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => set("formats", [...values.formats, { key: newKey(), name: "", minutes: "30" }])}
          >
            Add a format
          </button>
        </div>
      </fieldset>

      <fieldset className="field-group">
        <legend>Review criteria</legend>
        <p className="field__hint">Scores run from 1 to the highest score; a weight counts it in the mean.</p>
        {errors.criteria && (
          <p className="field__error" id="call-criteria-error">
            {errors.criteria}
          </p>
        )}
        {values.criteria.map((row, index) => (
          <div className="field-row call-form__row" key={row.key}>
            <FormField id={`call-criterion-name-${index}`} label={`Criterion ${index + 1}`}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  maxLength={60}
                  value={row.name}
                  onChange={(event) => setCriterion(row.key, { name: event.target.value })}
                />
              )}
            </FormField>
            <FormField id={`call-criterion-weight-${index}`} label={`Weight of criterion ${index + 1}`}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  inputMode="decimal"
                  value={row.weight}
                  onChange={(event) => setCriterion(row.key, { weight: event.target.value })}
                />
              )}
            </FormField>
            <FormField
              id={`call-criterion-maximum-${index}`}
              label={`Highest score of criterion ${index + 1}`}
            >
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={row.maximumScore}
                  onChange={(event) => setCriterion(row.key, { maximumScore: event.target.value })}
                >
                  {["2", "3", "4", "5"].map((maximum) => (
                    <option key={maximum} value={maximum}>
                      {maximum}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {values.criteria.length > 1 && (
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() =>
                  set(
                    "criteria",
                    values.criteria.filter((other) => other.key !== row.key),
                  )
                }
              >
                Remove<span className="visually-hidden"> criterion {index + 1}</span>
              </button>
            )}
          </div>
        ))}
        <div>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              set("criteria", [
                ...values.criteria,
                { key: newKey(), name: "", weight: "1", maximumScore: "5" },
              ])
            }
          >
            Add a criterion
          </button>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={values.anonymised}
            onChange={(event) => set("anonymised", event.target.checked)}
          />
          Anonymised review: reviewers see no speaker's name, handle or photo
        </label>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? "Saving…" : call ? "Save the call" : "Draft the call"}
        </button>
        <Link to={call ? callConsolePath(call) : "/admin/talks"} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
