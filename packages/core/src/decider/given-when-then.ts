import { expect } from "vitest";
import type { DomainEvent } from "../eventstore/envelope";
import { deepFreeze } from "../objects/deep-freeze";
import { type CommandMetadata, type Decider, fold } from "./decider";

// biome-ignore lint/suspicious/noExplicitAny: an error class is matched by its constructor, whatever it takes
type ErrorClass = abstract new (...parameters: any[]) => Error;

export interface DeciderOutcome<Event extends DomainEvent> {
  /** The command decides exactly these events, in this order. */
  then(...expected: Event[]): void;
  /** The command is rejected with this error class (or a subclass). */
  thenThrows(errorClass: ErrorClass): void;
  /** The command is accepted and changes nothing. */
  thenNothing(): void;
}

/** For a command whose rules read neither the time nor who asks. */
const anyMetadata: CommandMetadata = { at: "2026-01-01T00:00:00.000Z", actor: "tester" };

/**
 * Rules read as examples: given these past events, when this command, then these events (or this
 * rejection). The state is folded from the given events with the decider's own `evolve`, so a test
 * cannot set up a state the decider could never reach. The command comes with its `metadata` (when, by
 * whom) as the command handler gives it, wherever a rule reads them.
 */
export function deciderSpecification<State, Command, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
) {
  return {
    given: (...history: Event[]) => ({
      when(command: Command & { metadata?: CommandMetadata }): DeciderOutcome<Event> {
        // States are shared between concurrent commands (`stream-states.ts`): evolve and decide must
        // never change the state they are given, and a frozen state makes every example check that.
        const purely = {
          initialState: deepFreeze(structuredClone(decider.initialState)),
          evolve: (state: State, event: Event) => deepFreeze(decider.evolve(state, event)),
        };
        const { metadata = anyMetadata } = command;
        const decide = () => decider.decide({ ...command, metadata }, fold(purely, history));
        return {
          // biome-ignore lint/suspicious/noThenProperty: "then" is the specification's word; the outcome is never awaited
          then(...expected) {
            expect(decide()).toEqual(expected);
          },
          thenThrows(errorClass) {
            expect(decide).toThrow(errorClass);
          },
          thenNothing() {
            expect(decide()).toEqual([]);
          },
        };
      },
    }),
  };
}
