import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { systemClock } from "@meetstream/core/clock/clock";
import { inParallel } from "@meetstream/core/concurrency/in-parallel";
import { type EventStore, eventCatalog } from "@meetstream/core/eventstore";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { projector } from "@meetstream/core/projection/projector";
import { meetstreamModules } from "@meetstream/functions/composition/meetstream-modules";
import { globalIdOf } from "@meetstream/functions/graphql/relay";
import { startLocalHost } from "@meetstream/functions/local/host";
import { openLocalStores } from "@meetstream/functions/stores/local-stores";
import { sqliteProjectorPosition } from "@meetstream/functions/stores/projector-position";
import { localSecrets } from "@meetstream/functions/stores/secrets";
import { removeDataFolder, silentLogger, temporaryDataFolder } from "@meetstream/functions/testing/test-host";
import type { BenchmarkResults } from "./results";

const members = 10_000;
const organiserEmail = "announcing-organiser@example.com";

/**
 * A community of 10,000 members, every one of whom asked for its new meetups, in a data folder of its
 * own: written through the modules with each append projected, as the host would have, and the host's
 * positions moved past it, so that the host starts on it as on one it had run all along.
 */
async function seededDataFolder(): Promise<{ dataFolder: string; meetupId: string }> {
  const dataFolder = temporaryDataFolder();
  // The first start makes the folder's secrets and marks its migrations done, on an empty log.
  await (await startLocalHost({ port: 0, dataFolder, logger: silentLogger() })).close();
  const stores = openLocalStores(dataFolder, eventCatalog(...meetstreamEventTypes));
  try {
    const store = personalDataStore(stores.events, stores.keys, meetstreamEventTypes);
    const live = projector({ store, documents: stores.documents, projections: meetstreamProjections });
    const projecting: EventStore = {
      ...store,
      async append(streamId, events, options) {
        const result = await store.append(streamId, events, options);
        await live.handle({ streamId, version: result.nextExpectedVersion });
        return result;
      },
    };
    const {
      members: people,
      communities,
      meetups,
      notifications,
    } = meetstreamModules({
      store: projecting,
      documents: stores.documents,
      keys: stores.keys,
      clock: systemClock,
      emailSecret: localSecrets(dataFolder).emailSecret,
    });
    const { memberId: organiser } = await people.signIn(organiserEmail);
    const { id: communityId } = await communities.found({
      actor: organiser,
      input: { name: "Announcements at scale", slug: "announcements-at-scale", joinMode: "open" },
    });
    const indexes = Array.from({ length: members }, (_, index) => index);
    await inParallel(indexes, 8, async (index) => {
      const { memberId } = await people.signIn(`announced-member-${index}@example.com`);
      await communities.join({ actor: memberId, communityId });
      await notifications.setPreference({
        memberId,
        actor: memberId,
        kind: "meetup-announced",
        communityId,
        enabled: true,
      });
    });
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const { meetupId } = await meetups.schedule({
      actor: organiser,
      input: {
        communityId,
        title: "A meetup for everyone",
        description: "Measures one announcement to a big community.",
        venue: { name: "Big Hall", address: "1 Benchmark Street, Rotterdam" },
        timeZone: "Europe/Amsterdam",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
        capacity: 200,
      },
    });
    const last = await stores.events.lastPosition();
    for (const name of ["projector", "reactors", "messaging"])
      sqliteProjectorPosition(stores.database, name).write(last);
    return { dataFolder, meetupId };
  } finally {
    stores.close();
  }
}

/**
 * "New meetup" to a community of 10,000 members who opted in to announcements: the organiser publishes it
 * on the local host, and the clock stops when the 10,000th message is in the dev mailbox's store. The
 * host runs in a fresh process, so that its peak RSS is its own and not the seeding's.
 */
export async function announcementBenchmark(): Promise<BenchmarkResults> {
  const { dataFolder, meetupId } = await seededDataFolder();
  try {
    const output = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        join(import.meta.dirname, "announcement-worker.ts"),
        dataFolder,
        globalIdOf("Meetup", meetupId),
        organiserEmail,
        String(members),
      ],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    const measured = JSON.parse(output.trim().split("\n").at(-1) as string) as {
      delivered: number;
      seconds: number;
      answeredMilliseconds: number;
      peakRssMegabytes: number;
      startedRssMegabytes: number;
      baselineSeconds: number;
      announced: boolean;
      unsubscribe: boolean;
    };
    if (!measured.announced || !measured.unsubscribe)
      throw new Error("the newest message is no announcement with a List-Unsubscribe header");
    return {
      "new meetup announced to 10,000 opted-in members, all in the dev mailbox (local host)": {
        value: Number(measured.seconds.toFixed(2)),
        // The dev mailbox alone storing the same 10,000 messages: the floor the whole path is measured against.
        baseline: Number(measured.baselineSeconds.toFixed(2)),
        ratio: Number((measured.baselineSeconds / measured.seconds).toFixed(2)),
        unit: `s (${Math.round(measured.delivered / measured.seconds)} messages/s; publish answered in ${Math.round(measured.answeredMilliseconds)} ms)`,
        target: "< 30 s",
        met: measured.delivered >= members && measured.seconds < 30,
      },
      "new meetup announced, peak RSS": {
        value: Math.round(measured.peakRssMegabytes),
        unit: `MB (${Math.round(measured.startedRssMegabytes)} MB started, before the announcement)`,
        target: "< 400 MB",
        met: measured.peakRssMegabytes < 400,
      },
    };
  } finally {
    removeDataFolder(dataFolder);
  }
}
