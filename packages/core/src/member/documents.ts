import type { DocumentKey, IndexKey } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import type { DocumentChange, DocumentKind, DocumentProjection, Projection } from "../projection/projection";
import type { EmailReservationEvent, MemberEvent } from "./events";
import { erasedProfile, type MemberProfile, newMemberName } from "./profile";

const memberIdOf = (streamId: string) => streamId.slice("member-".length);

export const memberProfileKey = (memberId: string): DocumentKey => ({
  partition: `member#${memberId}`,
  sort: "profile",
});

/** The `first` index of a profile: its handle, so that a handle finds its member. */
export const handleIndexKey = (handle: string): IndexKey => ({
  partition: `handle#${handle}`,
  sort: "member",
});

export const emailLookupKey = (emailDigest: string): DocumentKey => ({
  partition: `email#${emailDigest}`,
  sort: "member",
});

/**
 * Sealed text reaching the projection means it was given the bare event store, and would show ciphertext
 * as names: a wiring mistake, so it fails loudly (see keys/personal-data-store.ts). Links tell for sure:
 * opened, they are a list (or null), never text, whatever a member typed.
 */
function assertOpened(event: EventEnvelope): void {
  if (event.type === "ProfileUpdated" && typeof (event.data as { links?: unknown }).links === "string")
    throw new Error(
      `${event.type} in ${event.streamId} arrived sealed: read member streams through personalDataStore`,
    );
}

/**
 * One profile document per member, in the `first` index under its handle. It holds only what the profile
 * shows (never the email); once the member is erased, or their key is gone, it holds nothing personal.
 */
const profileDocuments: DocumentKind<MemberEvent, MemberProfile> = {
  touches: (event) => [memberProfileKey(memberIdOf(event.streamId))],
  evolve({ body: profile }, envelope) {
    assertOpened(envelope);
    const id = memberIdOf(envelope.streamId);
    const next = (changed: MemberProfile): DocumentChange<MemberProfile> => ({
      type: "upsert",
      body: changed,
      indexes: changed.handle ? { first: handleIndexKey(changed.handle) } : {},
    });
    switch (envelope.type) {
      case "MemberRegistered":
        if (envelope.data.email === null) return next(erasedProfile(id, envelope.data.registeredAt));
        return next({
          id,
          handle: null,
          displayName: newMemberName,
          bio: "",
          links: [],
          avatarUrl: null,
          erased: false,
          registeredAt: envelope.data.registeredAt,
        });
      case "ProfileUpdated": {
        if (!profile || profile.erased) return { type: "unchanged" };
        const { displayName, handle, bio, links, avatarUrl } = envelope.data;
        if (displayName === null) return next(erasedProfile(id, profile.registeredAt));
        return next({ ...profile, displayName, handle, bio: bio ?? "", links: links ?? [], avatarUrl });
      }
      case "MemberErased":
        return next(erasedProfile(id, profile?.registeredAt ?? envelope.meta.occurredAt));
    }
  },
};

export const membersProjection: DocumentProjection<MemberEvent> = {
  name: "members",
  categories: ["member"],
  kinds: [profileDocuments],
};

/** Which member an email belongs to, by the email's digest, while it is reserved. */
const emailLookups: DocumentKind<EmailReservationEvent, { memberId: string }> = {
  touches: (event) => [emailLookupKey(event.streamId.slice("email-".length))],
  evolve: (_lookup, event) =>
    event.type === "EmailReserved"
      ? { type: "upsert", body: { memberId: event.data.memberId } }
      : { type: "delete" },
};

export const memberEmailsProjection: DocumentProjection<EmailReservationEvent> = {
  name: "member-emails",
  categories: ["email"],
  kinds: [emailLookups],
};

export const memberProjections: readonly Projection[] = [membersProjection, memberEmailsProjection];
