import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import * as z from "../validation/zod";

/*
 * Two kinds of stream. A call for proposals: `call-<callId>`, its details, its window and its appointed
 * reviewers. A proposal: `proposal-<proposalId>`, everything that happens to one talk on its way through a
 * call, its reviews included, so that one stream's version orders every decision about it. Members appear
 * by id only: names and handles stay in the member context. Rules for input live in `talk-input.ts`, so a
 * rule can change without making old events unreadable.
 */

const instant = () => z.iso.datetime();
const id = () => z.string().check(z.minLength(1));

const formatSchema = () => z.object({ id: id(), name: z.string(), minutes: z.int().check(z.positive()) });

const criterionSchema = () =>
  z.object({
    id: id(),
    name: z.string(),
    weight: z.number().check(z.positive()),
    /** The scores a reviewer may give, both ends included. */
    scale: z.object({ minimum: z.int(), maximum: z.int() }),
  });

/** Everything an organiser describes about a call; the window moves also by "open now" and "close now". */
const callDetailsSchema = () =>
  z.object({
    title: z.string(),
    /** Markdown, kept as the organiser wrote it. */
    description: z.string(),
    opensAt: instant(),
    closesAt: instant(),
    formats: z.array(formatSchema()),
    criteria: z.array(criterionSchema()),
    /** Reviewers see no speaker identity while on. */
    anonymised: z.boolean(),
    /** The meetup the call gathers talks for, if one. */
    meetupId: z.nullable(z.string()),
  });

export const CallDrafted = defineEvent("CallDrafted", () =>
  z.extend(callDetailsSchema(), { communityId: id() }),
);
/** The whole details after the change: readers need no earlier event to show them. */
export const CallDetailsChanged = defineEvent("CallDetailsChanged", callDetailsSchema);
export const CallPublished = defineEvent("CallPublished", () => z.object({}));
/** An organiser opened the call at once: its window starts now. */
export const CallOpened = defineEvent("CallOpened", () => z.object({ opensAt: instant() }));
/** An organiser closed the call at once: its window ends now. */
export const CallClosed = defineEvent("CallClosed", () => z.object({ closesAt: instant() }));
export const ReviewerAppointed = defineEvent("ReviewerAppointed", () => z.object({ memberId: id() }));
export const ReviewerRemoved = defineEvent("ReviewerRemoved", () => z.object({ memberId: id() }));

const levelSchema = () => z.enum(["beginner", "intermediate", "advanced"]);

/** What a speaker writes about a talk. */
const proposalDetailsSchema = () =>
  z.object({
    title: z.string(),
    /** Markdown. */
    abstract: z.string(),
    formatId: id(),
    level: levelSchema(),
    tags: z.array(z.string()),
    /** For the organisers only: never shown to reviewers or the public. */
    note: z.string(),
  });

export const ProposalDrafted = defineEvent("ProposalDrafted", () =>
  z.extend(proposalDetailsSchema(), {
    callId: id(),
    communityId: id(),
    /** The member who drafted it: it is theirs, whoever else speaks. */
    ownerId: id(),
  }),
);
export const ProposalEdited = defineEvent("ProposalEdited", proposalDetailsSchema);
export const ProposalSubmitted = defineEvent("ProposalSubmitted", () => z.object({}));
const member = () => z.object({ memberId: id() });
export const CoSpeakerInvited = defineEvent("CoSpeakerInvited", member);
export const CoSpeakerAccepted = defineEvent("CoSpeakerAccepted", member);
export const CoSpeakerDeclined = defineEvent("CoSpeakerDeclined", member);
/** The owner took an invitation back (or a co-speaker off the talk) by editing the speakers. */
export const CoSpeakerRemoved = defineEvent("CoSpeakerRemoved", member);
const message = () => z.object({ message: z.string() });
export const ProposalAccepted = defineEvent("ProposalAccepted", message);
export const ProposalRejected = defineEvent("ProposalRejected", message);
/** The speaker will give the accepted talk: from now on it is public, as a talk. */
export const ProposalConfirmed = defineEvent("ProposalConfirmed", () => z.object({}));
/** The speaker will not give the accepted talk. */
export const ProposalDeclined = defineEvent("ProposalDeclined", () => z.object({}));
export const ProposalWithdrawn = defineEvent("ProposalWithdrawn", () => z.object({}));
/** An organiser called off a confirmed talk. */
export const ProposalCancelled = defineEvent("ProposalCancelled", message);

