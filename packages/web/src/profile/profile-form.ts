import { type FieldErrors, sentenceOf } from "../components/form-field";
import type { Profile, ProfileInput } from "../member/member-documents";

/** The profile rules the API enforces (packages/core member/profile-input.ts), mirrored as input limits. */
export const profileLimits = {
  displayName: 80,
  handle: 30,
  bio: 500,
  links: 5,
  linkLabel: 50,
  url: 2048,
} as const;

export interface LinkRow {
  label: string;
  url: string;
}

/** What the editor's fields hold: plain strings, as typed. */
export interface ProfileFormValues {
  displayName: string;
  handle: string;
  bio: string;
  links: LinkRow[];
  avatarUrl: string;
}

export interface ProfileIssue {
  path: readonly string[];
  message: string;
}

export function formValuesOf(profile: Profile): ProfileFormValues {
  return {
    displayName: profile.displayName,
    handle: profile.handle ?? "",
    bio: profile.bio,
    links: profile.links.map(({ label, url }) => ({ label, url })),
    avatarUrl: profile.avatarUrl ?? "",
  };
}

/**
 * The input to send, and for each link sent, the row it came from: rows left entirely blank are dropped,
 * so the API's `links.1` may be the form's third row.
 */
export function profileInputOf(values: ProfileFormValues): { input: ProfileInput; linkRows: number[] } {
  const linkRows: number[] = [];
  const links: LinkRow[] = [];
  values.links.forEach((link, row) => {
    const label = link.label.trim();
    const url = link.url.trim();
    if (label === "" && url === "") return;
    linkRows.push(row);
    links.push({ label, url });
  });
  const handle = values.handle.trim().toLowerCase();
  const avatarUrl = values.avatarUrl.trim();
  return {
    input: {
      displayName: values.displayName.trim(),
      // A handle, once chosen, cannot be removed: a blank field leaves it as it is.
      ...(handle === "" ? {} : { handle }),
      bio: values.bio.trim(),
      links,
      avatarUrl: avatarUrl === "" ? null : avatarUrl,
    },
    linkRows,
  };
}

/**
 * Puts each issue the API reported on the field it is about, keyed by its whole path joined with dots
 * (`handle`, `links.2.url`), translating link indexes back to rows.
 */
export function fieldErrorsOf(issues: readonly ProfileIssue[], linkRows: readonly number[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = [...issue.path];
    if (path[0] === "links" && path[1] !== undefined) {
      const row = linkRows[Number(path[1])];
      if (row !== undefined) path[1] = String(row);
    }
    const key = path.length === 0 ? "form" : path.join(".");
    errors[key] ??= sentenceOf(issue.message);
  }
  return errors;
}

/** The field names people see, for the error summary at the top of the form. */
export function fieldLabelOf(key: string): string {
  const [field, row, part] = key.split(".");
  switch (field) {
    case "displayName":
      return "Display name";
    case "handle":
      return "Handle";
    case "bio":
      return "Bio";
    case "avatarUrl":
      return "Avatar address";
    case "links":
      if (row === undefined) return "Links";
      return `Link ${Number(row) + 1}${part === "url" ? " address" : part === "label" ? " label" : ""}`;
    default:
      return "Profile";
  }
}

/** The id of the control a field error belongs to, so the summary can link to it. */
export function fieldIdOf(key: string): string {
  return `profile-${key.replaceAll(".", "-")}`;
}

/**
 * The mistakes worth catching before a round trip, in friendlier words than the API's; everything else
 * (handle format, addresses, lengths) is left to the API, which owns the rules.
 */
export function localErrorsOf(values: ProfileFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.displayName.trim() === "") errors.displayName = "Enter the name people will see.";
  values.links.forEach((link, row) => {
    const label = link.label.trim();
    const url = link.url.trim();
    if (label === "" && url !== "") errors[`links.${row}.label`] = "Give this link a label.";
    if (url === "" && label !== "") errors[`links.${row}.url`] = "Add the address this link points to.";
  });
  return errors;
}
