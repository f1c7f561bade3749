/** A meetup context, with a real community context beside it, on real stores, for this folder's tests. */
import { fixedClock } from "../clock/clock";
import {
  type CommunityModule,
  communityEventTypes,
  communityModule,
  communityProjections,
} from "../community/index";
import { sqliteIdempotencyStore } from "../decider/idempotency-sqlite";
import type { IdempotencyStore } from "../decider/idempotency-store";
import type { DocumentStore } from "../documents/document-store";
import { sqliteDocumentStore } from "../documents/sqlite";
import { VersionConflict } from "../eventstore/errors";
import { eventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import type { EventType } from "../eventstore/event-type";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import { projector } from "../projection/projector";
import { openDatabase } from "../sqlite/database";
import { type MeetupModule, type MeetupModuleOptions, meetupModule } from "./commands";
import type { CommunityRoles, CommunityStanding } from "./community-roles";
import { meetupProjections } from "./documents";
import { meetupEventTypes } from "./events";

export const worldEventTypes: readonly EventType[] = [...communityEventTypes, ...meetupEventTypes];
export const worldProjections = [...communityProjections, ...meetupProjections];
export const worldCatalog = () => eventCatalog(...worldEventTypes);

export interface MeetupWorld {
  /** The bare log. */
  log: EventStore;
  documents: DocumentStore;
  communities: CommunityModule;
  meetups: MeetupModule;
  clock: ReturnType<typeof fixedClock>;
  /** Every append attempt the modules made, and how many of them met a newer stream. */
  appends: { attempts: number; conflicts: number };
  /** Waits for every projection started so far. */
  settled(): Promise<void>;
}

export interface WorldOptions
  extends Pick<MeetupModuleOptions, "maximumAttempts" | "randomDelay" | "members"> {
  /** Default: the real community module on the same stores. */
  communityRoles?: CommunityRoles;
  log: EventStore;
  documents: DocumentStore;
  idempotency?: IdempotencyStore;
  /**
   * "before returning": each append waits for its projection, as a reader of its own writes expects;
   * "beside": projections run beside the writers, as the bus delivers them, and nobody waits for them;
   * "when settled": every notification is held back and delivered by `settled()`, shuffled, four at a time;
   * "never": nothing is projected.
   */
  projection?: "before returning" | "beside" | "when settled" | "never";
}

export function meetupWorld({
  log,
  documents,
  idempotency,
  projection = "before returning",
  communityRoles,
  ...retries
}: WorldOptions): MeetupWorld {
  const live = projector({ store: log, documents, projections: worldProjections });
  const inFlight: Promise<void>[] = [];
  const heldBack: { streamId: string; version: number }[] = [];
  const appends = { attempts: 0, conflicts: 0 };
  const store: EventStore = {
    ...log,
    async append(streamId, events, options) {
      appends.attempts++;
      try {
        const result = await log.append(streamId, events, options);
        const notification = { streamId, version: result.nextExpectedVersion };
        if (projection === "when settled") heldBack.push(notification);
        else if (projection !== "never") {
          const projected = live.handle(notification);
          inFlight.push(projected);
          if (projection === "before returning") await projected;
        }
        return result;
      } catch (error) {
        if (error instanceof VersionConflict) appends.conflicts++;
        throw error;
      }
    },
  };
  const clock = fixedClock("2026-05-01T10:00:00.000Z");
  const communities = communityModule({ store, documents, clock, members: retries.members });
  const meetups = meetupModule({
    store,
    documents,
    communities: communityRoles ?? communities,
    clock,
    idempotency,
    ...retries,
  });
  return {
    log,
    documents,
    communities,
    meetups,
    clock,
    appends,
    async settled() {
      // Shuffled, four at a time: the first fold does the work, the others find it done.
      const pending = heldBack.splice(0).sort(() => Math.random() - 0.5);
      const deliver = async () => {
        for (let next = pending.shift(); next; next = pending.shift()) await live.handle(next);
      };
      inFlight.push(...Array.from({ length: 4 }, deliver));
      while (inFlight.length > 0) await Promise.all(inFlight.splice(0));
    },
  };
}

export function sqliteMeetupWorld(options: Partial<WorldOptions> = {}): MeetupWorld & { close(): void } {
  const database = openDatabase(":memory:");
  const world = meetupWorld({
    log: sqliteEventStore(database, worldCatalog()),
    documents: sqliteDocumentStore(database),
    idempotency: sqliteIdempotencyStore(database),
    ...options,
  });
  return { ...world, close: () => database.close() };
}

export { endsAt, meetupInput, startsAt } from "../testing/meetup-input";

export interface Cast {
  communityId: string;
  organiser: string;
  host: string;
  members: string[];
  /** Not in the community at all. */
  outsider: string;
}

/** A community with an organiser, a host and `memberCount` members. */
export async function community(world: MeetupWorld, memberCount: number): Promise<Cast> {
  const organiser = newId();
  const { id: communityId } = await world.communities.found({
    actor: organiser,
    input: { name: "Event Sourcerers", slug: `es-${newId().slice(-12)}`, joinMode: "open" },
  });
  const host = newId();
  await world.communities.join({ actor: host, communityId });
  await world.communities.appointHost({ actor: organiser, communityId, memberId: host });
  const members = Array.from({ length: memberCount }, () => newId());
  for (const member of members) await world.communities.join({ actor: member, communityId });
  return { communityId, organiser, host, members, outsider: newId() };
}

/**
 * Standings held in memory: for load tests that are about a meetup's stream, not about how fast a
 * community of hundreds is built (joins go through the community's own stream one by one).
 */
export function rolesInMemory(standings: Record<string, Record<string, CommunityStanding>>): CommunityRoles {
  return { roleOf: async (communityId, memberId) => standings[communityId]?.[memberId] ?? null };
}
