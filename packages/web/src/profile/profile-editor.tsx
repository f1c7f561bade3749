import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorState } from "../components/error-state";
import { type FieldErrors, FormField } from "../components/form-field";
import { useCommand } from "../graphql/command";
import { type Profile, UpdateProfileMutation } from "../member/member-documents";
import { DisplayNameField, HandleField, ProfileErrorSummary } from "./profile-fields";
import {
  fieldErrorsOf,
  fieldIdOf,
  formValuesOf,
  localErrorsOf,
  type ProfileFormValues,
  profileInputOf,
  profileLimits,
} from "./profile-form";

export function ProfileEditor({ profile }: { profile: Profile }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<ProfileFormValues>(() => formValuesOf(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { input, linkRows } = profileInputOf(values);
  const updating = useCommand(UpdateProfileMutation, {
    onInvalidProfile: (invalid) => setErrors(fieldErrorsOf(invalid.issues, linkRows)),
    onHandleTaken: (taken) =>
      setErrors({ handle: `@${taken.takenHandle} is already taken. Try another handle.` }),
  });
  const rejection = updating.rejection;
  const summary = useRef<HTMLDivElement>(null);
  // The same key for the same values: resubmitting after a lost response does not apply the change twice.
  const idempotencyKey = useRef(crypto.randomUUID());

  const change = (next: ProfileFormValues) => {
    idempotencyKey.current = crypto.randomUUID();
    setValues(next);
  };
  const setField = (field: "displayName" | "handle" | "bio" | "avatarUrl", value: string) =>
    change({ ...values, [field]: value });
  const setLink = (row: number, part: "label" | "url", value: string) =>
    change({
      ...values,
      links: values.links.map((link, index) => (index === row ? { ...link, [part]: value } : link)),
    });

  const errorCount = Object.keys(errors).length + (rejection ? 1 : 0);
  useEffect(() => {
    if (errorCount > 0) summary.current?.focus();
  }, [errorCount]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    updating.clear();
    const local = localErrorsOf(values);
    setErrors(local);
    if (Object.keys(local).length > 0) return;

    if (await updating.run({ input, idempotencyKey: idempotencyKey.current })) {
      navigate("/me", { state: { notice: "profile-saved" } });
    }
  };

  const entries = Object.entries(errors);
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="page-heading">
      <ProfileErrorSummary entries={entries} rejection={rejection} summaryRef={summary} />
      {updating.error && <ErrorState title="Your profile was not saved" error={updating.error} />}

      <DisplayNameField
        value={values.displayName}
        error={errors.displayName}
        onChange={(value) => setField("displayName", value)}
      />

      <HandleField
        value={values.handle}
        error={errors.handle}
        onChange={(value) => setField("handle", value)}
      />

      <FormField
        id={fieldIdOf("bio")}
        label="Bio"
        hint={`A few words about you and what you like to learn (up to ${profileLimits.bio} characters).`}
        error={errors.bio}
      >
        {(control) => (
          <textarea
            {...control}
            className="input"
            name="bio"
            rows={4}
            maxLength={profileLimits.bio}
            value={values.bio}
            onChange={(event) => setField("bio", event.target.value)}
          />
        )}
      </FormField>

      <FormField
        id={fieldIdOf("avatarUrl")}
        label="Avatar address"
        hint="The web address (https://…) of a square picture of you. Leave it empty for your initials."
        error={errors.avatarUrl}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            name="avatarUrl"
            type="url"
            inputMode="url"
            maxLength={profileLimits.url}
            value={values.avatarUrl}
            onChange={(event) => setField("avatarUrl", event.target.value)}
          />
        )}
      </FormField>

      <fieldset className="field-group" aria-describedby="profile-links-hint">
        <legend>Links</legend>
        <p className="field__hint" id="profile-links-hint">
          Up to {profileLimits.links} links: your site, your slides, where people can follow you.
        </p>
        {errors.links && <p className="field__error">{errors.links}</p>}
        {values.links.map((link, row) => (
          // Rows have no identity of their own; the index is what the API's issues refer to as well.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div className="link-row" key={row}>
            <FormField
              id={fieldIdOf(`links.${row}.label`)}
              label={`Link ${row + 1} label`}
              error={errors[`links.${row}.label`]}
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  maxLength={profileLimits.linkLabel}
                  value={link.label}
                  onChange={(event) => setLink(row, "label", event.target.value)}
                />
              )}
            </FormField>
            <FormField
              id={fieldIdOf(`links.${row}.url`)}
              label={`Link ${row + 1} address`}
              error={errors[`links.${row}.url`]}
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="url"
                  inputMode="url"
                  maxLength={profileLimits.url}
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
        {values.links.length < profileLimits.links ? (
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
          <p className="field__hint">You have added the most links a profile can hold.</p>
        )}
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={updating.fetching} aria-busy={updating.fetching}>
          {updating.fetching ? "Saving…" : "Save profile"}
        </button>
        <Link to="/me" className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
