import type { DocumentStore } from "../documents/document-store";
import { everyDocument, getMany } from "../documents/paged-query";
import type { AgendaMeetup, AgendaMeetups } from "./agenda-meetups";
import { type AgendaChange, agendaChanges } from "./changes";
import type { CommunityRoles } from "./community-roles";
import type { ConfirmedTalks } from "./confirmed-talks";
import { isReleasable } from "./decider";
import {
  type AgendaDocument,
  type AgendaVersionDocument,
  agendaKey,
  agendaVersionKey,
  agendaVersionsRange,
  endOfSlot,
  type TalkSlotDocument,
  talkSlotsPartition,
} from "./documents";
import type { AgendaSlot } from "./events";

export interface AgendaQueriesOptions {
  documents: DocumentStore;
  meetups: AgendaMeetups;
  communities: CommunityRoles;
  talks: ConfirmedTalks;
}

/** A slot as read: its end worked out once, here. */
export interface AgendaSlotView extends AgendaSlot {
  endsAt: string;
}

/** A released version, as everyone who sees the meetup sees it. */
export interface AgendaVersionView {
  meetupId: string;
  number: number;
  note: string;
  releasedAt: string;
  slots: AgendaSlotView[];
}

/** The draft, as the community's organisers see it. */
export interface AgendaDraftView {
  meetupId: string;
  communityId: string;
  slots: AgendaSlotView[];
  /** Whether a release would succeed: a slot, and a difference from the latest release. */
  releasable: boolean;
}

/** Where a talk is on a released agenda. */
export interface TalkSlotView {
  meetupId: string;
  startsAt: string;
  endsAt: string;
}

export interface AgendaQueries {
  /** The latest released version; undefined before the first, or when the viewer may not see the meetup. */
  agendaOf(meetupId: string, viewerId: string | undefined): Promise<AgendaVersionView | undefined>;
  /** A released version by number, with the same visibility. */
  agendaVersion(
    meetupId: string,
    number: number,
    viewerId: string | undefined,
  ): Promise<AgendaVersionView | undefined>;
  /** Every released version, newest first. */
  agendaVersions(meetupId: string, viewerId: string | undefined): Promise<AgendaVersionView[]>;
  /**
   * What changed from version `since` (default: the one before) to version `number`; undefined when there
   * is no earlier version to compare with.
   */
  agendaChangesOf(
    meetupId: string,
    number: number,
    since: number | undefined,
    viewerId: string | undefined,
  ): Promise<{ since: number; changes: AgendaChange[] } | undefined>;
  /** The draft: the community's organisers only (undefined for anyone else, hosts included). */
  agendaDraft(meetupId: string, viewerId: string | undefined): Promise<AgendaDraftView | undefined>;
  /** The community's confirmed talks not on the draft yet, newest first: organisers only (empty for others). */
  availableTalkIds(meetupId: string, viewerId: string | undefined): Promise<string[]>;
  /**
   * The latest released version of each meetup's agenda that has one, in one read: for lists of meetups the
   * caller has already read as their viewer may see them (a calendar of published meetups).
   */
  latestAgendasOf(meetupIds: readonly string[]): Promise<AgendaVersionView[]>;
  /** Every released version of these meetups' agendas, oldest first per meetup: as `latestAgendasOf`, in two reads. */
  releasedAgendasOf(meetupIds: readonly string[]): Promise<AgendaVersionView[]>;
  /** Where a confirmed talk is on a released agenda the viewer may see; undefined if on none. */
  slotOfTalk(proposalId: string, viewerId: string | undefined): Promise<TalkSlotView | undefined>;
}

/** The draft offers the community's newest talks: a meetup's programme is made of recent ones. */
const availableTalksLimit = 100;

export const slotView = (slot: AgendaSlot): AgendaSlotView => ({ ...slot, endsAt: endOfSlot(slot) });

export const versionView = (version: AgendaVersionDocument): AgendaVersionView => ({
  ...version,
  slots: version.slots.map(slotView),
});

