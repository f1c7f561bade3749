import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import type { CommunityRoles, CommunityStanding } from "./community-roles";
import { meetupStream } from "./documents";
import { MeetupNotFound, NotAnOrganiser } from "./errors";

/** Who may act on and see a meetup follows from the asker's standing in its community. */
export interface CommunityStandings {
  /** The community a meetup belongs to: fixed by its first event, so one event is all it takes to read. */
  communityOf(meetupId: string): Promise<string>;
  /** Null for a visitor and for anyone outside the community. */
  standingOf(communityId: string, actor: string | undefined): Promise<CommunityStanding | null>;
  /** Throws `NotAnOrganiser` for anyone else. */
  assertOrganiser(communityId: string, actor: string | undefined): Promise<void>;
  /** Throws `NotAnOrganiser` for anyone but organisers and hosts. */
  assertOrganiserOrHost(communityId: string, actor: string | undefined): Promise<void>;
}

export const isMember = (standing: CommunityStanding | null): boolean =>
  standing === "organiser" || standing === "host" || standing === "member";

export function communityStandings(store: EventStore, communities: CommunityRoles): CommunityStandings {
  async function standingOf(communityId: string, actor: string | undefined) {
    return typeof actor === "string" && actor.length > 0 ? communities.roleOf(communityId, actor) : null;
  }
  return {
    async communityOf(meetupId) {
      if (typeof meetupId !== "string" || !isUuid(meetupId)) throw new MeetupNotFound(String(meetupId));
      const [first] = await store.readStream(meetupStream(meetupId), { limit: 1 });
      if (first?.type !== "MeetupScheduled") throw new MeetupNotFound(meetupId);
      return (first.data as { communityId: string }).communityId;
    },
    standingOf,
    async assertOrganiser(communityId, actor) {
      if ((await standingOf(communityId, actor)) !== "organiser")
        throw new NotAnOrganiser(communityId, String(actor));
    },
    async assertOrganiserOrHost(communityId, actor) {
      const standing = await standingOf(communityId, actor);
      if (standing !== "organiser" && standing !== "host")
        throw new NotAnOrganiser(communityId, String(actor));
    },
  };
}
