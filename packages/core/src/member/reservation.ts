import type { Decider } from "../decider/decider";
import type { DomainEvent } from "../eventstore/envelope";
import type { EventType } from "../eventstore/event-type";
import type { reservationData } from "./events";

/**
 * A name only one member may hold at a time (a handle, an email). Its stream is the lock: reserving
 * appends at the version read, so of two members reserving at once one append conflicts, and its retry
 * finds the name held.
 */
export interface Reservation {
  holder: string | null;
}

export type ReservationCommand =
  | { type: "Reserve"; memberId: string }
  | { type: "Release"; memberId: string };

type ReservationEvent<Type extends string> = DomainEvent<Type, { memberId: string }>;

/**
 * Reserving a name held by another member decides nothing rather than failing: the caller sees the
 * holder in the state and decides what that means (a taken handle, or the member an email belongs to).
 */
export function reservationDecider<Reserved extends string, Released extends string>(
  reserved: EventType<Reserved, ReturnType<typeof reservationData>>,
  released: EventType<Released, ReturnType<typeof reservationData>>,
): Decider<Reservation, ReservationCommand, ReservationEvent<Reserved> | ReservationEvent<Released>> {
  return {
    initialState: { holder: null },
    decide(command, reservation) {
      switch (command.type) {
        case "Reserve":
          return reservation.holder === null ? [reserved({ memberId: command.memberId })] : [];
        case "Release":
          return reservation.holder === command.memberId ? [released({ memberId: command.memberId })] : [];
      }
    },
    evolve(_reservation, event) {
      return { holder: event.type === reserved.type ? event.data.memberId : null };
    },
  };
}
