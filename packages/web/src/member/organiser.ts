import type { CurrentMember } from "./member-documents";

/** Whether the member may open the organiser console: they organise at least one community. */
export function isOrganiser(me: CurrentMember): boolean {
  return me.organises.length > 0;
}
