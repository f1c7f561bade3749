import { UploadMissing } from "../blob/index";
import { type Clock, systemClock } from "../clock/clock";
import { type CommandResult, commandHandler } from "../decider/command-handler";
import { createdId } from "../decider/created-id";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import { type Call, type CallCommand, callDecider } from "./call";
import type { CommunityMeetups } from "./community-meetups";
import { type CommunityRoles, isMember } from "./community-roles";
import {
  assertLooksAfterTalk,
  type CallTerms,
  type Proposal,
  type ProposalCommand,
  type ProposalStatus,
  proposalDecider,
} from "./decider";
import { callStream, proposalStream } from "./documents";
import {
  CallNotFound,
  InvalidCall,
  InvalidRecording,
  NotAMember,
  NotAnOrganiser,
  NotAReviewer,
  ProposalNotFound,
  UnknownHandle,
} from "./errors";
import type { CallEvent, ProposalEvent } from "./events";
import type { MemberHandles } from "./member-handles";
import { type TalkQueries, talkQueries } from "./queries";
import { httpsUrlOf } from "./recording";
import type { SlideUploads } from "./slide-uploads";
import {
  type CallChangesInput,
  type CallInput,
  type ProposalChangesInput,
  type ProposalInput,
  parseCallChanges,
  parseCallInput,
  parseDecisionMessage,
  parseProposalChanges,
  parseProposalInput,
  parseReviewInput,
  type ReviewInput,
} from "./talk-input";

export interface TalkModuleOptions {
  store: EventStore;
  documents: DocumentStore;
  /** Who may do what: `communityModule(...)` (its `roleOf` reads the community's stream). */
  communities: CommunityRoles;
  /** Who holds a handle, to invite co-speakers: `memberModule(...)`. */
  members: MemberHandles;
  /** Which community a meetup belongs to, for a call that targets one: `meetupModule(...)`. Without, no call targets a meetup. */
  meetups?: CommunityMeetups;
  clock?: Clock;
  /** Needed only for requests with an idempotency key. */
  idempotency?: IdempotencyStore;
  /** Where slides are uploaded: `uploadsModule(...)`. Without, `attachSlides` refuses every upload as missing. */
  uploads?: SlideUploads;
}

interface Request {
  /** The member who asks. */
  actor: string;
  /** A retry with the same key (by the same actor, on the same stream) returns the first result and changes nothing again. */
  idempotencyKey?: string;
}

interface CallRequest extends Request {
  callId: string;
}

interface ProposalRequest extends Request {
  proposalId: string;
}

export interface CallResult {
  callId: string;
  version: number;
  status: Call["status"];
}

export interface ProposalResult {
  proposalId: string;
  version: number;
  status: ProposalStatus;
}

