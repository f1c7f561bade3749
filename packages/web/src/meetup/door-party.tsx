import { useState } from "react";
import type { Attendee } from "./meetup-documents";

/** Who of a party is in: the member, and how many of their guests. */
export interface PartyAtTheDoor {
  checkedIn: boolean;
  guestsCheckedIn: number;
}

export const partyOf = (attendee: Attendee): PartyAtTheDoor => ({
  checkedIn: attendee.checkedIn,
  guestsCheckedIn: attendee.guestsCheckedIn,
});

const guestWords = (count: number) => (count === 1 ? "1 guest" : `${count} guests`);

/**
 * One party at the door: one row a thumb can work, with the member's name, the check-in (or, once in, an
 * undo) at the row's end and, for a party with guests, how many of them came. Before the member is in the
 * guests are counted here and sent with the check-in; once in, each step is sent at once.
 */
export function DoorParty({
  attendee,
  name,
  mayAct,
  busy,
  onChange,
}: {
  attendee: Attendee;
  name: string;
  /** Outside the door's hours the list is read only. */
  mayAct: boolean;
  busy: boolean;
  onChange(party: PartyAtTheDoor): void;
}) {
  const [arriving, setArriving] = useState(attendee.guests);
  const { checkedIn, guestsCheckedIn } = attendee;
  const guests = checkedIn ? guestsCheckedIn : Math.min(arriving, attendee.guests);
  return (
    <li className={`door-party${checkedIn ? " door-party--in" : ""}`}>
      <div className="door-party__who">
        <span className="door-party__name">{name}</span>
        <span className="door-party__state">
          {checkedIn
            ? attendee.guests > 0
              ? `Checked in with ${guestsCheckedIn} of ${guestWords(attendee.guests)}`
              : "Checked in"
            : attendee.attendance === "NO_SHOW"
              ? "Did not come"
              : attendee.guests > 0
                ? `With ${guestWords(attendee.guests)}`
                : "Expected"}
        </span>
      </div>
      {mayAct &&
        (checkedIn ? (
          <button
            type="button"
            className="button button--secondary door-party__action"
            disabled={busy}
            onClick={() => onChange({ checkedIn: false, guestsCheckedIn: 0 })}
          >
            Undo<span className="visually-hidden"> the check-in of {name}</span>
          </button>
        ) : (
          <button
            type="button"
            className="button door-party__action"
            disabled={busy}
            onClick={() => onChange({ checkedIn: true, guestsCheckedIn: guests })}
          >
            Check in<span className="visually-hidden"> {name}</span>
          </button>
        ))}
      {mayAct && attendee.guests > 0 && (
        <GuestStepper
          name={name}
          value={guests}
          limit={attendee.guests}
          busy={busy}
          onStep={(next) =>
            checkedIn ? onChange({ checkedIn: true, guestsCheckedIn: next }) : setArriving(next)
          }
        />
      )}
    </li>
  );
}

function GuestStepper({
  name,
  value,
  limit,
  busy,
  onStep,
}: {
  name: string;
  value: number;
  limit: number;
  busy: boolean;
  onStep(next: number): void;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's legend would repeat the name the label says
    <div className="guest-stepper" role="group" aria-label={`Guests of ${name}`}>
      <span className="guest-stepper__label" aria-hidden="true">
        Guests
      </span>
      <button
        type="button"
        className="button button--secondary guest-stepper__step"
        disabled={busy || value <= 0}
        onClick={() => onStep(value - 1)}
      >
        <span aria-hidden="true">−</span>
        <span className="visually-hidden">One guest fewer with {name}</span>
      </button>
      <output className="guest-stepper__value" aria-live="polite">
        {value} of {limit}
      </output>
      <button
        type="button"
        className="button button--secondary guest-stepper__step"
        disabled={busy || value >= limit}
        onClick={() => onStep(value + 1)}
      >
        <span aria-hidden="true">+</span>
        <span className="visually-hidden">One guest more with {name}</span>
      </button>
    </div>
  );
}
