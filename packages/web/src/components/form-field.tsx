import type { ReactNode } from "react";

/**
 * A labelled control with its hint and error, wired with aria-describedby so both are read with it.
 * `children` receives the attributes the control must carry.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: (control: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": true } : {}),
      })}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Field errors keyed by the field they belong to: here the input's top-level field (`name`, `tags`); the
 * profile form keys link rows by their whole path (`links.2.url`); `form` for the input as a whole.
 */
export type FieldErrors = Record<string, string>;

/**
 * Puts each issue the API reported on its field: `["tags", "2"]` belongs to the tags field (its third item),
 * `["venue", "address"]` to the venue address field.
 */
export function fieldErrorsOf(issues: readonly { path: readonly string[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const [field = "form", part] = issue.path;
    const item = part !== undefined && /^\d+$/.test(part) ? Number(part) : undefined;
    // An item of a list is told by its place; a part of an object (the venue's address) has a field of
    // its own, named by both (`venueAddress`).
    const key =
      part === undefined || item !== undefined ? field : field + part.charAt(0).toUpperCase() + part.slice(1);
    const prefix = item === undefined ? "" : `Item ${item + 1}: `;
    errors[key] ??= prefix + sentenceOf(issue.message);
  }
  return errors;
}

/** An issue's message as a sentence: capitalised, with its full stop. */
export function sentenceOf(message: string): string {
  const trimmed = message.trim();
  if (trimmed === "") return "This is not valid.";
  const capitalised = trimmed[0]?.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** The summary at the top of a refused form: it takes focus, and links to each field with an error. */
export function ErrorSummary({
  title,
  errors,
  labels,
  idOf,
  summaryRef,
}: {
  title: string;
  errors: FieldErrors;
  labels: Record<string, string>;
  idOf: (field: string) => string;
  summaryRef: React.RefObject<HTMLDivElement | null>;
}) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
      <div>
        <p className="notice__title">{title}</p>
        <ul>
          {entries.map(([field, message]) => (
            <li key={field}>
              {labels[field] ? (
                <a href={`#${idOf(field)}`}>
                  {labels[field]}: {message}
                </a>
              ) : (
                message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
