import type { DocumentKey } from "../documents/document-store";
import type { DocumentKind, DocumentProjection, EnvelopeOf, Projection } from "../projection/projection";
import { agendaDecider, noAgenda } from "./decider";
import type { AgendaEvent, AgendaSlot } from "./events";

export const agendaStream = (meetupId: string): string => `agenda-${meetupId}`;
export const meetupIdOfAgendaStream = (streamId: string): string => streamId.slice("agenda-".length);

const agendaPartition = (meetupId: string) => `agenda#${meetupId}`;
const versionSortPrefix = "version#";
const talkSlotSortPrefix = "talk#";
// Zero-padded, so that versions sort by number: no agenda is released a million times.
const versionSort = (number: number) => `${versionSortPrefix}${String(number).padStart(6, "0")}`;

export const agendaKey = (meetupId: string): DocumentKey => ({
  partition: agendaPartition(meetupId),
  sort: "agenda",
});
export const agendaVersionKey = (meetupId: string, number: number): DocumentKey => ({
  partition: agendaPartition(meetupId),
  sort: versionSort(number),
});
/** The primary range of a meetup's released versions, oldest first. */
export const agendaVersionsRange = (meetupId: string) => ({
  partition: agendaPartition(meetupId),
  beginsWith: versionSortPrefix,
});
export const talkSlotKey = (meetupId: string, proposalId: string): DocumentKey => ({
  partition: agendaPartition(meetupId),
  sort: `${talkSlotSortPrefix}${proposalId}`,
});
/** The `first` index of a talk's slot: where a talk is on a released agenda, by meetup. */
export const talkSlotsPartition = (proposalId: string) => `talk-slots#${proposalId}`;

/** The draft, and what the latest release holds (so that "would a release change anything" is one read). */
export interface AgendaDocument {
  meetupId: string;
  /** Ordered by start. */
  draft: AgendaSlot[];
  /** 0 before the first release. */
  latestNumber: number;
  latestSlots: AgendaSlot[];
  /** The latest release's note and moment; absent before the first. */
  latestNote?: string;
  latestReleasedAt?: string;
  updatedAt: string;
}

/** A released version, as it was released: never changed by later edits. */
export interface AgendaVersionDocument {
  meetupId: string;
  number: number;
  note: string;
  releasedAt: string;
  /** Ordered by start. */
  slots: AgendaSlot[];
}

/** Where a talk is on the meetup's latest released agenda. */
export interface TalkSlotDocument {
  proposalId: string;
  meetupId: string;
  startsAt: string;
  endsAt: string;
  /** The version that placed it so. */
  number: number;
}

type AgendaEnvelope = EnvelopeOf<AgendaEvent>;

const meetupOf = (event: AgendaEnvelope) => meetupIdOfAgendaStream(event.streamId);

export const endOfSlot = (slot: Pick<AgendaSlot, "startsAt" | "minutes">): string =>
  new Date(Date.parse(slot.startsAt) + slot.minutes * 60_000).toISOString();

const agendaDocuments: DocumentKind<AgendaEvent, AgendaDocument> = {
  touches: (event) => [agendaKey(meetupOf(event))],
  evolve({ body }, event) {
    const before: AgendaDocument = body ?? {
      meetupId: meetupOf(event),
      draft: [],
      latestNumber: 0,
      latestSlots: [],
      updatedAt: event.meta.occurredAt,
    };
    // The draft changes exactly as the decider's state does: one rule for both.
    const { draft } = agendaDecider.evolve({ ...noAgenda, draft: before.draft }, event);
    return {
      type: "upsert",
      body: {
        ...before,
        draft: [...draft],
        ...(event.type === "AgendaReleased" && {
          latestNumber: event.data.number,
          latestSlots: event.data.slots,
          latestNote: event.data.note,
          latestReleasedAt: event.meta.occurredAt,
        }),
        updatedAt: event.meta.occurredAt,
      },
    };
  },
};

const versionDocuments: DocumentKind<AgendaEvent, AgendaVersionDocument> = {
  touches: (event) =>
    event.type === "AgendaReleased" ? [agendaVersionKey(meetupOf(event), event.data.number)] : [],
  evolve(_document, event) {
    if (event.type !== "AgendaReleased") return { type: "unchanged" };
    const { number, note, slots } = event.data;
    return {
      type: "upsert",
      body: { meetupId: meetupOf(event), number, note, releasedAt: event.meta.occurredAt, slots },
    };
  },
};

/** One per talk on the latest release: a talk taken off the agenda loses its slot. */
const talkSlotDocuments: DocumentKind<AgendaEvent, TalkSlotDocument> = {
  touches(event) {
    if (event.type !== "AgendaReleased") return [];
    const meetupId = meetupOf(event);
    return [
      ...event.data.slots.flatMap((slot) =>
        slot.proposalId ? [talkSlotKey(meetupId, slot.proposalId)] : [],
      ),
      { partition: agendaPartition(meetupId), beginsWith: talkSlotSortPrefix },
    ];
  },
  evolve({ key, body }, event) {
    if (event.type !== "AgendaReleased") return { type: "unchanged" };
    const proposalId = key.sort.slice(talkSlotSortPrefix.length);
    const slot = event.data.slots.find((each) => each.proposalId === proposalId);
    if (!slot) return body ? { type: "delete" } : { type: "unchanged" };
    const meetupId = meetupOf(event);
    return {
      type: "upsert",
      body: {
        proposalId,
        meetupId,
        startsAt: slot.startsAt,
        endsAt: endOfSlot(slot),
        number: event.data.number,
      },
      indexes: { first: { partition: talkSlotsPartition(proposalId), sort: meetupId } },
    };
  },
};

/** The agenda stream's documents: its draft, each released version, and the talks' slots. */
export const agendaProjection: DocumentProjection<AgendaEvent> = {
  name: "agendas",
  categories: ["agenda"],
  kinds: [agendaDocuments, versionDocuments, talkSlotDocuments],
};

export const agendaProjections: readonly Projection[] = [agendaProjection as DocumentProjection];