/** The talk context: its writes, and its reads (`TalkQueries`). */
export interface TalkModule extends TalkQueries {
  /** Organisers of `input.communityId` only. The new call is a draft. */
  draftCall(request: Request & { input: CallInput }): Promise<CallResult>;
  /** Organisers only; only the details given change. */
  editCall(request: CallRequest & { input: CallChangesInput }): Promise<CallResult>;
  publishCall(request: CallRequest): Promise<CallResult>;
  /** Its window starts now. */
  openCall(request: CallRequest): Promise<CallResult>;
  /** Its window ends now. */
  closeCall(request: CallRequest): Promise<CallResult>;
  /** Organisers only: a member of the community reviews the call's proposals (organisers do without appointment). */
  appointReviewer(request: CallRequest & { memberId: string }): Promise<CallResult>;
  removeReviewer(request: CallRequest & { memberId: string }): Promise<CallResult>;
  /**
   * Members of the call's community: a new proposal, owned by the actor, submitted at once with `submit`
   * (the call must take proposals then) or kept a draft. Co-speakers are invited by handle.
   */
  draftProposal(request: Request & { input: ProposalInput; submit?: boolean }): Promise<ProposalResult>;
  /** The owner, while the call is open: the details given change; handles, when given, are the co-speakers after it. */
  editProposal(request: ProposalRequest & { input: ProposalChangesInput }): Promise<ProposalResult>;
  /** The owner submits a draft, while the call takes proposals. */
  submitProposal(request: ProposalRequest): Promise<ProposalResult>;
  /** An invited co-speaker accepts or declines. */
  answerInvitation(request: ProposalRequest & { accept: boolean }): Promise<ProposalResult>;
  /** Organisers of the community only, with a message to the speakers. */
  acceptProposal(request: ProposalRequest & { message: string }): Promise<ProposalResult>;
  rejectProposal(request: ProposalRequest & { message: string }): Promise<ProposalResult>;
  /** A speaker confirms an accepted talk: it becomes public. */
  confirmTalk(request: ProposalRequest): Promise<ProposalResult>;
  declineTalk(request: ProposalRequest): Promise<ProposalResult>;
  /** A speaker withdraws, before a decision or after acceptance. */
  withdrawProposal(request: ProposalRequest): Promise<ProposalResult>;
  /** Organisers only: calls off a confirmed talk. */
  cancelTalk(request: ProposalRequest & { message: string }): Promise<ProposalResult>;
  /**
   * A reviewer of the call (an organiser, or a member appointed) scores each criterion and may comment;
   * a second review by the same reviewer revises the first.
   */
  reviewProposal(
    request: ProposalRequest & { input: ReviewInput },
  ): Promise<ProposalResult & { reviewerId: string }>;
  /**
   * A speaker of an accepted or confirmed talk, or an organiser, attaches the slides uploaded (through
   * `startUpload({ kind: "slides" })`) under `uploadId`, replacing any before. A file that is not a PDF,
   * is empty or too large is refused with the upload's typed error, deleted, and nothing is recorded.
   */
  attachSlides(request: ProposalRequest & { uploadId: string }): Promise<ProposalResult>;
  removeSlides(request: ProposalRequest): Promise<ProposalResult>;
  /** As slides: an https address (YouTube, Vimeo and PeerTube pages are recognised for an embed). */
  linkRecording(request: ProposalRequest & { url: string }): Promise<ProposalResult>;
  unlinkRecording(request: ProposalRequest): Promise<ProposalResult>;
  /**
   * Who speaks on a proposal, read from its stream (strongly consistent): the owner and the co-speakers
   * who accepted, with the proposal's title, status and decision and its call's title. For the notifier
   * only: it names members whatever the call's anonymity, so no query serves it.
   */
  speakersOf(proposalId: string): Promise<ProposalSpeakers | undefined>;
}

/** A proposal and who speaks on it (see `TalkModule.speakersOf`). */
export interface ProposalSpeakers {
  proposalId: string;
  callId: string;
  callTitle: string;
  communityId: string;
  title: string;
  status: ProposalStatus;
  decisionMessage: string | null;
  /** The owner first, then the co-speakers who accepted, in the order they were invited. */
  speakerIds: string[];
}

/** Longer addresses are no video page we know of, and would only bloat the stream. */
const maximumRecordingUrlLength = 2_000;

