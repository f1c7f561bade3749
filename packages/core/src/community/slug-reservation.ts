import type { Decider } from "../decider/decider";
import { SlugReleased, type SlugReservationEvent, SlugReserved } from "./events";

/**
 * A slug only one community may hold at a time. Its stream is the lock: the first reservation appends to
 * a stream that must not exist yet ("no stream"), later ones at the version read, so of two communities
 * reserving at once one append conflicts, and its retry finds the slug held.
 */
/** The stream that holds a slug's reservation. */
export const slugStream = (slug: string) => `slug-${slug}`;

export interface SlugReservation {
  holder: string | null;
}

export type SlugReservationCommand =
  | { type: "Reserve"; communityId: string }
  | { type: "Release"; communityId: string };

/** Reserving a slug held by another community decides nothing: the caller sees the holder in the state. */
export const slugReservationDecider: Decider<SlugReservation, SlugReservationCommand, SlugReservationEvent> =
  {
    initialState: { holder: null },
    decide(command, reservation) {
      switch (command.type) {
        case "Reserve":
          return reservation.holder === null ? [SlugReserved({ communityId: command.communityId })] : [];
        case "Release":
          return reservation.holder === command.communityId
            ? [SlugReleased({ communityId: command.communityId })]
            : [];
      }
    },
    evolve(_reservation, event) {
      return { holder: event.type === "SlugReserved" ? event.data.communityId : null };
    },
  };
