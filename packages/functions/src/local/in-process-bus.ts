import type { EventStore, GlobalLog } from "@meetstream/core/eventstore";
import type { Projector } from "@meetstream/core/projection/projector";
import { type Reactor, reactTo } from "@meetstream/core/reactor/reactor";
import type { ProjectorPosition } from "../stores/projector-position";

export interface InProcessBusOptions {
  log: GlobalLog;
  projector: Projector;
  position: ProjectorPosition;
  /**
   * Reactors, handed every event after it is projected, from a position of their own: a reactor that
   * fails holds back only the reactions (retried by the next drain, which they are idempotent for), never
   * the projection. Their store must not be this bus's `notifying` one: they run inside a drain.
   */
  reacting?: { reactors: readonly Reactor[]; position: ProjectorPosition };
  /**
   * Reactors whose work is no part of a write's answer and appends nothing to the log (the notifier: mail
   * goes out after the RSVP is answered), from a position of their own: handed every projected event in
   * the background, so an append never waits for them. One that fails is retried from where it stopped
   * by the next append's turn (or the next start).
   */
  messaging?: { reactors: readonly Reactor[]; position: ProjectorPosition };
  /** A projection that fails does not fail the append (it is committed); it is retried by the next drain. */
  onError(error: unknown): void;
  /** Events read from the log at a time. */
  batchSize?: number;
  /** The longest the messaging reactors wait for writes to rest before going on (default 2 s). */
  messagingPatience?: number;
}

export interface InProcessBus {
  /** The store, with every successful append projected before `append` returns. */
  notifying(store: EventStore): EventStore;
  /** Projects whatever was committed after the last position handled: a crash loses no projection. */
  catchUp(): Promise<void>;
  /**
   * True while an append or a drain is under way: the position may then be behind the log for a moment.
   * Behind while idle means the last drain failed and waits for the next append or start.
   */
  busy(): boolean;
  /** Resolves once the messaging reactors have had every event projected so far (or failed trying). */
  messagingSettled(): Promise<void>;
}

/**
 * The local bus. Rather than handing the projector only the stream just appended to, it drains the
 * global log from the last position it handled, one drain at a time: the recorded position then never
 * passes an event that was not projected, whatever order concurrent appends finish in, and the next
 * start picks up exactly where a crash left off.
 */
export function inProcessBus({
  log,
  projector,
  position,
  onError,
  reacting,
  messaging,
  batchSize = 500,
  messagingPatience = 2_000,
}: InProcessBusOptions): InProcessBus {
  let handled = position.read();
  let reacted = reacting?.position.read() ?? 0;
  let messaged = messaging?.position.read() ?? 0;
  let queue: Promise<void> = Promise.resolve();

  /**
   * Messaging gives way to writes: it goes on while no append is under way, or once it has waited
   * `messagingPatience` (a burst of RSVPs is answered first and mailed right after it). SQLite answers at
   * once, so without this a turn would also run through hundreds of events on microtasks alone and starve
   * the requests: it always gives the event loop a turn.
   */
  async function untilWritesRest(): Promise<void> {
    const started = performance.now();
    do await new Promise((resolve) => setTimeout(resolve, inFlight > 0 ? 10 : 0));
    while (inFlight > 0 && performance.now() - started < messagingPatience);
  }

  /** Hands the messaging reactors every projected event they have not seen. */
  async function messageToEnd(): Promise<void> {
    if (!messaging) return;
    for (;;) {
      const events = (await log.readAll({ after: messaged, limit: batchSize })).filter(
        ({ position: at }) => at <= handled,
      );
      try {
        for (const { position: at, event } of events) {
          await untilWritesRest();
          await reactTo(messaging.reactors, event);
          messaged = at;
        }
      } finally {
        messaging.position.write(messaged);
      }
      if (events.length < batchSize) return;
    }
  }

  // One turn at a time; a turn asked for while one runs runs after it, so nothing projected is missed.
  let messagingTurn: Promise<void> | undefined;
  let messagingAgain = false;
  function startMessaging(): void {
    if (!messaging) return;
    if (messagingTurn) {
      messagingAgain = true;
      return;
    }
    messagingTurn = (async () => {
      do {
        messagingAgain = false;
        await messageToEnd().catch(onError);
      } while (messagingAgain);
    })().finally(() => {
      messagingTurn = undefined;
    });
  }

  /** Hands the reactors what they have not seen; whether there was any. */
  async function reactToEnd(): Promise<boolean> {
    if (!reacting) return false;
    let any = false;
    for (;;) {
      const events = await log.readAll({ after: reacted, limit: batchSize });
      try {
        for (const { position: at, event } of events) {
          await reactTo(reacting.reactors, event);
          reacted = at;
          any = true;
        }
      } finally {
        reacting.position.write(reacted);
      }
      if (events.length < batchSize) return any;
    }
  }

  /** Projects, then reacts, and projects what the reactions appended, until both are at the log's end. */
  async function drainToEnd(): Promise<void> {
    for (;;) {
      await projectToEnd();
      let more: boolean;
      try {
        more = await reactToEnd();
      } finally {
        // What the reactions appended before one of them failed is projected all the same.
        await projectToEnd();
      }
      if (!more) return;
    }
  }

  async function projectToEnd(): Promise<void> {
    for (;;) {
      const events = await log.readAll({ after: handled, limit: batchSize });
      const last = events.at(-1);
      if (!last) return;
      // A notification is a trigger to catch a stream up, so one per stream covers all its new events.
      const newest = new Map<string, number>();
      for (const { event } of events)
        newest.set(event.streamId, Math.max(event.version, newest.get(event.streamId) ?? 0));
      await Promise.all([...newest].map(([streamId, version]) => projector.handle({ streamId, version })));
      handled = last.position;
      position.write(handled);
    }
  }

  /** Runs after every drain already queued, so that it sees every append that finished before it was asked. */
  function drain(): Promise<void> {
    inFlight++;
    const run = queue.then(drainToEnd).finally(() => {
      inFlight--;
    });
    queue = run.catch(() => {});
    return run;
  }
  // Appends count from before they commit, so no moment between a commit and its drain looks idle.
  let inFlight = 0;

  return {
    notifying(store) {
      return {
        append: async (streamId, events, options) => {
          inFlight++;
          try {
            const result = await store.append(streamId, events, options);
            await drain().catch(onError);
            startMessaging();
            return result;
          } finally {
            inFlight--;
          }
        },
        readStream: (streamId, options) => store.readStream(streamId, options),
        listStreams: (options) => store.listStreams(options),
        readStreams: (options) => store.readStreams(options),
        close: () => store.close(),
      };
    },
    async catchUp() {
      await drain();
      startMessaging();
    },
    busy: () => inFlight > 0,
    async messagingSettled() {
      while (messagingTurn) await messagingTurn;
    },
  };
}