export function talkModule(options: TalkModuleOptions): TalkModule {
  const {
    store,
    documents,
    communities,
    members,
    meetups,
    clock = systemClock,
    idempotency,
    uploads,
  } = options;
  const callStates = streamStates({ store, decider: callDecider });
  const proposalStates = streamStates({ store, decider: proposalDecider });
  const calls = commandHandler({ store, decider: callDecider, states: callStates, clock, idempotency });
  const proposals = commandHandler({
    store,
    decider: proposalDecider,
    states: proposalStates,
    clock,
    idempotency,
  });
  const queries = talkQueries({ store, documents, communities, clock });

  const standingOf = (communityId: string, actor: string) =>
    typeof actor === "string" && actor.length > 0
      ? communities.roleOf(communityId, actor)
      : Promise.resolve(null);

  async function assertOrganiser(communityId: string, actor: string): Promise<void> {
    if ((await standingOf(communityId, actor)) !== "organiser")
      throw new NotAnOrganiser(communityId, String(actor));
  }

  /** The call as its stream has it now (strongly consistent): what a proposal is decided against. */
  async function callOf(callId: string): Promise<Call & { callId: string }> {
    if (typeof callId !== "string" || !isUuid(callId)) throw new CallNotFound(String(callId));
    const { state } = await callStates.current(callStream(callId));
    if (state.status === "none") throw new CallNotFound(callId);
    return { ...state, callId };
  }

  const termsOf = (call: Call & { callId: string }): CallTerms => ({
    callId: call.callId,
    status: call.status,
    details: call.details,
  });

  async function proposalOf(proposalId: string): Promise<Proposal> {
    if (typeof proposalId !== "string" || !isUuid(proposalId)) throw new ProposalNotFound(String(proposalId));
    const { state } = await proposalStates.current(proposalStream(proposalId));
    if (state.status === "none") throw new ProposalNotFound(proposalId);
    return state;
  }

  async function speakersOf(proposalId: string): Promise<ProposalSpeakers | undefined> {
    if (typeof proposalId !== "string" || !isUuid(proposalId)) return undefined;
    const { state } = await proposalStates.current(proposalStream(proposalId));
    if (state.status === "none") return undefined;
    const { state: call } = await callStates.current(callStream(state.callId));
    const coSpeakers = Object.entries(state.coSpeakers).filter(([, status]) => status === "accepted");
    return {
      proposalId,
      callId: state.callId,
      callTitle: call.status === "none" ? "" : call.details.title,
      communityId: state.communityId,
      title: state.details.title,
      status: state.status,
      decisionMessage: state.decisionMessage,
      speakerIds: [state.ownerId, ...coSpeakers.map(([memberId]) => memberId)],
    };
  }

  /** A call targets a meetup of its own community, or none. */
  async function assertTargetOf(communityId: string, meetupId: string | null | undefined, actor: string) {
    if (meetupId === null || meetupId === undefined) return;
    const meetup = meetups ? await meetups.byId(meetupId, actor) : undefined;
    if (meetup?.communityId !== communityId)
      throw new InvalidCall([{ path: ["meetupId"], message: "must be a meetup of the call's community" }]);
  }

  const callResult = (callId: string, result: CommandResult<Call, CallEvent>): CallResult => ({
    callId,
    version: result.version,
    status: result.state.status,
  });

  const proposalResult = (
    proposalId: string,
    result: CommandResult<Proposal, ProposalEvent>,
  ): ProposalResult => ({
    proposalId,
    version: result.version,
    status: result.state.status as ProposalStatus,
  });

  function callCommand<Input>(
    parseInput: (request: CallRequest & Input) => Input,
    command: (callId: string, input: Input) => CallCommand,
    /** What the command needs beyond an organiser, checked on the parsed input. */
    check: (call: Call, input: Input, actor: string) => Promise<void> = async () => {},
  ) {
    return async (request: CallRequest & Input): Promise<CallResult> => {
      const input = parseInput(request);
      const { callId, actor, idempotencyKey } = request;
      const call = await callOf(callId);
      await assertOrganiser(call.communityId, actor);
      await check(call, input, actor);
      return calls.handle(
        {
          streamId: callStream(callId),
          command: command(callId, input),
          metadata: { actor, idempotencyKey },
        },
        (result) => callResult(callId, result),
      );
    };
  }

  async function proposalCommand(
    request: ProposalRequest,
    command: ProposalCommand,
  ): Promise<ProposalResult> {
    const { proposalId, actor, idempotencyKey } = request;
    return proposals.handle(
      { streamId: proposalStream(proposalId), command, metadata: { actor, idempotencyKey } },
      (result) => proposalResult(proposalId, result),
    );
  }

  async function organiserOnProposal(request: ProposalRequest): Promise<void> {
    const proposal = await proposalOf(request.proposalId);
    await assertOrganiser(proposal.communityId, request.actor);
  }

  async function memberIdsOf(handles: readonly string[]): Promise<string[]> {
    return Promise.all(
      handles.map(async (handle) => {
        const member = await members.byHandle(handle);
        if (!member) throw new UnknownHandle(handle);
        return member.id;
      }),
    );
  }

  /** Who looks after a talk's slides and recording: the command's rule needs to know if the actor organises. */
  async function caretakerOf(request: ProposalRequest) {
    const proposal = await proposalOf(request.proposalId);
    const organiser = (await standingOf(proposal.communityId, request.actor)) === "organiser";
    return { proposal, caretaker: { proposalId: request.proposalId, memberId: request.actor, organiser } };
  }

  function recordingUrlOf(url: unknown): string {
    const text = typeof url === "string" ? url.trim() : "";
    const parsed = text.length <= maximumRecordingUrlLength ? httpsUrlOf(text) : undefined;
    if (!parsed) throw new InvalidRecording(String(url));
    return parsed.href;
  }

  return {
    ...queries,
    speakersOf,

    async draftCall(request) {
      const { communityId, details } = parseCallInput(request.input, clock.now());
      const { actor, idempotencyKey } = request;
      await assertOrganiser(communityId, actor);
      await assertTargetOf(communityId, details.meetupId, actor);
      const metadata = { actor, idempotencyKey };
      const callId = createdId("call", metadata);
      return calls.handle(
        {
          streamId: callStream(callId),
          command: { type: "DraftCall", callId, communityId, details },
          metadata,
        },
        (result) => callResult(callId, result),
      );
    },

    editCall: callCommand(
      ({ input }: CallRequest & { input: CallChangesInput }) => ({
        input: parseCallChanges(input, clock.now()),
      }),
      (callId, { input }) => ({ type: "EditCall", callId, changes: input }) as CallCommand,
      (call, { input }, actor) => assertTargetOf(call.communityId, input.meetupId, actor),
    ),

    publishCall: callCommand(
      () => ({}),
      (callId) => ({ type: "PublishCall", callId }),
    ),

    openCall: callCommand(
      () => ({}),
      (callId) => ({ type: "OpenCallNow", callId }),
    ),

    closeCall: callCommand(
      () => ({}),
      (callId) => ({ type: "CloseCallNow", callId }),
    ),

    appointReviewer: callCommand(
      ({ memberId }: CallRequest & { memberId: string }) => ({ memberId: String(memberId) }),
      (callId, { memberId }) => ({ type: "AppointReviewer", callId, memberId }),
      async (call, { memberId }) => {
        // Organisers review without appointment; anyone else appointed must be a member.
        if (!isUuid(memberId) || !isMember(await standingOf(call.communityId, memberId)))
          throw new NotAMember(call.communityId, memberId, "another member");
      },
    ),

    removeReviewer: callCommand(
      ({ memberId }: CallRequest & { memberId: string }) => ({ memberId: String(memberId) }),
      (callId, { memberId }) => ({ type: "RemoveReviewer", callId, memberId }),
    ),

    async draftProposal(request) {
      const { callId, details, coSpeakerHandles } = parseProposalInput(request.input);
      const { actor, idempotencyKey } = request;
      const call = await callOf(callId);
      if (!isMember(await standingOf(call.communityId, actor))) throw new NotAMember(call.communityId, actor);
      const coSpeakerIds = await memberIdsOf(coSpeakerHandles);
      const metadata = { actor, idempotencyKey };
      const proposalId = createdId("proposal", metadata);
      return proposalCommand(
        { proposalId, actor, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) },
        {
          type: "DraftProposal",
          proposalId,
          call: termsOf(call),
          communityId: call.communityId,
          ownerId: actor,
          details,
          coSpeakerIds,
          submit: request.submit === true,
        },
      );
    },

    async editProposal(request) {
      const { changes, coSpeakerHandles } = parseProposalChanges(request.input);
      const proposal = await proposalOf(request.proposalId);
      const call = await callOf(proposal.callId);
      const coSpeakerIds = coSpeakerHandles === undefined ? undefined : await memberIdsOf(coSpeakerHandles);
      return proposalCommand(request, {
        type: "EditProposal",
        proposalId: request.proposalId,
        call: termsOf(call),
        memberId: request.actor,
        changes,
        ...(coSpeakerIds === undefined ? {} : { coSpeakerIds }),
      });
    },

    async submitProposal(request) {
      const proposal = await proposalOf(request.proposalId);
      const call = await callOf(proposal.callId);
      return proposalCommand(request, {
        type: "SubmitProposal",
        proposalId: request.proposalId,
        call: termsOf(call),
        memberId: request.actor,
      });
    },

    async answerInvitation(request) {
      await proposalOf(request.proposalId);
      return proposalCommand(request, {
        type: "AnswerInvitation",
        proposalId: request.proposalId,
        memberId: request.actor,
        accept: request.accept === true,
      });
    },

    async acceptProposal(request) {
      const message = parseDecisionMessage(request.message);
      await organiserOnProposal(request);
      return proposalCommand(request, { type: "AcceptProposal", proposalId: request.proposalId, message });
    },

    async rejectProposal(request) {
      const message = parseDecisionMessage(request.message);
      await organiserOnProposal(request);
      return proposalCommand(request, { type: "RejectProposal", proposalId: request.proposalId, message });
    },

    async confirmTalk(request) {
      await proposalOf(request.proposalId);
      return proposalCommand(request, {
        type: "ConfirmTalk",
        proposalId: request.proposalId,
        memberId: request.actor,
      });
    },

    async declineTalk(request) {
      await proposalOf(request.proposalId);
      return proposalCommand(request, {
        type: "DeclineTalk",
        proposalId: request.proposalId,
        memberId: request.actor,
      });
    },

    async withdrawProposal(request) {
      await proposalOf(request.proposalId);
      return proposalCommand(request, {
        type: "WithdrawProposal",
        proposalId: request.proposalId,
        memberId: request.actor,
      });
    },

    async cancelTalk(request) {
      const message = parseDecisionMessage(request.message);
      await organiserOnProposal(request);
      return proposalCommand(request, { type: "CancelTalk", proposalId: request.proposalId, message });
    },

    async reviewProposal(request) {
      const { scores, comment } = parseReviewInput(request.input);
      const { actor, proposalId } = request;
      const proposal = await proposalOf(proposalId);
      const call = await callOf(proposal.callId);
      const standing = await standingOf(call.communityId, actor);
      const reviewer = standing === "organiser" || (isMember(standing) && call.reviewerIds.includes(actor));
      if (!reviewer) throw new NotAReviewer(proposal.callId);
      const result = await proposalCommand(request, {
        type: "ReviewProposal",
        proposalId,
        reviewerId: actor,
        criteria: call.details.criteria,
        scores,
        comment,
      });
      return { ...result, reviewerId: actor };
    },

    async attachSlides(request) {
      const { proposal, caretaker } = await caretakerOf(request);
      // The rules are checked before the file is, so that a refused attempt leaves the upload alone.
      assertLooksAfterTalk(request.proposalId, proposal, caretaker);
      if (!uploads) throw new UploadMissing(String(request.uploadId));
      const { key, bytes } = await uploads.verifiedUpload({
        uploadId: String(request.uploadId),
        kind: "slides",
        actor: request.actor,
      });
      return proposalCommand(request, { type: "AttachSlides", ...caretaker, slides: { key, bytes } });
    },

    async removeSlides(request) {
      return proposalCommand(request, { type: "RemoveSlides", ...(await caretakerOf(request)).caretaker });
    },

    async linkRecording(request) {
      const url = recordingUrlOf(request.url);
      return proposalCommand(request, {
        type: "LinkRecording",
        ...(await caretakerOf(request)).caretaker,
        url,
      });
    },

    async unlinkRecording(request) {
      return proposalCommand(request, { type: "UnlinkRecording", ...(await caretakerOf(request)).caretaker });
    },
  };
}
