import { type Clock, systemClock } from "../clock/clock";
import type { DomainEvent, EventEnvelope, EventMeta, PendingEvent } from "../eventstore/envelope";
import { VersionConflict } from "../eventstore/errors";
import type { EventStore } from "../eventstore/event-store";
import { newId } from "../ids/new-id";
import type { SnapshotPolicy } from "../snapshot/state-snapshots";
import { fullJitter } from "./backoff";
import type { Decider } from "./decider";
import type { IdempotencyStore } from "./idempotency-store";
import { asDeciderEvents, type StreamStates, streamStates } from "./stream-states";

/** Everything about a request but what it asks, beside the command (Emmett's command `metadata`). */
export interface RequestMetadata {
  /** Who asks: recorded on every event, given to the decider, and part of the idempotency scope. */
  actor: string;
  /** Shared by everything this request causes; a new id when absent. */
  correlationId?: string;
  /** The event or command that caused this one; absent for a first cause. */
  causationId?: string | null;
  /**
   * The client's key for this request: a retry with the same key (by the same actor, on the same
   * stream) and the same command returns the first answer and appends nothing; the same key with
   * another command throws `IdempotencyKeyReused`. Needs an idempotency store.
   */
  idempotencyKey?: string;
}

export interface CommandRequest<Command> {
  streamId: string;
  /** Data only: what is asked. When and by whom travel in `metadata`, so a retry is the same command. */
  command: Command;
  metadata: RequestMetadata;
}

export interface CommandResult<State, Event extends DomainEvent> {
  streamId: string;
  /** The stream's version after the command (unchanged when the command decided nothing). */
  version: number;
  /** The state after the command's events. */
  state: State;
  /** The events this command appended, as stored; empty when it decided nothing. */
  events: EventEnvelope<Event>[];
}

export interface CommandHandlerOptions<State, Command, Event extends DomainEvent> {
  store: EventStore;
  decider: Decider<State, Command, Event>;
  /** Where folded states are kept; share it with whatever else reads this decider's streams. */
  states?: StreamStates<State, Event>;
  /** For the states made here when `states` is absent: a cold stream then loads from its snapshot. */
  snapshots?: SnapshotPolicy<State>;
  /** Required only for requests that carry an idempotency key. */
  idempotency?: IdempotencyStore;
  clock?: Clock;
  /** Attempts before a version conflict reaches the caller, counting the first (default 8). */
  maximumAttempts?: number;
  /** Milliseconds to wait after the given number of conflicting attempts (default: full jitter). */
  randomDelay?: (failedAttempts: number) => number;
}

/** What a caller makes of a command's result: with an idempotency key, what a retry gets back. */
export type Answer<State, Event extends DomainEvent, Result> = (
  result: CommandResult<State, Event>,
) => Result | Promise<Result>;

export interface CommandHandler<State, Command, Event extends DomainEvent> {
  handle(request: CommandRequest<Command>): Promise<CommandResult<State, Event>>;
  /**
   * The command's result turned into the caller's answer. With an idempotency key the answer, not the
   * result, is remembered: keep it small (a meetup's result holds every RSVP) and a JSON value. An answer
   * that throws is not remembered either, so a retry runs the command again.
   */
  handle<Result>(request: CommandRequest<Command>, answer: Answer<State, Event, Result>): Promise<Result>;
}

/** The default wait after a conflict: from 2 ms up to 100 ms, which suits a few writers on one stream. */
export const fullJitterDelay = fullJitter({ baseMilliseconds: 2, maximumMilliseconds: 100 });

const wait = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** Raised before anything runs: a key sent to a handler with no idempotency store would be silently ignored. */
export class IdempotencyStoreMissing extends Error {
  constructor() {
    super("a request carries an idempotency key, but the command handler has no idempotency store");
    this.name = "IdempotencyStoreMissing";
  }
}

/**
 * Runs work for one key at a time, in arrival order, while work for other keys runs alongside.
 * Commands on one stream that race inside one process would only make each other conflict and retry.
 */
function oneAtATimePerKey() {
  const tails = new Map<string, Promise<void>>();
  return <Result>(key: string, work: () => Promise<Result>): Promise<Result> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.then(
      () => {},
      () => {},
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}

/**
 * Runs a decider against a stream: read, fold, decide, append at the version read. Another writer in
 * between makes the append conflict; the command is then decided again on the newer state, so a rule
 * such as capacity is always checked against every event before it. Within one handler, commands on one
 * stream take turns, so conflicts come only from other processes (other Lambda instances).
 */
export function commandHandler<State, Command, Event extends DomainEvent>({
  store,
  decider,
  snapshots,
  states = streamStates({ store, decider, ...(snapshots ? { snapshots } : {}) }),
  idempotency,
  clock = systemClock,
  maximumAttempts = 8,
  randomDelay = fullJitterDelay,
}: CommandHandlerOptions<State, Command, Event>): CommandHandler<State, Command, Event> {
  if (!Number.isInteger(maximumAttempts) || maximumAttempts < 1)
    throw new RangeError(`maximumAttempts must be a positive integer, not ${maximumAttempts}`);
  const inTurn = oneAtATimePerKey();

  async function decideAndAppend(request: CommandRequest<Command>): Promise<CommandResult<State, Event>> {
    const { streamId, command, metadata } = request;
    const { actor } = metadata;
    // One correlation for every attempt: retries are the same request, not new ones.
    const correlationId = metadata.correlationId ?? newId();
    const causationId = metadata.causationId ?? null;

    for (let attempt = 1; ; attempt++) {
      const current = await states.current(streamId);
      const { version, state } = current;
      // The instant of the decision is the instant its events occurred.
      const at = clock.now().toISOString();
      const decided = decider.decide({ ...command, metadata: { at, actor } }, state);
      if (decided.length === 0) return { streamId, version, state, events: [] };

      const meta: EventMeta = { actor, occurredAt: at, correlationId, causationId };
      const pending: PendingEvent[] = decided.map((event) => ({
        id: newId(),
        type: event.type,
        data: event.data,
        meta,
      }));
      try {
        const appended = await store.append(streamId, pending, {
          expectedVersion: version === 0 ? "no stream" : version,
        });
        const events = asDeciderEvents<Event>(appended.events);
        return { streamId, ...states.advance(streamId, current, events), events };
      } catch (error) {
        if (!(error instanceof VersionConflict) || attempt >= maximumAttempts) throw error;
        await wait(randomDelay(attempt));
      }
    }
  }

  async function handle<Result>(
    request: CommandRequest<Command>,
    answer: Answer<State, Event, Result | CommandResult<State, Event>> = (result) => result,
  ) {
    const { actor, idempotencyKey } = request.metadata;
    const answered = async () => answer(await inTurn(request.streamId, () => decideAndAppend(request)));
    if (idempotencyKey === undefined) return answered();
    if (!idempotency) throw new IdempotencyStoreMissing();
    // The key is the client's, so it is only unique per client: scope it by who asks and where. The
    // command is data only, so a retry a second later compares equal to the first request.
    const scopedKey = JSON.stringify(["command", actor, request.streamId, idempotencyKey]);
    return idempotency.once(scopedKey, request.command, answered);
  }

  return { handle } as CommandHandler<State, Command, Event>;
}
