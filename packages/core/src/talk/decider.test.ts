import { describe, test } from "vitest";
import { deciderSpecification } from "../decider/given-when-then";
import type { CallTerms, ProposalCommand } from "./decider";
import { proposalDecider } from "./decider";
import {
  CallClosed,
  FormatNotOffered,
  InvalidProposal,
  NotAnAcceptedTalk,
  NotASpeaker,
  NotInvited,
  NotTheOwner,
  OwnProposal,
  ProposalClosed,
  ProposalNotAccepted,
  ProposalNotConfirmed,
  ProposalNotSubmitted,
  ScoreOutOfRange,
  ScoresIncomplete,
} from "./errors";
import {
  type CallDetails,
  CoSpeakerAccepted,
  CoSpeakerDeclined,
  CoSpeakerInvited,
  CoSpeakerRemoved,
  ProposalAccepted,
  ProposalCancelled,
  ProposalConfirmed,
  ProposalDeclined,
  type ProposalDetails,
  ProposalDrafted,
  ProposalEdited,
  ProposalRejected,
  ProposalReviewed,
  ProposalSubmitted,
  ProposalWithdrawn,
  RecordingLinked,
  RecordingUnlinked,
  SlidesAttached,
  SlidesRemoved,
} from "./events";

const { given } = deciderSpecification(proposalDecider);

const proposalId = "p1";
const opensAt = "2026-05-01T00:00:00.000Z";
const closesAt = "2026-06-01T00:00:00.000Z";
/** While the call is open. */
const during = "2026-05-10T12:00:00.000Z";
const beforeOpening = "2026-04-20T12:00:00.000Z";
const afterClosing = "2026-06-02T12:00:00.000Z";

const callDetails: CallDetails = {
  title: "Talks for the summer",
  description: "",
  opensAt,
  closesAt,
  formats: [
    { id: "talk", name: "Talk", minutes: 30 },
    { id: "lightning", name: "Lightning talk", minutes: 5 },
  ],
  criteria: [
    { id: "relevance", name: "Relevance", weight: 3, scale: { minimum: 1, maximum: 5 } },
    { id: "clarity", name: "Clarity", weight: 1, scale: { minimum: 1, maximum: 5 } },
  ],
  anonymised: true,
  meetupId: null,
};
const call: CallTerms = { callId: "call-1", status: "published", details: callDetails };
const draftCall: CallTerms = { ...call, status: "draft" };

const details: ProposalDetails = {
  title: "Event sourcing without tears",
  abstract: "What we **learned**.",
  formatId: "talk",
  level: "intermediate",
  tags: ["event-sourcing"],
  note: "I can only make it in June.",
};

/** A command's data without the proposal it is on: `Omit` of each member of the union. */
type Command = ProposalCommand extends infer Each
  ? Each extends unknown
    ? Omit<Each, "proposalId">
    : never
  : never;
const when = (command: Command, at = during) =>
  ({ proposalId, ...command, metadata: { at, actor: "someone" } }) as ProposalCommand & {
    metadata: { at: string; actor: string };
  };

const drafted = ProposalDrafted({ callId: "call-1", communityId: "c1", ownerId: "ann", ...details });
const submitted = ProposalSubmitted({});
const accepted = ProposalAccepted({ message: "See you there!" });
const invited = (memberId: string) => CoSpeakerInvited({ memberId });
const draft = (changes: Partial<Extract<ProposalCommand, { type: "DraftProposal" }>> = {}) =>
  when({
    type: "DraftProposal",
    call,
    communityId: "c1",
    ownerId: "ann",
    details,
    coSpeakerIds: [],
    ...changes,
  } as Command);
const review = (reviewerId: string, scores = { relevance: 4, clarity: 2 }, comment = "Solid.") =>
  when({
    type: "ReviewProposal",
    reviewerId,
    criteria: callDetails.criteria,
    scores: Object.entries(scores).map(([criterionId, score]) => ({ criterionId, score })),
    comment,
  });
const reviewed = (reviewerId: string, relevance = 4, clarity = 2, comment = "Solid.") =>
  ProposalReviewed({
    reviewerId,
    scores: [
      { criterionId: "relevance", score: relevance, weight: 3 },
      { criterionId: "clarity", score: clarity, weight: 1 },
    ],
    comment,
  });