const scoreSchema = () =>
  z.object({
    criterionId: id(),
    score: z.int(),
    /** The criterion's weight when the review was made: the weighted mean reads it from here. */
    weight: z.number().check(z.positive()),
  });

/** A reviewer's review, or their revision of it: the latest one per reviewer counts. */
export const ProposalReviewed = defineEvent("ProposalReviewed", () =>
  z.object({ reviewerId: id(), scores: z.array(scoreSchema()), comment: z.string() }),
);

/** A speaker (or an organiser) attached the talk's slides, or replaced them: a checked PDF in the Blob store. */
export const SlidesAttached = defineEvent("SlidesAttached", () =>
  z.object({ key: id(), bytes: z.int().check(z.positive()) }),
);
export const SlidesRemoved = defineEvent("SlidesRemoved", () => z.object({}));
/** The talk's recording: an https address, kept as given (providers are recognised when read). */
export const RecordingLinked = defineEvent("RecordingLinked", () => z.object({ url: id() }));
export const RecordingUnlinked = defineEvent("RecordingUnlinked", () => z.object({}));

export type CallEvent =
  | EventOf<typeof CallDrafted>
  | EventOf<typeof CallDetailsChanged>
  | EventOf<typeof CallPublished>
  | EventOf<typeof CallOpened>
  | EventOf<typeof CallClosed>
  | EventOf<typeof ReviewerAppointed>
  | EventOf<typeof ReviewerRemoved>;

export type ProposalEvent =
  | EventOf<typeof ProposalDrafted>
  | EventOf<typeof ProposalEdited>
  | EventOf<typeof ProposalSubmitted>
  | EventOf<typeof CoSpeakerInvited>
  | EventOf<typeof CoSpeakerAccepted>
  | EventOf<typeof CoSpeakerDeclined>
  | EventOf<typeof CoSpeakerRemoved>
  | EventOf<typeof ProposalAccepted>
  | EventOf<typeof ProposalRejected>
  | EventOf<typeof ProposalConfirmed>
  | EventOf<typeof ProposalDeclined>
  | EventOf<typeof ProposalWithdrawn>
  | EventOf<typeof ProposalCancelled>
  | EventOf<typeof ProposalReviewed>
  | EventOf<typeof SlidesAttached>
  | EventOf<typeof SlidesRemoved>
  | EventOf<typeof RecordingLinked>
  | EventOf<typeof RecordingUnlinked>;

export type TalkEvent = CallEvent | ProposalEvent;

export type CallDetails = z.infer<ReturnType<typeof callDetailsSchema>>;
export type Format = z.infer<ReturnType<typeof formatSchema>>;
export type Criterion = z.infer<ReturnType<typeof criterionSchema>>;
export type ProposalDetails = z.infer<ReturnType<typeof proposalDetailsSchema>>;
export type Level = z.infer<ReturnType<typeof levelSchema>>;
export type Score = z.infer<ReturnType<typeof scoreSchema>>;

export const talkEventTypes: readonly EventType[] = [
  CallDrafted,
  CallDetailsChanged,
  CallPublished,
  CallOpened,
  CallClosed,
  ReviewerAppointed,
  ReviewerRemoved,
  ProposalDrafted,
  ProposalEdited,
  ProposalSubmitted,
  CoSpeakerInvited,
  CoSpeakerAccepted,
  CoSpeakerDeclined,
  CoSpeakerRemoved,
  ProposalAccepted,
  ProposalRejected,
  ProposalConfirmed,
  ProposalDeclined,
  ProposalWithdrawn,
  ProposalCancelled,
  ProposalReviewed,
  SlidesAttached,
  SlidesRemoved,
  RecordingLinked,
  RecordingUnlinked,
];
