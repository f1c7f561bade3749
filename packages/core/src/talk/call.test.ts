import { describe, test } from "vitest";
import { deciderSpecification } from "../decider/given-when-then";
import { type CallCommand, callDecider } from "./call";
import { CallNotFound, CallNotOpen, InvalidCall } from "./errors";
import {
  CallClosed,
  type CallDetails,
  CallDetailsChanged,
  CallDrafted,
  CallOpened,
  CallPublished,
  ReviewerAppointed,
  ReviewerRemoved,
} from "./events";

const { given } = deciderSpecification(callDecider);

const callId = "call-1";
const opensAt = "2026-05-01T00:00:00.000Z";
const closesAt = "2026-06-01T00:00:00.000Z";
const metadata = (at = "2026-05-10T12:00:00.000Z") => ({ at, actor: "organiser" });

export const callDetails: CallDetails = {
  title: "Talks for the summer",
  description: "Tell us what you *learned*.",
  opensAt,
  closesAt,
  formats: [
    { id: "talk", name: "Talk", minutes: 30 },
    { id: "lightning", name: "Lightning talk", minutes: 5 },
  ],
  criteria: [
    { id: "relevance", name: "Relevance", weight: 2, scale: { minimum: 1, maximum: 5 } },
    { id: "clarity", name: "Clarity", weight: 1, scale: { minimum: 1, maximum: 5 } },
  ],
  anonymised: true,
  meetupId: null,
};

const drafted = (changes: Partial<CallDetails> = {}) =>
  CallDrafted({ communityId: "c1", ...callDetails, ...changes });
/** A command's data without the call it is on: `Omit` of each member of the union. */
type CommandData = CallCommand extends infer Each
  ? Each extends unknown
    ? Omit<Each, "callId">
    : never
  : never;
const command = (body: CommandData, at?: string) =>
  ({ callId, ...body, metadata: metadata(at) }) as CallCommand & { metadata: ReturnType<typeof metadata> };

describe("drafting", () => {
  test("an organiser drafts a call with its formats and criteria", () =>
    given()
      .when(command({ type: "DraftCall", communityId: "c1", details: callDetails }))
      .then(drafted()));

  test("a call closes after it opens", () =>
    given()
      .when(command({ type: "DraftCall", communityId: "c1", details: { ...callDetails, closesAt: opensAt } }))
      .thenThrows(InvalidCall));

  test("a call offers at least one format", () =>
    given()
      .when(command({ type: "DraftCall", communityId: "c1", details: { ...callDetails, formats: [] } }))
      .thenThrows(InvalidCall));

  test("each format has an id of its own", () => {
    const twice = { id: "talk", name: "Talk", minutes: 30 };
    return given()
      .when(
        command({
          type: "DraftCall",
          communityId: "c1",
          details: { ...callDetails, formats: [twice, twice] },
        }),
      )
      .thenThrows(InvalidCall);
  });

  test("a criterion's scale runs from 1 to at most 5", () => {
    const criteria = [{ id: "depth", name: "Depth", weight: 1, scale: { minimum: 1, maximum: 10 } }];
    return given()
      .when(command({ type: "DraftCall", communityId: "c1", details: { ...callDetails, criteria } }))
      .thenThrows(InvalidCall);
  });

  test("a retried draft finds the call and drafts nothing again", () =>
    given(drafted())
      .when(command({ type: "DraftCall", communityId: "c1", details: callDetails }))
      .thenNothing());
});

describe("changing", () => {
  test("an edit records the whole details after it", () =>
    given(drafted())
      .when(command({ type: "EditCall", changes: { title: "Autumn talks" } }))
      .then(CallDetailsChanged({ ...callDetails, title: "Autumn talks" })));

  test("an edit that changes nothing records nothing", () =>
    given(drafted())
      .when(command({ type: "EditCall", changes: { title: callDetails.title } }))
      .thenNothing());

  test("an edit keeps the window coherent", () =>
    given(drafted())
      .when(command({ type: "EditCall", changes: { opensAt: closesAt } }))
      .thenThrows(InvalidCall));

  test("there is nothing to change on a call never drafted", () =>
    given()
      .when(command({ type: "PublishCall" }))
      .thenThrows(CallNotFound));

  test("a draft is published once", () => {
    given(drafted())
      .when(command({ type: "PublishCall" }))
      .then(CallPublished({}));
    given(drafted(), CallPublished({}))
      .when(command({ type: "PublishCall" }))
      .thenNothing();
  });
});

describe("the window", () => {
  const before = "2026-04-20T09:00:00.000Z";
  const after = "2026-06-02T09:00:00.000Z";

  test("opening now moves the opening to now", () =>
    given(drafted(), CallPublished({}))
      .when(command({ type: "OpenCallNow" }, before))
      .then(CallOpened({ opensAt: before })));

  test("opening an open call changes nothing", () =>
    given(drafted(), CallPublished({}))
      .when(command({ type: "OpenCallNow" }))
      .thenNothing());

  test("a call that closed already does not open now: its closing moves first", () =>
    given(drafted(), CallPublished({}))
      .when(command({ type: "OpenCallNow" }, after))
      .thenThrows(InvalidCall));

  test("closing now moves the closing to now", () =>
    given(drafted(), CallPublished({}))
      .when(command({ type: "CloseCallNow" }, "2026-05-10T12:00:00.000Z"))
      .then(CallClosed({ closesAt: "2026-05-10T12:00:00.000Z" })));

  test("a call not open yet cannot be closed", () =>
    given(drafted(), CallPublished({}))
      .when(command({ type: "CloseCallNow" }, before))
      .thenThrows(CallNotOpen));

  test("closing a closed call changes nothing", () =>
    given(drafted(), CallPublished({}))
      .when(command({ type: "CloseCallNow" }, after))
      .thenNothing());
});

describe("reviewers", () => {
  test("an organiser appoints a member as a reviewer, once", () => {
    given(drafted())
      .when(command({ type: "AppointReviewer", memberId: "rita" }))
      .then(ReviewerAppointed({ memberId: "rita" }));
    given(drafted(), ReviewerAppointed({ memberId: "rita" }))
      .when(command({ type: "AppointReviewer", memberId: "rita" }))
      .thenNothing();
  });

  test("a removed reviewer reviews no more; removing a non-reviewer changes nothing", () => {
    given(drafted(), ReviewerAppointed({ memberId: "rita" }))
      .when(command({ type: "RemoveReviewer", memberId: "rita" }))
      .then(ReviewerRemoved({ memberId: "rita" }));
    given(drafted())
      .when(command({ type: "RemoveReviewer", memberId: "rita" }))
      .thenNothing();
  });
});