describe("drafting and the call's window", () => {
  test("a member drafts a proposal for a published call, inviting co-speakers", () =>
    given()
      .when(draft({ coSpeakerIds: ["bob"] }))
      .then(drafted, invited("bob")));

  test("a proposal drafted and submitted at once needs the call open", () => {
    given()
      .when(draft({ submit: true }))
      .then(drafted, submitted);
    given()
      .when(
        when(
          {
            type: "DraftProposal",
            call,
            communityId: "c1",
            ownerId: "ann",
            details,
            coSpeakerIds: [],
            submit: true,
          },
          beforeOpening,
        ),
      )
      .thenThrows(CallClosed);
  });

  test("drafts are written before the call opens too", () =>
    given()
      .when(
        when(
          { type: "DraftProposal", call, communityId: "c1", ownerId: "ann", details, coSpeakerIds: [] },
          beforeOpening,
        ),
      )
      .then(drafted));

  test("a call that is a draft takes no proposals", () =>
    given()
      .when(draft({ call: draftCall }))
      .thenThrows(CallClosed));

  test("a closed call takes no new drafts", () =>
    given()
      .when(
        when(
          { type: "DraftProposal", call, communityId: "c1", ownerId: "ann", details, coSpeakerIds: [] },
          afterClosing,
        ),
      )
      .thenThrows(CallClosed));

  test("a proposal's format is one the call offers", () =>
    given()
      .when(draft({ details: { ...details, formatId: "workshop" } }))
      .thenThrows(FormatNotOffered));

  test("at most three co-speakers", () =>
    given()
      .when(draft({ coSpeakerIds: ["bob", "cy", "dee", "eve"] }))
      .thenThrows(InvalidProposal));

  test("the owner is no co-speaker of their own proposal", () =>
    given()
      .when(draft({ coSpeakerIds: ["ann"] }))
      .thenThrows(InvalidProposal));

  test("submitting needs the call open: not before it opens", () =>
    given(drafted)
      .when(when({ type: "SubmitProposal", call, memberId: "ann" }, beforeOpening))
      .thenThrows(CallClosed));

  test("submitting needs the call open: not after it closes", () =>
    given(drafted)
      .when(when({ type: "SubmitProposal", call, memberId: "ann" }, afterClosing))
      .thenThrows(CallClosed));

  test("the owner submits while the call is open", () =>
    given(drafted)
      .when(when({ type: "SubmitProposal", call, memberId: "ann" }))
      .then(submitted));

  test("only the owner submits", () =>
    given(drafted, invited("bob"), CoSpeakerAccepted({ memberId: "bob" }))
      .when(when({ type: "SubmitProposal", call, memberId: "bob" }))
      .thenThrows(NotTheOwner));

  test("a format the call stopped offering is not submitted", () =>
    given(drafted)
      .when(
        when({
          type: "SubmitProposal",
          call: {
            ...call,
            details: { ...callDetails, formats: [{ id: "lightning", name: "Lightning", minutes: 5 }] },
          },
          memberId: "ann",
        }),
      )
      .thenThrows(FormatNotOffered));
});

describe("editing", () => {
  test("the owner edits a submitted proposal while the call is open", () =>
    given(drafted, submitted)
      .when(when({ type: "EditProposal", call, memberId: "ann", changes: { title: "Tears, then events" } }))
      .then(ProposalEdited({ ...details, title: "Tears, then events" })));

  test("a submitted proposal does not change after the call closes", () =>
    given(drafted, submitted)
      .when(when({ type: "EditProposal", call, memberId: "ann", changes: { title: "Late" } }, afterClosing))
      .thenThrows(CallClosed));

  test("nobody but the owner edits", () =>
    given(drafted)
      .when(when({ type: "EditProposal", call, memberId: "bob", changes: { title: "Mine now" } }))
      .thenThrows(NotTheOwner));

  test("an edit of the speakers invites the new ones and takes back the dropped ones", () =>
    given(drafted, invited("bob"))
      .when(when({ type: "EditProposal", call, memberId: "ann", changes: {}, coSpeakerIds: ["cy"] }))
      .then(CoSpeakerRemoved({ memberId: "bob" }), invited("cy")));

  test("an accepted proposal is not edited", () =>
    given(drafted, submitted, accepted)
      .when(when({ type: "EditProposal", call, memberId: "ann", changes: { title: "Other" } }))
      .thenThrows(ProposalClosed));
});

describe("co-speakers accept", () => {
  test("an invited co-speaker accepts", () =>
    given(drafted, invited("bob"))
      .when(when({ type: "AnswerInvitation", memberId: "bob", accept: true }))
      .then(CoSpeakerAccepted({ memberId: "bob" })));

  test("an invited co-speaker declines", () =>
    given(drafted, invited("bob"))
      .when(when({ type: "AnswerInvitation", memberId: "bob", accept: false }))
      .then(CoSpeakerDeclined({ memberId: "bob" })));

  test("only an invited member answers", () =>
    given(drafted)
      .when(when({ type: "AnswerInvitation", memberId: "mallory", accept: true }))
      .thenThrows(NotInvited));

  test("a co-speaker who only was invited is not a speaker yet: they cannot withdraw the talk", () =>
    given(drafted, invited("bob"))
      .when(when({ type: "WithdrawProposal", memberId: "bob" }))
      .thenThrows(NotASpeaker));

  test("a co-speaker who accepted is a speaker: they may withdraw", () =>
    given(drafted, invited("bob"), CoSpeakerAccepted({ memberId: "bob" }))
      .when(when({ type: "WithdrawProposal", memberId: "bob" }))
      .then(ProposalWithdrawn({})));
});

