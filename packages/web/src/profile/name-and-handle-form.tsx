import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { ErrorState } from "../components/error-state";
import { type FieldErrors, FormField } from "../components/form-field";
import { useCommand } from "../graphql/command";
import { type Profile, UpdateProfileMutation } from "../member/member-documents";
import { fieldErrorsOf, fieldIdOf, fieldLabelOf, profileLimits } from "./profile-form";

/**
 * The two fields a new profile needs before any other: the name people see and the handle that gives the
 * profile its address. The rest of the profile stays as it is, for the full editor.
 */
export function NameAndHandleForm({
  profile,
  startBlank,
  onSaved,
  children,
}: {
  profile: Profile;
  /** A newcomer's name is the placeholder "New member": better an empty field than one to clear. */
  startBlank: boolean;
  onSaved(): void;
  /** Beside the submit button: another way on. */
  children?: ReactNode;
}) {
  const [displayName, setDisplayName] = useState(startBlank ? "" : profile.displayName);
  const [handle, setHandle] = useState(profile.handle ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const updating = useCommand(UpdateProfileMutation, {
    onInvalidProfile: (invalid) => setErrors(fieldErrorsOf(invalid.issues, [])),
    onHandleTaken: (taken) =>
      setErrors({ handle: `@${taken.takenHandle} is already taken. Try another handle.` }),
  });
  const rejection = updating.rejection;
  const summary = useRef<HTMLDivElement>(null);
  const idempotencyKey = useRef(crypto.randomUUID());
  const errorCount = Object.keys(errors).length + (rejection ? 1 : 0);
  useEffect(() => {
    if (errorCount > 0) summary.current?.focus();
  }, [errorCount]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    updating.clear();
    const local: FieldErrors = {};
    if (displayName.trim() === "") local.displayName = "Enter the name people will see.";
    if (handle.trim() === "") local.handle = "Choose a handle: it gives your profile its address.";
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const input = { displayName: displayName.trim(), handle: handle.trim().toLowerCase() };
    if (await updating.run({ input, idempotencyKey: idempotencyKey.current })) onSaved();
  };

  const entries = Object.entries(errors);
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Your name and handle">
      {(entries.length > 0 || rejection) && (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={summary}>
          <div>
            <p className="notice__title">Your profile was not saved</p>
            {rejection && <p>{rejection}</p>}
            {entries.length > 0 && (
              <ul>
                {entries.map(([key, message]) => (
                  <li key={key}>
                    <a href={`#${fieldIdOf(key)}`}>
                      {fieldLabelOf(key)}: {message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      {updating.error && <ErrorState title="Your profile was not saved" error={updating.error} />}
      <FormField
        id={fieldIdOf("displayName")}
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
            value={displayName}
            onChange={(event) => {
              idempotencyKey.current = crypto.randomUUID();
              setDisplayName(event.target.value);
            }}
          />
        )}
      </FormField>
      <FormField
        id={fieldIdOf("handle")}
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
              required
              value={handle}
              onChange={(event) => {
                idempotencyKey.current = crypto.randomUUID();
                setHandle(event.target.value);
              }}
            />
          </div>
        )}
      </FormField>
      <div className="button-row">
        <button type="submit" className="button" disabled={updating.fetching} aria-busy={updating.fetching}>
          {updating.fetching ? "Saving…" : "Save and continue"}
        </button>
        {children}
      </div>
    </form>
  );
}
