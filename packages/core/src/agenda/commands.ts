import { type Clock, systemClock } from "../clock/clock";
import { type CommandResult, commandHandler } from "../decider/command-handler";
import { createdId } from "../decider/created-id";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import type { EventStore } from "../eventstore/event-store";
import type { EventOf } from "../eventstore/event-type";
import {
  type NewSlotInput,
  parseNewSlot,
  parseReleaseNote,
  parseSlotChanges,
  type SlotChangesInput,
} from "./agenda-input";
import type { AgendaMeetup, AgendaMeetups } from "./agenda-meetups";
import type { CommunityRoles } from "./community-roles";
import type { ConfirmedTalks } from "./confirmed-talks";
import { type Agenda, type AgendaCommand, agendaDecider, isReleasable, type MeetupTimes } from "./decider";
import { agendaStream } from "./documents";
import { InvalidAgendaSlot, MeetupNotFound, NotAnOrganiser, TalkNotConfirmed } from "./errors";
import type { AgendaEvent, AgendaReleased } from "./events";
import {
  type AgendaDraftView,
  type AgendaQueries,
  type AgendaVersionView,
  agendaQueries,
  slotView,
} from "./queries";

export interface AgendaModuleOptions {
  store: EventStore;
  documents: DocumentStore;
  /** Who organises the meetup's community: `communityModule(...)`. */
  communities: CommunityRoles;
  /** When the meetup runs, and whose it is: `meetupModule(...)`. */
  meetups: AgendaMeetups;
  /** The confirmed talks that fill slots: `talkModule(...)`. */
  talks: ConfirmedTalks;
  clock?: Clock;
  /** Needed only for requests with an idempotency key. */
  idempotency?: IdempotencyStore;
}

interface Request {
  /** The member who asks. */
  actor: string;
  /** A retry with the same key (by the same actor, on the same agenda) returns the first result and changes nothing again. */
  idempotencyKey?: string;
}

/** The agenda context: its writes, and its reads (`AgendaQueries`). */
export interface AgendaModule extends AgendaQueries {
  /**
   * The organisers of the meetup's community (not its hosts: the agenda is the programme organisers curate,
   * as they decide the talks) add a slot to the draft: a confirmed talk of the community, or a free item.
   */
  addSlot(request: Request & { input: NewSlotInput }): Promise<AgendaDraftView>;
  /** Only what is given changes; a talk's title stays the talk's. */
  editSlot(request: Request & { input: SlotChangesInput }): Promise<AgendaDraftView>;
  /** To another place in the order (0 is first), laid out from the first slot's start. */
  moveSlot(
    request: Request & { meetupId: string; slotId: string; position: number },
  ): Promise<AgendaDraftView>;
  removeSlot(request: Request & { meetupId: string; slotId: string }): Promise<AgendaDraftView>;
  /** The draft becomes the next numbered version, which the public sees. */
  releaseAgenda(request: Request & { meetupId: string; note?: string }): Promise<AgendaVersionView>;
}

/** The most positions anyone could mean: a meetup lasts at most days, a slot at least a minute. */
const maximumPosition = 10_000;

