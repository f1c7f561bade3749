/** Talk requests over the real local host, for the talk GraphQL tests. */
import { communityClient, type Person } from "./community-test-client";

export const callFields = `
  id publicId title status accepting anonymised opensAt closesAt viewerIsReviewer viewerIsOrganiser
  formats { id name minutes } criteria { id name weight minimumScore maximumScore }`;

export const proposalFields = `
  id publicId title status abstract formatId level tags note decisionMessage viewerAccess viewerIsSpeaker viewerIsInvited
  speakers { id displayName handle } owner { id } coSpeakers { status member { id } }`;

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

/** The rejections whose unions carry fields of their own, spread where the mutation's union holds them. */
const detailsOf: Record<string, string> = {
  draftCall: "... on InvalidCall { issues { path message } }",
  editCall: "... on InvalidCall { issues { path message } }",
  openCall: "... on InvalidCall { issues { path message } }",
  submitProposal: "... on InvalidProposal { issues { path message } } ... on UnknownHandle { unknownHandle }",
  editProposal: "... on InvalidProposal { issues { path message } } ... on UnknownHandle { unknownHandle }",
  reviewProposal:
    "... on ScoreOutOfRange { criterionId minimumScore maximumScore } ... on ScoresIncomplete { missingCriteria unknownCriteria }",
};

const callMutations = new Set([
  "draftCall",
  "editCall",
  "publishCall",
  "openCall",
  "closeCall",
  "appointReviewer",
  "removeReviewer",
]);

const successSelection = (name: string) =>
  callMutations.has(name)
    ? `... on CallForProposals { ${callFields} }`
    : name === "answerCoSpeakerInvitation"
      ? `... on InvitationAnswered { accepted proposal { ${proposalFields} } }`
      : `... on Proposal { ${proposalFields} }`;

const resultSelection = (name: string) => `
  __typename
  ${successSelection(name)}
  ... on Error { code message }
  ${detailsOf[name] ?? ""}`;

const variableTypes: Record<string, string> = {
  callInput: "DraftCallInput!",
  editCallInput: "EditCallInput!",
  proposalInput: "SubmitProposalInput!",
  editProposalInput: "EditProposalInput!",
  reviewInput: "ReviewInput!",
  idempotencyKey: "String",
  callId: "ID!",
  proposalId: "ID!",
  memberId: "ID!",
  message: "String!",
  accept: "Boolean!",
  draft: "Boolean",
};

/** An instant this many days from now, as the API takes it. */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

/** A call open now, for a month. */
export const callInput = (communityId: string, changes: Record<string, unknown> = {}) => ({
  communityId,
  title: "Talks for the summer",
  description: "Tell us what you *learned*.",
  opensAt: daysFromNow(-1),
  closesAt: daysFromNow(30),
  formats: [
    { id: "talk", name: "Talk", minutes: 30 },
    { id: "lightning", name: "Lightning talk", minutes: 5 },
  ],
  criteria: [
    { id: "relevance", name: "Relevance", weight: 2 },
    { id: "clarity", name: "Clarity", weight: 1 },
  ],
  anonymised: true,
  ...changes,
});

export const proposalInput = (callId: string, changes: Record<string, unknown> = {}) => ({
  callId,
  title: "Event sourcing without tears",
  abstract: "What we **learned** running it for a year.",
  formatId: "talk",
  level: "INTERMEDIATE",
  tags: ["event-sourcing"],
  note: "I can only make it in June.",
  ...changes,
});

export const scores = (relevance: number, clarity: number) => [
  { criterionId: "relevance", score: relevance },
  { criterionId: "clarity", score: clarity },
];

