import type { Ref } from "react";
import { FormField } from "../components/form-field";
import { fieldIdOf, fieldLabelOf, profileLimits } from "./profile-form";

/**
 * What a profile form says when it was not saved: the API's refusal and each field's error, each a link to
 * its field. The welcome's two fields and the full editor share it, and the two fields below.
 */
export function ProfileErrorSummary({
  entries,
  rejection,
  summaryRef,
}: {
  entries: [string, string][];
  rejection: string | null | undefined;
  summaryRef: Ref<HTMLDivElement>;
}) {
  if (entries.length === 0 && !rejection) return null;
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
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
  );
}

interface FieldProps {
  value: string;
  error: string | undefined;
  onChange(value: string): void;
  required?: boolean;
}

export function DisplayNameField({ value, error, onChange }: Omit<FieldProps, "required">) {
  return (
    <FormField
      id={fieldIdOf("displayName")}
      label="Display name"
      hint="How people see you: your name or a nickname."
      error={error}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          name="displayName"
          autoComplete="name"
          maxLength={profileLimits.displayName}
          required
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

export function HandleField({ value, error, onChange, required = false }: FieldProps) {
  return (
    <FormField
      id={fieldIdOf("handle")}
      label="Handle"
      hint="Your address on Meetstream: 3 to 30 lower-case letters, digits or hyphens."
      error={error}
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
            required={required}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
      )}
    </FormField>
  );
}
