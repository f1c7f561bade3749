import { OrderedMap, Map as PersistentMap, Set as PersistentSet } from "immutable";
import type { StateCodec } from "../snapshot/state-snapshots";
import type { Meetup, Rsvp, WaitlistedParty } from "./decider";

/** The meetup state as JSON: its persistent collections as the plain values they hold. */
interface MeetupJson extends Omit<Meetup, "rsvps" | "waitlist" | "releaseCauses"> {
  rsvps: Record<string, Rsvp>;
  /** In line order. */
  waitlist: WaitlistedParty[];
  releaseCauses: string[];
}

/**
 * A meetup's snapshot: plain JSON out, persistent collections back. Each collection is built in one go
 * from its JSON (the constructors fill a fresh collection in place before handing it out), so a meetup
 * of 10,000 RSVPs decodes in milliseconds rather than 10,000 copies of a growing path.
 */
export const meetupStateCodec: StateCodec<Meetup> = {
  toJson(meetup): MeetupJson {
    // A hash map iterates in no useful order: by member id (time-ordered UUIDs), neighbours share
    // prefixes, which brotli turns into a smaller snapshot, and the same state always encodes the same.
    const rsvps: Record<string, Rsvp> = {};
    for (const memberId of [...meetup.rsvps.keys()].sort())
      rsvps[memberId] = meetup.rsvps.get(memberId) as Rsvp;
    return {
      ...meetup,
      rsvps,
      waitlist: [...meetup.waitlist.values()],
      releaseCauses: meetup.releaseCauses.toArray().sort(),
    };
  },
  fromJson(json) {
    const meetup = json as MeetupJson;
    return {
      ...meetup,
      rsvps: PersistentMap(meetup.rsvps),
      waitlist: OrderedMap(meetup.waitlist.map((party) => [party.memberId, party] as const)),
      releaseCauses: PersistentSet(meetup.releaseCauses),
    };
  },
};
