import { FormField } from "./form-field";

/** How a description may be written: the Markdown the API's renderer keeps. */
const markdownHint = "Markdown: *emphasis*, **strong**, [links](https://…) and lists.";

/**
 * A Markdown text area (a community's or a meetup's description, and every longer text written for
 * others to read), with the hint on what Markdown does and the field's own limit.
 */
export function MarkdownField({
  id,
  label,
  purpose,
  maximumLength,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  /** What the text is for, said before the Markdown hint. */
  purpose?: string;
  maximumLength: number;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <FormField
      id={id}
      label={label}
      hint={purpose ? `${purpose} ${markdownHint}` : markdownHint}
      error={error}
    >
      {(control) => (
        <textarea
          {...control}
          className="input"
          rows={6}
          maxLength={maximumLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
