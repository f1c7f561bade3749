import type { CurrentMember } from "./member-documents";

/**
 * Whether the member may open the organiser console. Organisers run communities, and the API has no
 * communities yet, so it has nothing to say about who organises one: until it does, nobody is an
 * organiser and every member sees the "organisers only" page. When the API grows the field (for instance
 * `me { organises { … } }`), this is the one place that reads it.
 */
export function isOrganiser(_me: CurrentMember): boolean {
  return false;
}
