import { newId } from "@meetstream/core/ids/new-id";
import type { CommunityStanding } from "@meetstream/core/meetup";
import { meetupModule } from "@meetstream/core/meetup";
import { rolesInMemory } from "@meetstream/core/meetup/test-world";
import { growthStores } from "./growth-stores";
import { grow, growthResults } from "./growth-windows";
import type { BenchmarkResults } from "./results";

const sizes = [100, 1_000, 10_000];
const capacity = 500;
/** After every tenth RSVP the longest-seated member cancels, and the first in line is promoted. */
const cancelEvery = 10;
const budgetSeconds = 90;

/**
 * One meetup growing to 10,000 RSVPs (capacity 500, the rest waitlisted, a cancellation and a promotion
 * every ten RSVPs), each RSVP with an idempotency key and projected before it returns, as the local host
 * runs it on SQLite. The members' standings are held in memory: this is about the meetup's stream, and a
 * community of 10,000 is the community-growth benchmark's subject.
 */
export async function meetupGrowthBenchmark(): Promise<BenchmarkResults> {
  const stores = await growthStores();
  try {
    const communityId = newId();
    const organiser = newId();
    const members = Array.from({ length: Math.max(...sizes) + 100 }, () => newId());
    const standings: Record<string, CommunityStanding> = { [organiser]: "organiser" };
    for (const member of members) standings[member] = "member";
    const meetups = meetupModule({
      store: stores.store,
      documents: stores.documents,
      communities: rolesInMemory({ [communityId]: standings }),
      idempotency: stores.idempotency,
      snapshots: stores.snapshots,
    });
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const { meetupId } = await meetups.schedule({
      actor: organiser,
      input: {
        communityId,
        title: "A popular meetup",
        description: "Measures a long waitlist.",
        venue: { name: "Benchmark Hall", address: "1 Benchmark Street, Rotterdam" },
        timeZone: "Europe/Amsterdam",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
        capacity,
        guestLimit: 0,
        waitlist: true,
      },
    });
    await meetups.publish({ actor: organiser, meetupId });

    const seated: string[] = [];
    const waiting: string[] = [];
    const growth = await grow({
      stores,
      sizes,
      budgetSeconds,
      async command(n) {
        const actor = members[n - 1] as string;
        const { rsvp } = await meetups.rsvp({ actor, meetupId, idempotencyKey: `rsvp-${n}` });
        const expected = seated.length < capacity ? "confirmed" : "waitlisted";
        if (rsvp.status !== expected) throw new Error(`RSVP ${n} was ${rsvp.status}, not ${expected}`);
        (expected === "confirmed" ? seated : waiting).push(actor);
      },
      async between(n) {
        if (n % cancelEvery !== 0) return;
        const leaving = seated.shift() as string;
        const result = await meetups.cancelRsvp({ actor: leaving, meetupId });
        if (result.rsvp.status !== "cancelled") throw new Error(`a cancellation left ${result.rsvp.status}`);
        const promoted = waiting.shift();
        if (result.promoted.join() !== (promoted ?? ""))
          throw new Error(`the cancellation promoted ${result.promoted.join() || "nobody"}, not ${promoted}`);
        if (promoted) seated.push(promoted);
      },
    });

    // What the meetup's page shows must add up to what the RSVPs were answered.
    const page = await meetups.byId(meetupId);
    if (page?.confirmedSeats !== seated.length || page.waitlistLength !== waiting.length)
      throw new Error(
        `the meetup shows ${page?.confirmedSeats} seated and ${page?.waitlistLength} waiting, not ${seated.length} and ${waiting.length}`,
      );
    return growthResults(growth, {
      what: "meetup",
      command: "RSVP",
      sizes,
      mostDocuments: 5,
    });
  } finally {
    stores.close();
  }
}
