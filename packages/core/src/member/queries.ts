import { fold } from "../decider/decider";
import { type StreamStates, streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import { getMany } from "../documents/paged-query";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import { type Member, memberDecider } from "./decider";
import { handleIndexKey, memberProfileKey } from "./documents";
import { HandleReleased, HandleReserved, type MemberEvent } from "./events";
import { handleStream, memberStream } from "./member-streams";
import { type MemberProfile, newMemberName } from "./profile";
import { isHandle } from "./profile-input";
import { reservationDecider } from "./reservation";

export interface MemberQueriesOptions {
  /** Wrapped in `personalDataStore(...)`: the email is read from the member's stream, opened. */
  store: EventStore;
  documents: DocumentStore;
  /** The member streams' states, when the commands keep them already. */
  states?: StreamStates<Member, MemberEvent>;
}

/**
 * Every read of the member context. Profiles are public; what only the member may see is read as the
 * viewer (the member who reads, undefined for a visitor), never as someone named by the caller.
 */
export interface MemberQueries {
  /** From the member's stream (strongly consistent): whether they were erased. Unknown members were not. */
  isErased(memberId: string): Promise<boolean>;
  /** The viewer's own email, decrypted; undefined for a visitor and once erased. */
  emailOf(viewerId: string | undefined): Promise<string | undefined>;
  /**
   * From the viewer's stream: whether they have neither a name of their own nor a handle yet, as after their
   * first sign-in, when the web app welcomes them. False for a visitor and once erased.
   */
  isNewcomer(viewerId: string | undefined): Promise<boolean>;
  /** From documents. */
  byId(memberId: string): Promise<MemberProfile | undefined>;
  /** From documents, in one read: for batching. */
  byIds(memberIds: readonly string[]): Promise<(MemberProfile | undefined)[]>;
  /** From documents; an erased member has no handle. */
  byHandle(handle: string): Promise<MemberProfile | undefined>;
}

export function memberQueries(options: MemberQueriesOptions): MemberQueries {
  const { store, documents } = options;
  const states = options.states ?? streamStates({ store, decider: memberDecider });
  const handleReservation = reservationDecider(HandleReserved, HandleReleased);

  const readMember = async (memberId: string): Promise<Member> =>
    (await states.current(memberStream(memberId))).state;

  return {
    async isErased(memberId) {
      if (!isUuid(memberId)) return false;
      return (await readMember(memberId)).status === "erased";
    },

    async emailOf(viewerId) {
      if (typeof viewerId !== "string" || !isUuid(viewerId)) return undefined;
      const member = await readMember(viewerId);
      return member.status === "registered" ? (member.email ?? undefined) : undefined;
    },

    async isNewcomer(viewerId) {
      if (typeof viewerId !== "string" || !isUuid(viewerId)) return false;
      const member = await readMember(viewerId);
      return member.status === "registered" && member.handle === null && member.displayName === newMemberName;
    },

    async byId(memberId) {
      if (!isUuid(memberId)) return undefined;
      return (await documents.get<MemberProfile>(memberProfileKey(memberId)))?.body ?? undefined;
    },

    async byIds(memberIds) {
      const valid = memberIds.filter(isUuid);
      const found = new Map<string, MemberProfile>();
      for (const profile of await getMany<MemberProfile>(documents, valid.map(memberProfileKey)))
        if (profile) found.set(profile.id, profile);
      return memberIds.map((memberId) => found.get(memberId));
    },

    async byHandle(handle) {
      const wanted = typeof handle === "string" ? handle.trim().toLowerCase() : "";
      if (!isHandle(wanted)) return undefined;
      const { documents: named } = await documents.query<MemberProfile>("first", {
        partition: handleIndexKey(wanted).partition,
        limit: 10,
      });
      const live = named.flatMap((document) =>
        document.body?.handle === wanted && !document.body.erased ? [document.body] : [],
      );
      if (live.length <= 1) return live[0];
      // A handle released a moment ago may still show on its old profile until that is projected again:
      // the reservation stream says whose it is now.
      const holder = fold(
        handleReservation,
        (await store.readStream(handleStream(wanted))) as never[],
      ).holder;
      return live.find((profile) => profile.id === holder);
    },
  };
}
