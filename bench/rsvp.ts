import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { communityModule } from "@meetstream/core/community";
import { inParallel } from "@meetstream/core/concurrency/in-parallel";
import { fullJitter } from "@meetstream/core/decider";
import { sqliteDocumentStore } from "@meetstream/core/documents";
import { eventCatalog, sqliteEventStore } from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { meetupModule } from "@meetstream/core/meetup";
import { openDatabase } from "@meetstream/core/sqlite/database";
import type { BenchmarkResults } from "./results";

const meetups = 1_000;
const members = 2_000;
const spreadRsvps = 4_000;
const contendedRsvps = 1_000;
/** RSVPs in flight at once: members pressing the button at the same moment. */
const concurrency = 50;

/**
 * RSVP commands through the meetup module and its command handler on the embedded store (one SQLite
 * file, as `pnpm start` keeps it), authorization included (the member's standing, read from the
 * community's stream): spread over 1,000 meetups, then all on one meetup, where every RSVP races the
 * others for the next version of one stream. Projections are not part of the figure.
 */
export async function rsvpBenchmark(): Promise<BenchmarkResults> {
  const folder = mkdtempSync(join(tmpdir(), "meetstream-rsvp-"));
  try {
    const database = openDatabase(join(folder, "bench.sqlite"));
    const store = sqliteEventStore(database, eventCatalog(...meetstreamEventTypes));
    const documents = sqliteDocumentStore(database);
    const communities = communityModule({ store, documents });
    const meetupsOf = meetupModule({
      store,
      documents,
      communities,
      maximumAttempts: 1_000,
      // Contended writers back off from 2 ms up to 50 ms, with full jitter.
      randomDelay: fullJitter({ baseMilliseconds: 2, maximumMilliseconds: 50 }),
    });

    const organiser = newId();
    const community = await communities.found({
      actor: organiser,
      input: { name: "Benchmark Community", slug: "benchmark-community", joinMode: "open" },
    });
    const memberIds = Array.from({ length: members }, () => newId());
    for (const member of memberIds) await communities.join({ actor: member, communityId: community.id });

    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const schedule = async (capacity: number) => {
      const { meetupId } = await meetupsOf.schedule({
        actor: organiser,
        input: {
          communityId: community.id,
          title: "Benchmark meetup",
          description: "Measures RSVPs.",
          venue: { name: "Benchmark Hall", address: "1 Benchmark Street, Rotterdam" },
          timeZone: "Europe/Amsterdam",
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
          capacity,
          guestLimit: 2,
          waitlist: true,
        },
      });
      await meetupsOf.publish({ actor: organiser, meetupId });
      return meetupId;
    };
    const meetupIds: string[] = [];
    for (let index = 0; index < meetups; index++) meetupIds.push(await schedule(10));

    const spread = Array.from({ length: spreadRsvps }, (_, index) => ({
      actor: memberIds[index % members] as string,
      // Each member RSVPs to two meetups, never the same one twice.
      meetupId: meetupIds[(index * 7 + Math.floor(index / members)) % meetups] as string,
      guests: index % 3 === 0 ? 1 : 0,
    }));
    let started = performance.now();
    await inParallel(spread, concurrency, (rsvp) => meetupsOf.rsvp(rsvp));
    const spreadRate = spread.length / ((performance.now() - started) / 1000);

    const busy = await schedule(100);
    const contended = memberIds.slice(0, contendedRsvps).map((actor, index) => ({
      actor,
      meetupId: busy,
      guests: index % 5 === 0 ? 1 : 0,
    }));
    started = performance.now();
    await inParallel(contended, concurrency, (rsvp) => meetupsOf.rsvp(rsvp));
    const contendedRate = contended.length / ((performance.now() - started) / 1000);
    database.close();

    return {
      "RSVPs spread over 1,000 meetups (SQLite)": {
        value: Math.round(spreadRate),
        unit: "commands/s",
        target: "≥ 2,000 commands/s",
        met: spreadRate >= 2_000,
      },
      "RSVPs on one meetup, 50 at once (SQLite)": {
        value: Math.round(contendedRate),
        unit: "commands/s",
        target: "≥ 300 commands/s",
        met: contendedRate >= 300,
      },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
