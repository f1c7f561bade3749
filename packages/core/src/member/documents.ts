import type { DocumentKey, IndexKey } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import type { Projection } from "../projection/projection";
import { EmailReleased, type EmailReservationEvent, EmailReserved, type MemberEvent } from "./events";
import { erasedProfile, type MemberProfile, newMemberName } from "./profile";
import { type Reservation, reservationDecider } from "./reservation";

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
 * One profile document per member, in the `first` index under its handle. The state holds only what
 * the profile shows (never the email), because the projector keeps it in the document store too; and
 * once the member is erased, or their key is gone, it holds nothing personal at all.
 */
export const membersProjection: Projection<MemberProfile | null> = {
  name: "members",
  categories: ["member"],
  initialState: null,
  evolve(profile, envelope) {
    assertOpened(envelope);
    const id = envelope.streamId.slice("member-".length);
    const event = envelope as unknown as MemberEvent;
    switch (event.type) {
      case "MemberRegistered":
        if (event.data.email === null) return erasedProfile(id, event.data.registeredAt);
        return {
          id,
          handle: null,
          displayName: newMemberName,
          bio: "",
          links: [],
          avatarUrl: null,
          erased: false,
          registeredAt: event.data.registeredAt,
        };
      case "ProfileUpdated": {
        if (!profile || profile.erased) return profile;
        const { displayName, handle, bio, links, avatarUrl } = event.data;
        if (displayName === null) return erasedProfile(id, profile.registeredAt);
        return { ...profile, displayName, handle, bio: bio ?? "", links: links ?? [], avatarUrl };
      }
      case "MemberErased":
        return erasedProfile(id, profile?.registeredAt ?? envelope.meta.occurredAt);
    }
  },
  documents(profile) {
    if (!profile) return [];
    return [
      {
        key: memberProfileKey(profile.id),
        body: profile,
        indexes: profile.handle ? { first: handleIndexKey(profile.handle) } : {},
      },
    ];
  },
};

const emailReservation = reservationDecider(EmailReserved, EmailReleased);

/** Which member an email belongs to, by the email's digest, while it is reserved. */
export const memberEmailsProjection: Projection<Reservation> = {
  name: "member-emails",
  categories: ["email"],
  initialState: emailReservation.initialState,
  evolve: (reservation, event) =>
    emailReservation.evolve(reservation, event as unknown as EmailReservationEvent),
  documents(reservation, streamId) {
    if (reservation.holder === null) return [];
    return [{ key: emailLookupKey(streamId.slice("email-".length)), body: { memberId: reservation.holder } }];
  },
};

export const memberProjections: readonly Projection[] = [
  membersProjection as Projection,
  memberEmailsProjection as Projection,
];
