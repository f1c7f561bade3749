import type { DomainEvent } from "../eventstore/envelope";

/**
 * The pure heart of an aggregate: what a command means given the state (`decide`), and how each fact
 * changes the state (`evolve`). No I/O, no clock: the time a command happens is part of the command.
 */
export interface Decider<State, Command, Event extends DomainEvent> {
  initialState: State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}

export const fold = <State, Event extends DomainEvent>(
  decider: Pick<Decider<State, unknown, Event>, "initialState" | "evolve">,
  events: readonly Event[],
  from: State = decider.initialState,
): State => events.reduce(decider.evolve, from);
