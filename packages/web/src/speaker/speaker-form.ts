import { type FieldErrors, sentenceOf } from "../components/form-field";
import type { SpeakerProfileData, SpeakerProfileInput } from "./speaker-documents";

/** The speaker profile rules the API enforces (packages/core speaker/speaker-input.ts), as input limits. */
export const speakerLimits = { headline: 120, bio: 2000, links: 5, linkLabel: 50, url: 2048 } as const;

export interface SpeakerFormValues {
  headline: string;
  bio: string;
  links: { label: string; url: string }[];
}

export const speakerValuesOf = (profile: SpeakerProfileData | null | undefined): SpeakerFormValues => ({
  headline: profile?.headline ?? "",
  bio: profile?.bio ?? "",
  links: (profile?.links ?? []).map(({ label, url }) => ({ label, url })),
});

/**
 * The input to send, and for each link sent, the row it came from: rows left entirely blank are dropped,
 * so the API's `links.1` may be the form's third row.
 */
export function speakerInputOf(values: SpeakerFormValues): {
  input: SpeakerProfileInput;
  linkRows: number[];
} {
  const linkRows: number[] = [];
  const links: { label: string; url: string }[] = [];
  values.links.forEach((link, row) => {
    const label = link.label.trim();
    const url = link.url.trim();
    if (label === "" && url === "") return;
    linkRows.push(row);
    links.push({ label, url });
  });
  return { input: { headline: values.headline.trim(), bio: values.bio.trim(), links }, linkRows };
}

/** Each issue the API reported, on the field it is about (`headline`, `links.2.url`), link rows translated back. */
export function speakerErrorsOf(
  issues: readonly { path: readonly string[]; message: string }[],
  linkRows: readonly number[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = [...issue.path];
    if (path[0] === "links" && path[1] !== undefined) {
      const row = linkRows[Number(path[1])];
      if (row !== undefined) path[1] = String(row);
    }
    errors[path.length === 0 ? "form" : path.join(".")] ??= sentenceOf(issue.message);
  }
  return errors;
}

/** Mistakes worth catching before a round trip; the API owns every other rule. */
export function speakerLocalErrorsOf(values: SpeakerFormValues): FieldErrors {
  const errors: FieldErrors = {};
  values.links.forEach((link, row) => {
    const label = link.label.trim();
    const url = link.url.trim();
    if (label === "" && url !== "") errors[`links.${row}.label`] = "Give this link a label.";
    if (url === "" && label !== "") errors[`links.${row}.url`] = "Add the address this link points to.";
    if (url !== "" && !url.startsWith("https://"))
      errors[`links.${row}.url`] = "Use an https address, such as https://example.org.";
  });
  return errors;
}

export function speakerFieldLabelOf(key: string): string {
  const [field, row, part] = key.split(".");
  if (field === "headline") return "Headline";
  if (field === "bio") return "Bio";
  if (field === "links" && row !== undefined)
    return `Link ${Number(row) + 1}${part === "url" ? " address" : part === "label" ? " label" : ""}`;
  if (field === "links") return "Links";
  return "Speaker profile";
}

export const speakerFieldIdOf = (key: string): string => `speaker-${key.replaceAll(".", "-")}`;