describe("decisions", () => {
  test("an organiser accepts a submitted proposal, with a message", () =>
    given(drafted, submitted)
      .when(when({ type: "AcceptProposal", message: "See you there!" }))
      .then(accepted));

  test("an organiser rejects a submitted proposal, with a message", () =>
    given(drafted, submitted)
      .when(when({ type: "RejectProposal", message: "Not this time." }))
      .then(ProposalRejected({ message: "Not this time." })));

  test("a draft is neither accepted nor rejected", () =>
    given(drafted)
      .when(when({ type: "AcceptProposal", message: "" }))
      .thenThrows(ProposalNotSubmitted));

  test("the speaker confirms an accepted talk", () =>
    given(drafted, submitted, accepted)
      .when(when({ type: "ConfirmTalk", memberId: "ann" }))
      .then(ProposalConfirmed({})));

  test("confirmation only after acceptance", () =>
    given(drafted, submitted)
      .when(when({ type: "ConfirmTalk", memberId: "ann" }))
      .thenThrows(ProposalNotAccepted));

  test("only a speaker confirms", () =>
    given(drafted, submitted, accepted)
      .when(when({ type: "ConfirmTalk", memberId: "mallory" }))
      .thenThrows(NotASpeaker));

  test("the speaker declines an accepted talk", () =>
    given(drafted, submitted, accepted)
      .when(when({ type: "DeclineTalk", memberId: "ann" }))
      .then(ProposalDeclined({})));

  test("a speaker withdraws before a decision", () =>
    given(drafted, submitted)
      .when(when({ type: "WithdrawProposal", memberId: "ann" }))
      .then(ProposalWithdrawn({})));

  test("a speaker withdraws after acceptance", () =>
    given(drafted, submitted, accepted)
      .when(when({ type: "WithdrawProposal", memberId: "ann" }))
      .then(ProposalWithdrawn({})));

  test("a rejected proposal is not withdrawn: it is at its end", () =>
    given(drafted, submitted, ProposalRejected({ message: "" }))
      .when(when({ type: "WithdrawProposal", memberId: "ann" }))
      .thenThrows(ProposalClosed));

  test("an organiser cancels a confirmed talk", () =>
    given(drafted, submitted, accepted, ProposalConfirmed({}))
      .when(when({ type: "CancelTalk", message: "The meetup moved." }))
      .then(ProposalCancelled({ message: "The meetup moved." })));

  test("only a confirmed talk is cancelled", () =>
    given(drafted, submitted, accepted)
      .when(when({ type: "CancelTalk", message: "" }))
      .thenThrows(ProposalNotConfirmed));
});

describe("reviews", () => {
  test("a reviewer scores each criterion and comments; the review keeps each criterion's weight", () =>
    given(drafted, submitted).when(review("rita")).then(reviewed("rita")));

  test("a reviewer revises their own review", () =>
    given(drafted, submitted, reviewed("rita"))
      .when(review("rita", { relevance: 5, clarity: 5 }, "Better on a second read."))
      .then(reviewed("rita", 5, 5, "Better on a second read.")));

  test("the same review again records nothing", () =>
    given(drafted, submitted, reviewed("rita")).when(review("rita")).thenNothing());

  test("no one reviews their own proposal", () =>
    given(drafted, submitted).when(review("ann")).thenThrows(OwnProposal));

  test("no one reviews a proposal they are invited to speak on", () =>
    given(drafted, invited("bob"), submitted).when(review("bob")).thenThrows(OwnProposal));

  test("a score above the criterion's scale is refused", () =>
    given(drafted, submitted)
      .when(review("rita", { relevance: 6, clarity: 2 }))
      .thenThrows(ScoreOutOfRange));

  test("a score below the criterion's scale is refused", () =>
    given(drafted, submitted)
      .when(review("rita", { relevance: 0, clarity: 2 }))
      .thenThrows(ScoreOutOfRange));

  test("a score that is not a whole number is refused", () =>
    given(drafted, submitted)
      .when(review("rita", { relevance: 3.5, clarity: 2 }))
      .thenThrows(ScoreOutOfRange));

  test("a review scores every criterion, and only the call's", () => {
    given(drafted, submitted)
      .when(review("rita", { relevance: 3 } as never))
      .thenThrows(ScoresIncomplete);
    given(drafted, submitted)
      .when(review("rita", { relevance: 3, clarity: 3, charm: 5 } as never))
      .thenThrows(ScoresIncomplete);
  });

  test("only submitted proposals are reviewed", () => {
    given(drafted).when(review("rita")).thenThrows(ProposalNotSubmitted);
    given(drafted, submitted, accepted).when(review("rita")).thenThrows(ProposalNotSubmitted);
  });
});