export function agendaQueries(options: AgendaQueriesOptions): AgendaQueries {
  const { documents, meetups, communities, talks } = options;

  const visibleMeetup = (
    meetupId: string,
    viewerId: string | undefined,
  ): Promise<AgendaMeetup | undefined> =>
    typeof meetupId === "string" && meetupId.length > 0
      ? meetups.byId(meetupId, viewerId)
      : Promise.resolve(undefined);

  /** The meetup, when the viewer organises its community. */
  async function organisedMeetup(meetupId: string, viewerId: string | undefined) {
    if (typeof viewerId !== "string" || viewerId.length === 0) return undefined;
    const meetup = await visibleMeetup(meetupId, viewerId);
    if (!meetup) return undefined;
    return (await communities.roleOf(meetup.communityId, viewerId)) === "organiser" ? meetup : undefined;
  }

  async function versionOf(meetupId: string, number: number) {
    if (!Number.isInteger(number) || number < 1) return undefined;
    return (
      (await documents.get<AgendaVersionDocument>(agendaVersionKey(meetupId, number)))?.body ?? undefined
    );
  }

  async function latestOf(meetupId: string) {
    const { documents: found } = await documents.query<AgendaVersionDocument>("primary", {
      partition: agendaVersionsRange(meetupId).partition,
      range: { beginsWith: agendaVersionsRange(meetupId).beginsWith },
      order: "descending",
      limit: 1,
    });
    return found[0]?.body ?? undefined;
  }

  const releasedAgendas = async (meetupIds: readonly string[]) =>
    (await getMany<AgendaDocument>(documents, meetupIds.map(agendaKey))).filter(
      (agenda): agenda is AgendaDocument => agenda !== undefined && agenda.latestNumber > 0,
    );

  return {
    async latestAgendasOf(meetupIds) {
      return (await releasedAgendas(meetupIds)).map((agenda) =>
        versionView({
          meetupId: agenda.meetupId,
          number: agenda.latestNumber,
          note: agenda.latestNote ?? "",
          releasedAt: agenda.latestReleasedAt ?? agenda.updatedAt,
          slots: agenda.latestSlots,
        }),
      );
    },

    async releasedAgendasOf(meetupIds) {
      const keys = (await releasedAgendas(meetupIds)).flatMap((agenda) =>
        Array.from({ length: agenda.latestNumber }, (_, index) =>
          agendaVersionKey(agenda.meetupId, index + 1),
        ),
      );
      const versions = await getMany<AgendaVersionDocument>(documents, keys);
      return versions.filter((version) => version !== undefined).map(versionView);
    },

    async agendaOf(meetupId, viewerId) {
      if (!(await visibleMeetup(meetupId, viewerId))) return undefined;
      const latest = await latestOf(meetupId);
      return latest && versionView(latest);
    },

    async agendaVersion(meetupId, number, viewerId) {
      if (!(await visibleMeetup(meetupId, viewerId))) return undefined;
      const version = await versionOf(meetupId, number);
      return version && versionView(version);
    },

    async agendaVersions(meetupId, viewerId) {
      if (!(await visibleMeetup(meetupId, viewerId))) return [];
      const { partition, beginsWith } = agendaVersionsRange(meetupId);
      const versions = await everyDocument<AgendaVersionDocument>(documents, "primary", partition, {
        beginsWith,
      });
      return versions.map(versionView).reverse();
    },

    async agendaChangesOf(meetupId, number, since, viewerId) {
      const earlierNumber = since ?? number - 1;
      if (!Number.isInteger(earlierNumber) || earlierNumber < 1 || earlierNumber >= number) return undefined;
      if (!(await visibleMeetup(meetupId, viewerId))) return undefined;
      const [earlier, later] = await Promise.all([
        versionOf(meetupId, earlierNumber),
        versionOf(meetupId, number),
      ]);
      if (!earlier || !later) return undefined;
      return { since: earlierNumber, changes: agendaChanges(earlier.slots, later.slots) };
    },

    async agendaDraft(meetupId, viewerId) {
      const meetup = await organisedMeetup(meetupId, viewerId);
      if (!meetup) return undefined;
      const agenda = (await documents.get<AgendaDocument>(agendaKey(meetupId)))?.body;
      const draft = agenda?.draft ?? [];
      return {
        meetupId,
        communityId: meetup.communityId,
        slots: draft.map(slotView),
        releasable: isReleasable(draft, agenda?.latestSlots ?? []),
      };
    },

    async availableTalkIds(meetupId, viewerId) {
      const meetup = await organisedMeetup(meetupId, viewerId);
      if (!meetup) return [];
      const [agenda, confirmed] = await Promise.all([
        documents.get<AgendaDocument>(agendaKey(meetupId)),
        talks.talksOf(meetup.communityId, { limit: availableTalksLimit }),
      ]);
      const taken = new Set((agenda?.body?.draft ?? []).map((slot) => slot.proposalId));
      return confirmed.edges.map(({ node }) => node.id).filter((proposalId) => !taken.has(proposalId));
    },

    async slotOfTalk(proposalId, viewerId) {
      if (typeof proposalId !== "string" || proposalId.length === 0) return undefined;
      const { documents: found } = await documents.query<TalkSlotDocument>("first", {
        partition: talkSlotsPartition(proposalId),
        limit: 10,
      });
      for (const { body } of found) {
        if (body && (await visibleMeetup(body.meetupId, viewerId)))
          return { meetupId: body.meetupId, startsAt: body.startsAt, endsAt: body.endsAt };
      }
      return undefined;
    },
  };
}
