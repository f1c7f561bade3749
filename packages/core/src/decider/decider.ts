import type { DomainEvent } from "../eventstore/envelope";

/**
 * What a decision may know of its request beside the command's data, as Emmett's command `metadata`:
 * when it happens and who asks. The command handler sets both, so that a command carries data only and
 * a retried request is the same command.
 */
export interface CommandMetadata {
  /** When the command is decided (ISO UTC), which is also its events' `occurredAt`: no clock in a decider. */
  at: string;
  /** Who asks: a member id, or `system:…` for the system's own commands. */
  actor: string;
}

/** A command as a decider receives it: its data, and its metadata beside it. */
export type WithMetadata<Command> = Command & { metadata: CommandMetadata };

/**
 * The pure heart of an aggregate: what a command means given the state (`decide`), and how each fact
 * changes the state (`evolve`). No I/O, no clock: when and by whom are the command's `metadata`.
 */
export interface Decider<State, Command, Event extends DomainEvent> {
  initialState: State;
  decide(command: WithMetadata<Command>, state: State): Event[];
  evolve(state: State, event: Event): State;
}

export const fold = <State, Event extends DomainEvent>(
  decider: Pick<Decider<State, unknown, Event>, "initialState" | "evolve">,
  events: readonly Event[],
  from: State = decider.initialState,
): State => events.reduce(decider.evolve, from);
