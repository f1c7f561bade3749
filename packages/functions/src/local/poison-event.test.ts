import { Writable } from "node:stream";
import { communityKey } from "@meetstream/core/community";
import type { IndexKey } from "@meetstream/core/documents";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import type { Projection } from "@meetstream/core/projection/projection";
import { quarantinedStreams } from "@meetstream/core/projection/quarantine";
import { describe, expect, test } from "vitest";
import { catalog } from "../cli/cli-stores";
import { rebuildOffline } from "../cli/rebuild";
import { retryQuarantined } from "../cli/retry-quarantined";
import { formatStatistics } from "../cli/statistics";
import { openLocalStores } from "../stores/local-stores";
import { graphqlRequest } from "../testing/graphql-request";
import { plantPoisonCommunity } from "../testing/poison-community";
import { signIn } from "../testing/sign-in";
import { dataFoldersRemovedAfterAll, startTestHost } from "../testing/test-host";
import type { ProjectorHealth } from "./projector-health";

const dataFolder = dataFoldersRemovedAfterAll();
const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

const health = async (url: string) => {
  const response = await fetch(`${url}/health`);
  return { status: response.status, body: (await response.json()) as ProjectorHealth };
};

const silent = new Writable({
  write(_chunk, _encoding, done) {
    done();
  },
}) as unknown as NodeJS.WriteStream;

/** The fix, as a release would ship it: index keys made well-formed (a lone surrogate becomes U+FFFD). */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
const wellFormedIndexes = (indexes: Partial<Record<string, IndexKey>> | undefined) =>
  Object.fromEntries(
    Object.entries(indexes ?? {}).map(([name, key]) => [
      name,
      { partition: wellFormed((key as IndexKey).partition), sort: wellFormed((key as IndexKey).sort) },
    ]),
  );
const fixedProjections: readonly Projection[] = meetstreamProjections.map((projection) => ({
  ...projection,
  kinds: projection.kinds.map((kind) => ({
    ...kind,
    evolve(document, event, touched) {
      const change = kind.evolve(document, event, touched);
      return change.type === "upsert" ? { ...change, indexes: wellFormedIndexes(change.indexes) } : change;
    },
  })),
}));

describe("a poison event in the local host's log", () => {
  test("sets its stream aside: the host goes on and restarts, rebuild completes, stats lists it, and a retry after the fix projects it", async () => {
    const folder = dataFolder();
    const first = await startTestHost({ dataFolder: folder });
    const tokens = await signIn(first.url, "ann@example.com");
    expect((await health(first.url)).status).toBe(200);

    const poisoned = await plantPoisonCommunity(folder, "poison-one");
    // The next write drains the log through the poison, and is projected itself.
    await graphqlRequest(first.url, 'mutation { updateProfile(input: { handle: "ann" }) { __typename } }', {
      token: tokens.access,
    });
    const founded = await graphqlRequest<{ foundCommunity: { __typename: string; slug: string } }>(
      first.url,
      'mutation { foundCommunity(input: { name: "Good club", slug: "good-club" }) { __typename ... on Community { slug } } }',
      { token: tokens.access },
    );
    expect(founded.body.data?.foundCommunity).toEqual({ __typename: "Community", slug: "good-club" });
    const read = await graphqlRequest<{ me: { member: { handle: string } }; community: { name: string } }>(
      first.url,
      '{ me { member { handle } } community(slug: "good-club") { name } }',
      { token: tokens.access },
    );
    expect(read.body.data).toEqual({ me: { member: { handle: "ann" } }, community: { name: "Good club" } });

    const unhealthy = await health(first.url);
    expect(unhealthy.status).toBe(503);
    expect(unhealthy.body).toMatchObject({
      ok: false,
      lagging: false,
      quarantined: [
        {
          projection: "communities",
          streamId: poisoned,
          eventType: "CommunityFounded",
          error: "INVALID_DOCUMENT",
        },
      ],
    });
    expect(unhealthy.body.projectorPosition).toBe(unhealthy.body.lastPosition);
    await first.close();
    await wait(100);

    // Planted while the host is down: the start's catch-up meets it, and the host starts all the same.
    const plantedWhileDown = await plantPoisonCommunity(folder, "poison-two");
    const again = await startTestHost({ dataFolder: folder, port: Number(new URL(first.url).port) });
    try {
      const afterRestart = await health(again.url);
      expect(afterRestart.status).toBe(503);
      expect(afterRestart.body.quarantined.map((record) => record.streamId).sort()).toEqual(
        [poisoned, plantedWhileDown].sort(),
      );
      expect(afterRestart.body.projectorPosition).toBe(afterRestart.body.lastPosition);
    } finally {
      await again.close();
    }

    const stores = openLocalStores(folder, catalog);
    try {
      const events = personalDataStore(stores.events, stores.keys, meetstreamEventTypes);
      const rebuilt = await rebuildOffline({
        database: stores.database,
        events,
        documents: stores.documents,
        projections: meetstreamProjections,
        output: silent,
      });
      expect(rebuilt).toMatchObject({ streamsQuarantined: 2 });
      expect(rebuilt.streamsDone).toBe(rebuilt.streamsTotal);

      const report = formatStatistics(folder, stores, await quarantinedStreams(stores.documents));
      expect(report).toMatch(/quarantined\s+2 streams/);
      expect(report).toContain(`${poisoned} (communities, version 1 at CommunityFounded`);
      expect(report).toContain("INVALID_DOCUMENT: indexes.second.sort is not well-formed Unicode");

      const retried = await retryQuarantined({
        events,
        documents: stores.documents,
        projections: fixedProjections,
      });
      expect(retried.lifted.map((record) => record.streamId).sort()).toEqual(
        [poisoned, plantedWhileDown].sort(),
      );
      expect(retried.stillQuarantined).toEqual([]);
      expect(await quarantinedStreams(stores.documents)).toEqual([]);
      const lifted = await stores.documents.get<{ name: string }>(
        communityKey(poisoned.slice("community-".length)),
      );
      expect(lifted?.body?.name).toBe("Poison \uD800 poison-one");
    } finally {
      stores.close();
    }

    const healed = await startTestHost({ dataFolder: folder });
    try {
      expect(await health(healed.url)).toMatchObject({ status: 200, body: { ok: true, quarantined: [] } });
    } finally {
      await healed.close();
    }
  });
});
