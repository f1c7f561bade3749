import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { useQuery } from "urql";
import { ErrorState } from "../components/error-state";
import { ErrorSummary, type FieldErrors, FormField } from "../components/form-field";
import { MarkdownField } from "../components/markdown-field";
import { Notice } from "../components/notice";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork, useCommand } from "../graphql/command";
import {
  MySpeakerProfileQuery,
  type SpeakerProfileData,
  UpdateSpeakerProfileMutation,
} from "../speaker/speaker-documents";
import {
  type SpeakerFormValues,
  speakerErrorsOf,
  speakerFieldIdOf,
  speakerFieldLabelOf,
  speakerInputOf,
  speakerLimits,
  speakerLocalErrorsOf,
  speakerValuesOf,
} from "../speaker/speaker-form";
import { SpeakerPhotoPicker } from "../speaker/speaker-photo-picker";

export function SpeakerEditorPage() {
  const [result, reexecute] = useQuery({ query: MySpeakerProfileQuery, requestPolicy: "cache-and-network" });
  const location = useLocation();
  const savedUnpublished =
    (location.state as { notice?: string } | null)?.notice === "speaker-saved-unpublished";
  return (
    <Page
      title="Your speaker profile"
      lead="One profile for every community you speak at. It is public once it has a headline."
    >
      <div className="reading-column stack">
        {savedUnpublished && (
          <Notice tone="success" title="Your speaker profile is saved">
            Only you see it until it has a headline and you have a handle.
          </Notice>
        )}
        <QueryState
          result={result}
          of={(data) => data.me?.member}
          loading="Loading your speaker profile…"
          failed="Your speaker profile could not be loaded"
          onRetry={fromNetwork(reexecute)}
        >
          {(member) => (
            <>
              <SpeakerPhotoPicker photoUrl={member.speakerProfile?.photoUrl ?? null} />
              <SpeakerEditor key={member.id} handle={member.handle} profile={member.speakerProfile ?? null} />
            </>
          )}
        </QueryState>
      </div>
    </Page>
  );
}

function SpeakerEditor({ handle, profile }: { handle: string | null; profile: SpeakerProfileData | null }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<SpeakerFormValues>(() => speakerValuesOf(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { input, linkRows } = speakerInputOf(values);
  const updating = useCommand(UpdateSpeakerProfileMutation, {
    onInvalidSpeakerProfile: (invalid) => setErrors(speakerErrorsOf(invalid.issues, linkRows)),
  });
  const summary = useRef<HTMLDivElement>(null);
  // The same key for the same values: resubmitting after a lost response does not apply the change twice.
  const idempotencyKey = useRef(crypto.randomUUID());

  const change = (next: SpeakerFormValues, field?: string) => {
    idempotencyKey.current = crypto.randomUUID();
    setValues(next);
    // A field being corrected no longer says it is wrong; the others keep their errors until the next save.
    if (field && errors[field])
      setErrors(Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field)));
  };
  const setLink = (row: number, part: "label" | "url", value: string) =>
    change(
      {
        ...values,
        links: values.links.map((link, index) => (index === row ? { ...link, [part]: value } : link)),
      },
      `links.${row}.${part}`,
    );

  const errorCount = Object.keys(errors).length;
  useEffect(() => {
    if (errorCount > 0) summary.current?.focus();
  }, [errorCount]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    updating.clear();
    const local = speakerLocalErrorsOf(values);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const saved = await updating.run({ input, idempotencyKey: idempotencyKey.current });
    if (!saved) return;
    // With a headline and a handle there is a public page to show; otherwise the editor stays, saying why.
    if (saved.headline && handle) navigate(`/speakers/${handle}`, { state: { notice: "speaker-saved" } });
    else navigate("/me/speaker", { replace: true, state: { notice: "speaker-saved-unpublished" } });
  };

  const labels = Object.fromEntries(Object.keys(errors).map((key) => [key, speakerFieldLabelOf(key)]));
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="page-heading">
      <ErrorSummary
        title="Your speaker profile was not saved"
        errors={errors}
        labels={labels}
        idOf={speakerFieldIdOf}
        summaryRef={summary}
      />
      {updating.rejection && (
        <Notice tone="error" title="Your speaker profile was not saved">
          {updating.rejection}
        </Notice>
      )}
      {updating.error && <ErrorState title="Your speaker profile was not saved" error={updating.error} />}
      {!handle && (
        <Notice tone="info" title="Choose a handle to get a speaker page">
          Your speaker page lives at your handle's address. <Link to="/me/edit">Choose a handle</Link>
        </Notice>
      )}

      <FormField
        id={speakerFieldIdOf("headline")}
        label="Headline"
        hint={`One line on what you speak about (up to ${speakerLimits.headline} characters). Leave it empty to keep the profile to yourself.`}
        error={errors.headline}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            name="headline"
            maxLength={speakerLimits.headline}
            value={values.headline}
            onChange={(event) => change({ ...values, headline: event.target.value }, "headline")}
          />
        )}
      </FormField>

      <MarkdownField
        id={speakerFieldIdOf("bio")}
        label="Speaker bio"
        purpose={`Who you are and what you have spoken about, for a programme (up to ${speakerLimits.bio.toLocaleString("en-GB")} characters).`}
        maximumLength={speakerLimits.bio}
        value={values.bio}
        error={errors.bio}
        onChange={(bio) => change({ ...values, bio }, "bio")}
      />

      <fieldset className="field-group" aria-describedby="speaker-links-hint">
        <legend>Links</legend>
        <p className="field__hint" id="speaker-links-hint">
          Up to {speakerLimits.links} https links: your site, past talks, where people can follow you.
        </p>
        {errors.links && <p className="field__error">{errors.links}</p>}
        {values.links.map((link, row) => (
          // Rows have no identity of their own; the index is what the API's issues refer to as well.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div className="link-row" key={row}>
            <FormField
              id={speakerFieldIdOf(`links.${row}.label`)}
              label={`Link ${row + 1} label`}
              error={errors[`links.${row}.label`]}
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  maxLength={speakerLimits.linkLabel}
                  value={link.label}
                  onChange={(event) => setLink(row, "label", event.target.value)}
                />
              )}
            </FormField>
            <FormField
              id={speakerFieldIdOf(`links.${row}.url`)}
              label={`Link ${row + 1} address`}
              error={errors[`links.${row}.url`]}
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="url"
                  inputMode="url"
                  placeholder="https://"
                  maxLength={speakerLimits.url}
                  value={link.url}
                  onChange={(event) => setLink(row, "url", event.target.value)}
                />
              )}
            </FormField>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => change({ ...values, links: values.links.filter((_, index) => index !== row) })}
            >
              Remove<span className="visually-hidden"> link {row + 1}</span>
            </button>
          </div>
        ))}
        {values.links.length < speakerLimits.links ? (
          <div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => change({ ...values, links: [...values.links, { label: "", url: "" }] })}
            >
              Add a link
            </button>
          </div>
        ) : (
          <p className="field__hint">You have added the most links a speaker profile can hold.</p>
        )}
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={updating.fetching} aria-busy={updating.fetching}>
          {updating.fetching ? "Saving…" : "Save speaker profile"}
        </button>
        <Link to="/me" className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
