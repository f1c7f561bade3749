import type { CurrentMember } from "./member-documents";

type ConsoleCommunity = CurrentMember["organises"][number];

/** Whether the member runs the whole organiser console: they organise at least one community. */
export function isOrganiser(me: CurrentMember): boolean {
  return me.organises.length > 0;
}

/** The communities the member hosts: the console lets them check people in at those communities' meetups. */
export function hostedCommunities(me: CurrentMember): ConsoleCommunity[] {
  return me.communities.filter((mine) => mine.role === "HOST").map((mine) => mine.community);
}

/** Whether the member may open the console at all: organisers for everything, hosts for check-in only. */
export function mayOpenConsole(me: CurrentMember): boolean {
  return isOrganiser(me) || hostedCommunities(me).length > 0;
}
