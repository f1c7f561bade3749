/**
 * A talk context with real member and community contexts beside it, on one in-memory SQLite store,
 * projected before each append returns, for this folder's tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { folderBlobStore, type UploadsModule, uploadsModule } from "../blob/index";
import type { fixedClock } from "../clock/clock";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { newId } from "../ids/new-id";
import { projectedWorld } from "../testing/projected-world";
import {
  namedMember,
  type TalkContexts,
  talkContextEventTypes,
  talkContextProjections,
  talkContexts,
} from "../testing/talk-contexts";
import type { CallInput, ProposalInput } from "./talk-input";

export interface TalkWorld extends TalkContexts {
  /** The log as the application reads it. */
  store: EventStore;
  documents: DocumentStore;
  /** Uploads into a fresh data folder, as the local host keeps them. */
  uploads: UploadsModule;
  clock: ReturnType<typeof fixedClock>;
  close(): void;
}

/** The world's clock starts here: the call of `callInput` is open then. */
export const now = "2026-05-10T10:00:00.000Z";

export function talkWorld(): TalkWorld {
  const stores = projectedWorld({
    eventTypes: talkContextEventTypes,
    projections: talkContextProjections,
    now,
  });
  const folder = mkdtempSync(join(tmpdir(), "meetstream-talk-blobs-"));
  const uploads = uploadsModule({ blobs: folderBlobStore({ folder, origin: "http://127.0.0.1:4000" }) });
  const { store, documents, clock } = stores;
  return {
    ...talkContexts(stores, uploads),
    store,
    documents,
    uploads,
    clock,
    close: () => {
      stores.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A member with a name and a handle of their own. */
export const member = namedMember;

export async function handleOf(world: TalkWorld, memberId: string): Promise<string> {
  const profile = await world.members.byId(memberId);
  if (!profile?.handle) throw new Error("the member has no handle");
  return profile.handle;
}

export const callInput = (communityId: string, changes: Partial<CallInput> = {}): CallInput => ({
  communityId,
  title: "Talks for the summer",
  description: "Tell us what you *learned*.",
  opensAt: "2026-05-01T00:00:00.000Z",
  closesAt: "2026-06-01T00:00:00.000Z",
  formats: [
    { id: "talk", name: "Talk", minutes: 30 },
    { id: "lightning", name: "Lightning talk", minutes: 5 },
    { id: "workshop", name: "Workshop", minutes: 90 },
  ],
  criteria: [
    { id: "relevance", name: "Relevance", weight: 2 },
    { id: "clarity", name: "Clarity", weight: 1 },
  ],
  anonymised: true,
  ...changes,
});

export const proposalInput = (callId: string, changes: Partial<ProposalInput> = {}): ProposalInput => ({
  callId,
  title: "Event sourcing without tears",
  abstract: "What we **learned** running it for a year.",
  formatId: "talk",
  level: "intermediate",
  tags: ["event-sourcing"],
  note: "I can only make it in June.",
  ...changes,
});

export interface TalkCast {
  communityId: string;
  organiser: string;
  host: string;
  member: string;
  /** Proposes the talk. */
  speaker: string;
  /** Proposes another talk to the same call. */
  otherSpeaker: string;
  /** Appointed to review the call. */
  reviewer: string;
  /** Organises another community. */
  strangerOrganiser: string;
  callId: string;
}

/** A community with its people, and a published, open, anonymised call with an appointed reviewer. */
export async function talkCast(world: TalkWorld, changes: Partial<CallInput> = {}): Promise<TalkCast> {
  const organiser = await member(world, "Olga");
  const { id: communityId } = await world.communities.found({
    actor: organiser,
    input: { name: "Event Sourcerers", slug: `es-${newId().slice(-12)}`, joinMode: "open" },
  });
  const [host, plainMember, speaker, otherSpeaker, reviewer, strangerOrganiser] = await Promise.all(
    ["Hana", "Max", "Sara", "Otto", "Rita", "Stan"].map((name) => member(world, name)),
  );
  for (const memberId of [host, plainMember, speaker, otherSpeaker, reviewer] as string[])
    await world.communities.join({ actor: memberId, communityId });
  await world.communities.appointHost({ actor: organiser, communityId, memberId: host as string });
  await world.communities.found({
    actor: strangerOrganiser as string,
    input: { name: "Elsewhere", slug: `elsewhere-${newId().slice(-12)}` },
  });
  const { callId } = await world.talks.draftCall({
    actor: organiser,
    input: callInput(communityId, changes),
  });
  await world.talks.publishCall({ actor: organiser, callId });
  await world.talks.appointReviewer({ actor: organiser, callId, memberId: reviewer as string });
  return {
    communityId,
    organiser,
    host: host as string,
    member: plainMember as string,
    speaker: speaker as string,
    otherSpeaker: otherSpeaker as string,
    reviewer: reviewer as string,
    strangerOrganiser: strangerOrganiser as string,
    callId,
  };
}