export function agendaModule(options: AgendaModuleOptions): AgendaModule {
  const { store, documents, communities, meetups, talks, clock = systemClock, idempotency } = options;
  const states = streamStates({ store, decider: agendaDecider });
  const agendas = commandHandler({ store, decider: agendaDecider, states, clock, idempotency });
  const queries = agendaQueries({ documents, meetups, communities, talks });

  /** The meetup as its organiser sees it (drafts included), once the actor is known to organise it. */
  async function organisedMeetup(meetupId: unknown, actor: string): Promise<AgendaMeetup> {
    const id = typeof meetupId === "string" ? meetupId : "";
    const meetup = id.length > 0 && id.length <= 100 ? await meetups.byId(id, actor) : undefined;
    if (!meetup) throw new MeetupNotFound(id);
    if (typeof actor !== "string" || (await communities.roleOf(meetup.communityId, actor)) !== "organiser")
      throw new NotAnOrganiser(meetup.communityId, String(actor));
    return meetup;
  }

  const timesOf = (meetup: AgendaMeetup): MeetupTimes => ({
    startsAt: meetup.startsAt,
    endsAt: meetup.endsAt,
    closed: meetup.status === "cancelled" || clock.now().getTime() >= Date.parse(meetup.endsAt),
  });

  const draftResult = (meetup: AgendaMeetup, agenda: Agenda): AgendaDraftView => ({
    meetupId: meetup.id,
    communityId: meetup.communityId,
    slots: agenda.draft.map(slotView),
    releasable: isReleasable(agenda.draft, agenda.releases.at(-1)?.slots ?? []),
  });

  function handle<Result>(
    meetup: AgendaMeetup,
    request: Request,
    command: AgendaCommand,
    answer: (result: CommandResult<Agenda, AgendaEvent>) => Result,
  ): Promise<Result> {
    const { actor, idempotencyKey } = request;
    return agendas.handle(
      { streamId: agendaStream(meetup.id), command, metadata: { actor, idempotencyKey } },
      answer,
    );
  }

  const onDraft = (meetup: AgendaMeetup, request: Request, command: AgendaCommand) =>
    handle(meetup, request, command, (result) => draftResult(meetup, result.state));

  function slotIdOf(slotId: unknown): string {
    if (typeof slotId !== "string" || slotId.length === 0 || slotId.length > 100)
      throw new InvalidAgendaSlot([{ path: ["slotId"], message: "must be a slot of the agenda" }]);
    return slotId;
  }

  return {
    ...queries,

    async addSlot(request) {
      const input = parseNewSlot(request.input);
      const meetup = await organisedMeetup(input.meetupId, request.actor);
      let { title, minutes } = input;
      if (input.proposalId !== null) {
        const talk = await talks.confirmedTalk(input.proposalId);
        if (talk?.communityId !== meetup.communityId) throw new TalkNotConfirmed(input.proposalId);
        title = talk.title;
        minutes ??= talk.minutes;
      }
      const slotId = createdId("agenda-slot", {
        actor: request.actor,
        idempotencyKey: request.idempotencyKey,
      });
      return onDraft(meetup, request, {
        type: "AddSlot",
        meetupId: meetup.id,
        meetup: timesOf(meetup),
        slot: {
          slotId,
          startsAt: input.startsAt,
          minutes: minutes ?? 0,
          proposalId: input.proposalId,
          title: title ?? "",
        },
      });
    },

    async editSlot(request) {
      const { meetupId, slotId, changes } = parseSlotChanges(request.input);
      const meetup = await organisedMeetup(meetupId, request.actor);
      return onDraft(meetup, request, {
        type: "EditSlot",
        meetupId: meetup.id,
        meetup: timesOf(meetup),
        slotId,
        changes,
      });
    },

    async moveSlot(request) {
      const slotId = slotIdOf(request.slotId);
      const { position } = request;
      if (!Number.isInteger(position) || position < 0 || position > maximumPosition)
        throw new InvalidAgendaSlot([
          { path: ["position"], message: "must be a place in the order, from 0" },
        ]);
      const meetup = await organisedMeetup(request.meetupId, request.actor);
      return onDraft(meetup, request, {
        type: "MoveSlot",
        meetupId: meetup.id,
        meetup: timesOf(meetup),
        slotId,
        position,
      });
    },

    async removeSlot(request) {
      const slotId = slotIdOf(request.slotId);
      const meetup = await organisedMeetup(request.meetupId, request.actor);
      return onDraft(meetup, request, {
        type: "RemoveSlot",
        meetupId: meetup.id,
        meetup: timesOf(meetup),
        slotId,
      });
    },

    async releaseAgenda(request) {
      const note = parseReleaseNote(request.note);
      const meetup = await organisedMeetup(request.meetupId, request.actor);
      return handle(
        meetup,
        request,
        { type: "ReleaseAgenda", meetupId: meetup.id, meetup: timesOf(meetup), note },
        (result): AgendaVersionView => {
          const released = result.events[0] as EventEnvelope<EventOf<typeof AgendaReleased>> | undefined;
          if (released?.type !== "AgendaReleased") throw new Error("a release appends AgendaReleased");
          const { number, note, slots } = released.data;
          return {
            meetupId: meetup.id,
            number,
            note,
            releasedAt: released.meta.occurredAt,
            slots: slots.map(slotView),
          };
        },
      );
    },
  };
}
