import { describe, expect, test } from "vitest";
import { communityEventTypes, communityModule, communityProjections } from "../community/index";
import type { DocumentStore } from "../documents/document-store";
import { eventCatalog } from "../eventstore/event-catalog";
import { newId } from "../ids/new-id";
import { memberEventTypes, memberModule } from "../member/index";
import { bothStores } from "../testing/both-stores";
import { projectedWorldOn } from "../testing/projected-world";
import { talkModule } from "./commands";
import { talkProjections } from "./documents";
import { talkEventTypes } from "./events";
import { callInput, now, proposalInput } from "./test-world";

/**
 * The review board on both document stores: a review costs the documents it changes, whatever the size
 * of the call, and the board's first page of 50 is one index read, scores included (pretalx's board read
 * every review of every proposal, and took 16 s at FOSDEM's size).
 */
const eventTypes = [...memberEventTypes, ...communityEventTypes, ...talkEventTypes];
const stores = bothStores(eventCatalog(...eventTypes));

describe.each(stores)("the review board on %s", (_name, open) => {
  test("a review writes its review, the board row and the checkpoint; a board page is one index read", async () => {
    const { log, documents: stored, close: closeStores } = await open();
    const reads = { queries: 0, gets: 0 };
    const writes: string[] = [];
    const documents: DocumentStore = {
      ...stored,
      get: (key) => {
        reads.gets++;
        return stored.get(key);
      },
      getMany: (keys) => {
        reads.gets++;
        return stored.getMany(keys);
      },
      query: (index, query) => {
        reads.queries++;
        return stored.query(index, query);
      },
      put: (document, options) => {
        writes.push(document.key.sort);
        return stored.put(document, options);
      },
      putMany: (batch) => {
        writes.push(...batch.map((write) => write.document.key.sort));
        return stored.putMany(batch);
      },
    };
    const { store, keys, clock, close } = projectedWorldOn(
      { log, documents },
      { eventTypes, projections: [...communityProjections, ...talkProjections], now },
    );
    const communities = communityModule({ store, documents, clock });
    const members = memberModule({
      store,
      documents,
      keys,
      clock,
      emailSecret: "a server secret that is long enough",
    });
    const talks = talkModule({ store, documents, communities, members, clock });
    const organiser = newId();
    const speaker = newId();
    const { id: communityId } = await communities.found({
      actor: organiser,
      input: { name: "Big call", slug: `big-${newId().slice(-12)}`, joinMode: "open" },
    });
    await communities.join({ actor: speaker, communityId });
    const { callId } = await talks.draftCall({ actor: organiser, input: callInput(communityId) });
    await talks.publishCall({ actor: organiser, callId });
    const proposalIds: string[] = [];
    for (let index = 0; index < 120; index++)
      proposalIds.push(
        (
          await talks.draftProposal({
            actor: speaker,
            input: proposalInput(callId, { title: `Talk number ${index}` }),
            submit: true,
          })
        ).proposalId,
      );
    // Scores from 1 to 5, spread so that the means differ.
    for (const [index, proposalId] of proposalIds.entries())
      await talks.reviewProposal({
        actor: organiser,
        proposalId,
        input: {
          scores: [
            { criterionId: "relevance", score: 1 + (index % 5) },
            { criterionId: "clarity", score: 1 + ((index * 3) % 5) },
          ],
        },
      });

    writes.length = 0;
    await talks.reviewProposal({
      actor: organiser,
      proposalId: proposalIds[0] as string,
      input: {
        scores: [
          { criterionId: "relevance", score: 5 },
          { criterionId: "clarity", score: 5 },
        ],
      },
    });
    expect(writes.sort()).toEqual(["board", "projection#proposals", `review#${organiser}`]);

    reads.queries = 0;
    reads.gets = 0;
    const board = await talks.boardOf(callId, organiser, { limit: 50 });
    expect(reads).toEqual({ queries: 1, gets: 1 });
    expect(board.rows).toHaveLength(50);
    expect(board.rows[0]?.proposalId).toBe(proposalIds[0]);
    const means = board.rows.map((row) => row.weightedMean as number);
    expect(means).toEqual([...means].sort((one, other) => other - one));
    const rest = await talks.boardOf(callId, organiser, { limit: 100, cursor: board.cursor });
    expect(rest.rows).toHaveLength(70);
    expect(rest.cursor).toBeUndefined();
    expect(new Set([...board.rows, ...rest.rows].map((row) => row.proposalId)).size).toBe(120);
    close();
    await closeStores();
  }, 120_000);
});
