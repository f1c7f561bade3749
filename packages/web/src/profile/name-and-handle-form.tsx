import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { ErrorState } from "../components/error-state";
import type { FieldErrors } from "../components/form-field";
import { useCommand } from "../graphql/command";
import { type Profile, UpdateProfileMutation } from "../member/member-documents";
import { DisplayNameField, HandleField, ProfileErrorSummary } from "./profile-fields";
import { fieldErrorsOf } from "./profile-form";

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
      <ProfileErrorSummary entries={entries} rejection={rejection} summaryRef={summary} />
      {updating.error && <ErrorState title="Your profile was not saved" error={updating.error} />}
      <DisplayNameField
        value={displayName}
        error={errors.displayName}
        onChange={(value) => {
          idempotencyKey.current = crypto.randomUUID();
          setDisplayName(value);
        }}
      />
      <HandleField
        value={handle}
        error={errors.handle}
        required
        onChange={(value) => {
          idempotencyKey.current = crypto.randomUUID();
          setHandle(value);
        }}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={updating.fetching} aria-busy={updating.fetching}>
          {updating.fetching ? "Saving…" : "Save and continue"}
        </button>
        {children}
      </div>
    </form>
  );
}
