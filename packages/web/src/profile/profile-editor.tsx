import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useMutation } from "urql";
import { ErrorState } from "../components/error-state";
import { type Profile, UpdateProfileMutation } from "../member/member-documents";
import { ProfileField } from "./profile-field";
import {
  type FieldErrors,
  fieldErrorsOf,
  fieldIdOf,
  fieldLabelOf,
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
  const [rejection, setRejection] = useState<string | null>(null);
  const [result, updateProfile] = useMutation(UpdateProfileMutation);
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
    setRejection(null);
    const local = localErrorsOf(values);
    setErrors(local);
    if (Object.keys(local).length > 0) return;

    const { input, linkRows } = profileInputOf(values);
    const response = await updateProfile({ input, idempotencyKey: idempotencyKey.current });
    const outcome = response.data?.updateProfile;
    if (!outcome) return; // a transport or GraphQL error: shown from `result.error`
    switch (outcome.__typename) {
      case "Member":
        navigate("/me", { state: { notice: "profile-saved" } });
        return;
      case "InvalidProfile":
        setErrors(fieldErrorsOf(outcome.issues, linkRows));
        return;
      case "HandleTaken":
        setErrors({ handle: `@${outcome.takenHandle} is already taken. Try another handle.` });
        return;
      default:
        setRejection(outcome.message);
    }
  };

  const entries = Object.entries(errors);
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="page-heading">
      {(entries.length > 0 || rejection) && (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={summary}>
          <div>
            <p className="notice__title">Your profile was not saved</p>
            {rejection && <p>{rejection}</p>}
            {entries.length > 0 && (
              <ul>
                {entries.map(([key, message]) => (
                  <li key={key}>
                    {key === "form" ? (
                      message
                    ) : (
                      <a href={`#${fieldIdOf(key)}`}>
                        {fieldLabelOf(key)}: {message}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      {result.error && <ErrorState title="Your profile was not saved" error={result.error} />}

      <ProfileField
        name="displayName"
        label="Display name"
        hint="How people see you: your name or a nickname."
        error={errors.displayName}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            name="displayName"
            autoComplete="name"
            maxLength={profileLimits.displayName}
            required
            value={values.displayName}
            onChange={(event) => setField("displayName", event.target.value)}
          />
        )}
      </ProfileField>

      <ProfileField
        name="handle"
        label="Handle"
        hint="Your address on Meetstream: 3 to 30 lower-case letters, digits or hyphens."
        error={errors.handle}
      >
        {(control) => (
          <div className="input-with-prefix">
            <span className="input-with-prefix__prefix" aria-hidden="true">
              @
            </span>
            <input
              {...control}
              className="input"
              name="handle"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={profileLimits.handle}
              value={values.handle}
              onChange={(event) => setField("handle", event.target.value)}
            />
          </div>
        )}
      </ProfileField>

      <ProfileField
        name="bio"
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
      </ProfileField>

      <ProfileField
        name="avatarUrl"
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
      </ProfileField>

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
            <ProfileField
              name={`links.${row}.label`}
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
            </ProfileField>
            <ProfileField
              name={`links.${row}.url`}
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
            </ProfileField>
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
        <button type="submit" className="button" disabled={result.fetching} aria-busy={result.fetching}>
          {result.fetching ? "Saving…" : "Save profile"}
        </button>
        <Link to="/me" className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