describe("slides and recordings", () => {
  const slides = { key: "uploads/slides/0f8e4a52-3c1b-4d2e-9a7f-1b2c3d4e5f60", bytes: 1_200_000 };
  const confirmed = ProposalConfirmed({});
  const attach = (memberId: string, organiser = false, attached = slides) =>
    when({ type: "AttachSlides", memberId, organiser, slides: attached });
  const link = (memberId: string, url = "https://youtu.be/dQw4w9WgXcQ", organiser = false) =>
    when({ type: "LinkRecording", memberId, organiser, url });

  test("a speaker of an accepted talk attaches its slides", () =>
    given(drafted, submitted, accepted).when(attach("ann")).then(SlidesAttached(slides)));

  test("an organiser attaches slides to a confirmed talk they do not speak on", () =>
    given(drafted, submitted, accepted, confirmed).when(attach("olga", true)).then(SlidesAttached(slides)));

  test("new slides replace the old; the same slides again change nothing", () => {
    const newer = { key: "uploads/slides/1f8e4a52-3c1b-4d2e-9a7f-1b2c3d4e5f60", bytes: 900 };
    given(drafted, submitted, accepted, SlidesAttached(slides))
      .when(attach("ann", false, newer))
      .then(SlidesAttached(newer));
    given(drafted, submitted, accepted, SlidesAttached(slides)).when(attach("ann")).then();
  });

  test("someone who neither speaks nor organises attaches nothing", () =>
    given(drafted, submitted, accepted).when(attach("bob")).thenThrows(NotASpeaker));

  test("an invited co-speaker who has not accepted attaches nothing", () =>
    given(drafted, invited("bob"), submitted, accepted).when(attach("bob")).thenThrows(NotASpeaker));

  test("a proposal not accepted yet, or at its end, takes no slides", () => {
    given(drafted, submitted).when(attach("ann")).thenThrows(NotAnAcceptedTalk);
    given(drafted, submitted, ProposalRejected({ message: "" }))
      .when(attach("ann", true))
      .thenThrows(NotAnAcceptedTalk);
    given(drafted, submitted, accepted, confirmed, ProposalCancelled({ message: "" }))
      .when(attach("ann"))
      .thenThrows(NotAnAcceptedTalk);
  });

  test("slides are removed once; removing none changes nothing", () => {
    given(drafted, submitted, accepted, SlidesAttached(slides))
      .when(when({ type: "RemoveSlides", memberId: "ann", organiser: false }))
      .then(SlidesRemoved({}));
    given(drafted, submitted, accepted, SlidesAttached(slides), SlidesRemoved({}))
      .when(when({ type: "RemoveSlides", memberId: "ann", organiser: false }))
      .then();
  });

  test("a speaker links the recording, relinks it elsewhere, and unlinks it", () => {
    given(drafted, submitted, accepted, confirmed)
      .when(link("ann"))
      .then(RecordingLinked({ url: "https://youtu.be/dQw4w9WgXcQ" }));
    given(drafted, submitted, accepted, confirmed, RecordingLinked({ url: "https://youtu.be/dQw4w9WgXcQ" }))
      .when(link("ann", "https://vimeo.com/76979871"))
      .then(RecordingLinked({ url: "https://vimeo.com/76979871" }));
    given(drafted, submitted, accepted, confirmed, RecordingLinked({ url: "https://youtu.be/dQw4w9WgXcQ" }))
      .when(link("ann"))
      .then();
    given(drafted, submitted, accepted, confirmed, RecordingLinked({ url: "https://youtu.be/dQw4w9WgXcQ" }))
      .when(when({ type: "UnlinkRecording", memberId: "ann", organiser: false }))
      .then(RecordingUnlinked({}));
  });

  test("a recording belongs to an accepted talk, linked by its speakers or an organiser", () => {
    given(drafted, submitted).when(link("ann")).thenThrows(NotAnAcceptedTalk);
    given(drafted, submitted, accepted).when(link("bob")).thenThrows(NotASpeaker);
  });
});