export function talkClient(url: string) {
  const communities = communityClient(url);

  const mutate = async (
    name: string,
    argumentList: string,
    variables: Record<string, unknown>,
    person?: Person,
  ): Promise<Loose> => {
    const declared = Object.keys(variables)
      .map((variable) => `$${variable}: ${variableTypes[variable]}`)
      .join(", ");
    const data = await communities.query(
      `mutation (${declared}) { ${name}(${argumentList}) { ${resultSelection(name)} } }`,
      person,
      variables,
    );
    return data[name];
  };

  const onCall = (name: string) => (person: Person | undefined, callId: string) =>
    mutate(name, "callId: $callId", { callId }, person);
  const onProposal = (name: string) => (person: Person | undefined, proposalId: string) =>
    mutate(name, "proposalId: $proposalId", { proposalId }, person);

  return {
    ...communities,
    /** A signed-in member with a name and a handle of their own. */
    async person(name: string, handle: string): Promise<Person> {
      const person = await communities.signIn(`${handle}@example.com`);
      await communities.query(
        `mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }`,
        person,
        { input: { displayName: name, handle } },
      );
      return person;
    },
    draftCall: (person: Person | undefined, input: Record<string, unknown>, idempotencyKey?: string) =>
      mutate(
        "draftCall",
        "input: $callInput, idempotencyKey: $idempotencyKey",
        { callInput: input, idempotencyKey },
        person,
      ),
    editCall: (person: Person | undefined, callId: string, input: Record<string, unknown>) =>
      mutate("editCall", "callId: $callId, input: $editCallInput", { callId, editCallInput: input }, person),
    publishCall: onCall("publishCall"),
    openCall: onCall("openCall"),
    closeCall: onCall("closeCall"),
    appointReviewer: (person: Person | undefined, callId: string, memberId: string) =>
      mutate("appointReviewer", "callId: $callId, memberId: $memberId", { callId, memberId }, person),
    removeReviewer: (person: Person | undefined, callId: string, memberId: string) =>
      mutate("removeReviewer", "callId: $callId, memberId: $memberId", { callId, memberId }, person),
    submit: (
      person: Person | undefined,
      input: Record<string, unknown>,
      options: { draft?: boolean; idempotencyKey?: string } = {},
    ) =>
      mutate(
        "submitProposal",
        "input: $proposalInput, draft: $draft, idempotencyKey: $idempotencyKey",
        { proposalInput: input, draft: options.draft ?? false, idempotencyKey: options.idempotencyKey },
        person,
      ),
    submitDraft: onProposal("submitDraftProposal"),
    editProposal: (person: Person | undefined, proposalId: string, input: Record<string, unknown>) =>
      mutate(
        "editProposal",
        "proposalId: $proposalId, input: $editProposalInput",
        { proposalId, editProposalInput: input },
        person,
      ),
    answerInvitation: (person: Person | undefined, proposalId: string, accept: boolean) =>
      mutate(
        "answerCoSpeakerInvitation",
        "proposalId: $proposalId, accept: $accept",
        { proposalId, accept },
        person,
      ),
    accept: (person: Person | undefined, proposalId: string, message = "Welcome!") =>
      mutate("acceptProposal", "proposalId: $proposalId, message: $message", { proposalId, message }, person),
    reject: (person: Person | undefined, proposalId: string, message = "Not this time.") =>
      mutate("rejectProposal", "proposalId: $proposalId, message: $message", { proposalId, message }, person),
    confirm: onProposal("confirmTalk"),
    decline: onProposal("declineTalk"),
    withdraw: onProposal("withdrawProposal"),
    cancel: (person: Person | undefined, proposalId: string, message = "The meetup moved.") =>
      mutate("cancelTalk", "proposalId: $proposalId, message: $message", { proposalId, message }, person),
    review: (
      person: Person | undefined,
      proposalId: string,
      input: { scores: { criterionId: string; score: number }[]; comment?: string },
      idempotencyKey?: string,
    ) =>
      mutate(
        "reviewProposal",
        "proposalId: $proposalId, input: $reviewInput, idempotencyKey: $idempotencyKey",
        { proposalId, reviewInput: input, idempotencyKey },
        person,
      ),
    proposal: async (person: Person | undefined, id: string, fields = proposalFields): Promise<Loose> =>
      (await communities.query(`query ($id: ID!) { proposal(id: $id) { ${fields} } }`, person, { id }))
        .proposal,
    call: async (person: Person | undefined, id: string, fields = callFields): Promise<Loose> =>
      (await communities.query(`query ($id: ID!) { call(id: $id) { ${fields} } }`, person, { id })).call,
  };
}

export type TalkClient = ReturnType<typeof talkClient>;
