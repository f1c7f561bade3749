import {
  type TalkActor,
  type TalkRead,
  talkActors,
  talkReadVisibility,
} from "@meetstream/core/testing/authorization-actors";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { idPattern } from "../testing/authorization-actors";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import {
  callInput,
  daysFromNow,
  proposalInput,
  scores,
  type TalkClient,
  talkClient,
} from "./talk-test-client";

/**
 * Who may do what, talk mutation by mutation (the attachments among them: uploads, slides, recordings and
 * speaker photos) and read by read, over GraphQL on the real local host, with
 * the same rows and the same read table as core's matrix (talk/queries.authorization.test.ts). One
 * community: its organiser, a host, a member, the speaker of the proposals under test, a speaker of another
 * proposal to the same call, and a member appointed to review the call, which is anonymised. The organiser
 * of another community is a stranger here. Each mutation acts, for each actor, on a target of its own.
 */
let host: LocalHost;
let client: TalkClient;
const people = {} as Record<Exclude<TalkActor, "anonymous">, Person>;
let communityId: string;
let slug: string;
let callId: string;

const personOf = (actor: TalkActor): Person | undefined =>
  actor === "anonymous" ? undefined : people[actor];

beforeAll(async () => {
  host = await startTestHost();
  client = talkClient(host.url);
  const names: Record<Exclude<TalkActor, "anonymous">, string> = {
    organiser: "Olga",
    member: "Max",
    speaker: "Sara",
    otherSpeaker: "Otto",
    reviewer: "Rita",
    host: "Hana",
    strangerOrganiser: "Stan",
  };
  for (const [actor, name] of Object.entries(names) as [Exclude<TalkActor, "anonymous">, string][])
    people[actor] = await client.person(name, `${name.toLowerCase()}-talks`);
  slug = "talk-authorization";
  ({ id: communityId } = await client.found(people.organiser, { name: "Talk authorization", slug }));
  for (const actor of ["member", "speaker", "otherSpeaker", "reviewer", "host"] as const)
    await client.join(people[actor], communityId);
  await client.onMember("appointHost", people.organiser, communityId, people.host.id);
  await client.found(people.strangerOrganiser, { name: "Elsewhere", slug: "talk-elsewhere" });
  callId = await publishedCall();
  await client.appointReviewer(people.organiser, callId, people.reviewer.id);
});
afterAll(() => host.close());

async function draftCall(changes: Record<string, unknown> = {}): Promise<string> {
  return (await client.draftCall(people.organiser, callInput(communityId, changes))).id;
}

async function publishedCall(changes: Record<string, unknown> = {}): Promise<string> {
  const id = await draftCall(changes);
  await client.publishCall(people.organiser, id);
  return id;
}

async function submitted(
  actor: "speaker" | "otherSpeaker" = "speaker",
  changes: Record<string, unknown> = {},
) {
  const answer = await client.submit(people[actor], proposalInput(callId, changes));
  if (answer.__typename !== "Proposal") throw new Error(JSON.stringify(answer));
  return answer.id as string;
}

async function accepted(): Promise<string> {
  const proposalId = await submitted();
  await client.accept(people.organiser, proposalId);
  return proposalId;
}

async function confirmed(): Promise<string> {
  const proposalId = await accepted();
  await client.confirm(people.speaker, proposalId);
  return proposalId;
}

const ascii = (text: string) => new TextEncoder().encode(text);
const pdf = ascii("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

/**
 * As the web app does: start an upload, then PUT the bytes where it says. A visitor starts none: the
 * mutation after it is refused on a made-up id, before any upload would be looked for.
 */
async function uploaded(person: Person | undefined, kind: "SLIDES" | "PHOTO"): Promise<string> {
  if (!person) return crypto.randomUUID();
  const { startUpload } = await client.query(
    "mutation ($kind: UploadKind!) { startUpload(kind: $kind) { ... on UploadTarget { uploadId url } } }",
    person,
    { kind },
  );
  const sent = await fetch(startUpload.url, {
    method: "PUT",
    headers: { authorization: `Bearer ${person.token}` },
    body: new Blob([kind === "SLIDES" ? pdf : png]),
  });
  if (!sent.ok) throw new Error(`the upload answered ${sent.status}`);
  return startUpload.uploadId;
}

const attachmentResult = "__typename ... on Error { code message }";

/** A mutation of the attachments, with its variables, as one person sends it. */
const attachment = async (
  person: Person | undefined,
  name: string,
  declared: string,
  argumentList: string,
  variables: Record<string, unknown>,
) => {
  const selection = declared ? `mutation (${declared})` : "mutation";
  const data = await client.query(
    `${selection} { ${name}${argumentList} { ${attachmentResult} } }`,
    person,
    variables,
  );
  return data[name] as { __typename: string; message?: string };
};

const attachSlides = async (person: Person | undefined, proposalId: string) =>
  attachment(
    person,
    "attachSlides",
    "$proposalId: ID!, $uploadId: ID!",
    "(proposalId: $proposalId, uploadId: $uploadId)",
    {
      proposalId,
      uploadId: await uploaded(person, "SLIDES"),
    },
  );

const linkRecording = (person: Person | undefined, proposalId: string) =>
  attachment(
    person,
    "linkRecording",
    "$proposalId: ID!, $url: String!",
    "(proposalId: $proposalId, url: $url)",
    {
      proposalId,
      url: "https://vimeo.com/76979871",
    },
  );

const setSpeakerPhoto = async (person: Person | undefined) =>
  attachment(person, "setSpeakerPhoto", "$uploadId: ID!", "(uploadId: $uploadId)", {
    uploadId: await uploaded(person, "PHOTO"),
  });

/** An accepted talk of the speaker's, with what `withAttachment` adds to it as the speaker. */
async function acceptedWith(withAttachment: (person: Person, proposalId: string) => Promise<unknown>) {
  const proposalId = await accepted();
  const answer = (await withAttachment(people.speaker, proposalId)) as { __typename: string };
  if (answer.__typename !== "Proposal") throw new Error(JSON.stringify(answer));
  return proposalId;
}

type Outcome = string;
const answering = (
  success: Outcome,
  allowed: readonly TalkActor[],
  refusal: Outcome,
): Record<TalkActor, Outcome> =>
  Object.fromEntries(
    talkActors.map((actor) => [
      actor,
      actor === "anonymous" ? "NotSignedIn" : allowed.includes(actor) ? success : refusal,
    ]),
  ) as Record<TalkActor, Outcome>;

const organisersOnCall = answering("CallForProposals", ["organiser"], "NotAnOrganiser");
const organisersOnProposal = answering("Proposal", ["organiser"], "NotAnOrganiser");
const communityMembers = ["member", "speaker", "otherSpeaker", "reviewer", "host", "organiser"] as const;
const signedIn = talkActors.filter((actor) => actor !== "anonymous");
/** Slides and recordings: the talk's speakers and its community's organisers look after them. */
const caretakers = answering("Proposal", ["speaker", "organiser"], "NotASpeaker");

const cases: {
  mutation: string;
  expected: Record<TalkActor, Outcome>;
  /** A target of the actor's own, made by the organiser and the speaker. */
  prepare: () => Promise<string>;
  run: (person: Person | undefined, target: string) => Promise<{ __typename: string; message?: string }>;
}[] = [
  {
    mutation: "draftCall",
    expected: organisersOnCall,
    prepare: async () => communityId,
    run: (person, target) => client.draftCall(person, callInput(target)),
  },
  {
    mutation: "editCall",
    expected: organisersOnCall,
    prepare: () => draftCall(),
    run: (person, target) => client.editCall(person, target, { title: "Autumn talks" }),
  },
  {
    mutation: "publishCall",
    expected: organisersOnCall,
    prepare: () => draftCall(),
    run: (person, target) => client.publishCall(person, target),
  },
  {
    mutation: "openCall",
    expected: organisersOnCall,
    prepare: () => publishedCall({ opensAt: daysFromNow(2) }),
    run: (person, target) => client.openCall(person, target),
  },
  {
    mutation: "closeCall",
    expected: organisersOnCall,
    prepare: () => publishedCall(),
    run: (person, target) => client.closeCall(person, target),
  },
  {
    mutation: "appointReviewer",
    expected: organisersOnCall,
    prepare: () => publishedCall(),
    run: (person, target) => client.appointReviewer(person, target, people.member.id),
  },
  {
    mutation: "removeReviewer",
    expected: organisersOnCall,
    prepare: async () => {
      const target = await publishedCall();
      await client.appointReviewer(people.organiser, target, people.member.id);
      return target;
    },
    run: (person, target) => client.removeReviewer(person, target, people.member.id),
  },
  {
    mutation: "submitProposal",
    expected: answering("Proposal", communityMembers, "NotAMember"),
    prepare: async () => callId,
    run: (person, target) => client.submit(person, proposalInput(target)),
  },
  {
    mutation: "submitDraftProposal",
    expected: answering("Proposal", ["speaker"], "NotTheOwner"),
    prepare: async () => (await client.submit(people.speaker, proposalInput(callId), { draft: true })).id,
    run: (person, target) => client.submitDraft(person, target),
  },
  {
    mutation: "editProposal",
    expected: answering("Proposal", ["speaker"], "NotTheOwner"),
    prepare: () => submitted(),
    run: (person, target) => client.editProposal(person, target, { title: "Tears, then events" }),
  },
  {
    mutation: "answerCoSpeakerInvitation",
    expected: answering("InvitationAnswered", ["otherSpeaker"], "NotInvited"),
    prepare: () => submitted("speaker", { coSpeakerHandles: ["@otto-talks"] }),
    run: (person, target) => client.answerInvitation(person, target, true),
  },
  {
    mutation: "acceptProposal",
    expected: organisersOnProposal,
    prepare: () => submitted(),
    run: (person, target) => client.accept(person, target),
  },
  {
    mutation: "rejectProposal",
    expected: organisersOnProposal,
    prepare: () => submitted(),
    run: (person, target) => client.reject(person, target),
  },
  {
    mutation: "confirmTalk",
    expected: answering("Proposal", ["speaker"], "NotASpeaker"),
    prepare: accepted,
    run: (person, target) => client.confirm(person, target),
  },
  {
    mutation: "declineTalk",
    expected: answering("Proposal", ["speaker"], "NotASpeaker"),
    prepare: accepted,
    run: (person, target) => client.decline(person, target),
  },
  {
    mutation: "withdrawProposal",
    expected: answering("Proposal", ["speaker"], "NotASpeaker"),
    prepare: () => submitted(),
    run: (person, target) => client.withdraw(person, target),
  },
  {
    mutation: "cancelTalk",
    expected: organisersOnProposal,
    prepare: confirmed,
    run: (person, target) => client.cancel(person, target),
  },
  {
    mutation: "reviewProposal",
    // The speaker reviews nothing: only the call's reviewers do (a reviewer who speaks on it meets OwnProposal).
    expected: answering("Proposal", ["reviewer", "organiser"], "NotAReviewer"),
    prepare: () => submitted(),
    run: (person, target) => client.review(person, target, { scores: scores(4, 3) }),
  },
  {
    mutation: "startUpload",
    expected: answering("UploadTarget", signedIn, "NotSignedIn"),
    prepare: async () => "",
    run: async (person) =>
      (await client.query(`mutation { startUpload(kind: SLIDES) { ${attachmentResult} } }`, person))
        .startUpload,
  },
  {
    mutation: "attachSlides",
    // Each attaches slides they uploaded themselves: someone else's upload is no upload of theirs.
    expected: caretakers,
    prepare: accepted,
    run: attachSlides,
  },
  {
    mutation: "removeSlides",
    expected: caretakers,
    prepare: () => acceptedWith(attachSlides),
    run: (person, target) =>
      attachment(person, "removeSlides", "$proposalId: ID!", "(proposalId: $proposalId)", {
        proposalId: target,
      }),
  },
  {
    mutation: "linkRecording",
    expected: caretakers,
    prepare: accepted,
    run: linkRecording,
  },
  {
    mutation: "unlinkRecording",
    expected: caretakers,
    prepare: () => acceptedWith(linkRecording),
    run: (person, target) =>
      attachment(person, "unlinkRecording", "$proposalId: ID!", "(proposalId: $proposalId)", {
        proposalId: target,
      }),
  },
  {
    mutation: "setSpeakerPhoto",
    // Everyone's own speaker profile, and no one else's: there is no one else's to name.
    expected: answering("SpeakerProfile", signedIn, "NotSignedIn"),
    prepare: async () => "",
    run: (person) => setSpeakerPhoto(person),
  },
  {
    mutation: "removeSpeakerPhoto",
    expected: answering("SpeakerProfile", signedIn, "NotSignedIn"),
    prepare: async () => "",
    run: async (person) => {
      if (person) await setSpeakerPhoto(person);
      return attachment(person, "removeSpeakerPhoto", "", "", {});
    },
  },
];

describe.each(cases)("$mutation", ({ expected, prepare, run }) => {
  test.each(talkActors)("as %s", async (actor) => {
    const target = await prepare();
    const answer = await run(personOf(actor), target);
    expect(answer.__typename).toBe(expected[actor]);
    // A rejection is plain words: no id, no name, no handle.
    for (const leak of [idPattern, /Sara|Otto|sara-talks|otto-talks/])
      expect(answer.message ?? "").not.toMatch(leak);
  });
});

test("every talk mutation of the schema is in the matrix", async () => {
  const { __type } = await client.query(`{ __type(name: "Mutation") { fields { name } } }`, undefined);
  const talkMutations = (__type.fields as { name: string }[])
    .map((field) => field.name)
    .filter((name) =>
      /Call$|Reviewer$|Proposal$|Talk$|CoSpeakerInvitation$|Slides$|Recording$|SpeakerPhoto$|^startUpload$/.test(
        name,
      ),
    );
  expect(talkMutations.sort()).toEqual(cases.map((each) => each.mutation).sort());
});

describe("reads", () => {
  let draftCallId: string;
  let submittedId: string;
  let rejectedId: string;
  let withdrawnId: string;
  let confirmedId: string;

  beforeAll(async () => {
    draftCallId = await draftCall();
    submittedId = await submitted();
    await submitted("otherSpeaker", { title: "The other speaker's talk" });
    rejectedId = await submitted();
    await client.reject(people.organiser, rejectedId);
    withdrawnId = await submitted();
    await client.withdraw(people.speaker, withdrawnId);
    confirmedId = await confirmed();
    await client.review(people.reviewer, submittedId, { scores: scores(4, 3), comment: "Good" });
    await client.review(people.organiser, submittedId, { scores: scores(5, 3), comment: "Yes" });
  });

  const proposal = async (person: Person | undefined, id: string, fields: string) =>
    client.proposal(person, id, `id ${fields}`);

  const reads: Record<TalkRead, (person: Person | undefined) => Promise<boolean>> = {
    publishedCall: async (person) => (await client.call(person, callId, "id")) !== null,
    draftCall: async (person) => (await client.call(person, draftCallId, "id")) !== null,
    callDrafts: async (person) =>
      (
        await client.query(
          "query ($slug: String!) { community(slug: $slug) { draftCalls(first: 10) { edges { node { id } } } } }",
          person,
          { slug },
        )
      ).community.draftCalls !== null,
    callReviewers: async (person) =>
      (await client.call(person, callId, "reviewers { id }"))?.reviewers != null,
    submittedProposal: async (person) => (await proposal(person, submittedId, "")) !== null,
    speakerIdentity: async (person) =>
      (await proposal(person, submittedId, "speakers { id }"))?.speakers != null,
    privateNote: async (person) => (await proposal(person, submittedId, "note"))?.note != null,
    rejectedProposal: async (person) => (await proposal(person, rejectedId, "")) !== null,
    withdrawnProposal: async (person) => (await proposal(person, withdrawnId, "")) !== null,
    confirmedTalk: async (person) => (await proposal(person, confirmedId, "")) !== null,
    talksArchive: async (person) => {
      const { community } = await client.query(
        "query ($slug: String!) { community(slug: $slug) { talks(first: 50) { edges { node { id } } } } }",
        person,
        { slug },
      );
      return (community.talks.edges as { node: { id: string } }[]).some(
        ({ node }) => node.id === confirmedId,
      );
    },
    board: async (person) =>
      (await client.call(person, callId, "board(first: 50) { edges { node { title } } }"))?.board != null,
    reviews: async (person) => (await proposal(person, submittedId, "reviews { comment }"))?.reviews != null,
    othersScores: async (person) => {
      const reviews = (await proposal(person, submittedId, "reviews { reviewer { id } scores { score } }"))
        ?.reviews;
      return (reviews ?? []).some(
        (review: { reviewer: { id: string } }) =>
          review.reviewer.id === people.reviewer.id && person?.id !== people.reviewer.id,
      );
    },
    history: async (person) => (await proposal(person, submittedId, "history { summary }"))?.history != null,
    asOf: async (person) =>
      (await proposal(person, submittedId, `asOf(instant: "${new Date().toISOString()}") { title }`))?.asOf !=
      null,
    ownProposals: async (person) => {
      if (!person) return false;
      const { me } = await client.query("{ me { proposals(first: 100) { edges { node { id } } } } }", person);
      return (me.proposals.edges as { node: { id: string } }[]).some(({ node }) => node.id === submittedId);
    },
  };

  describe.each(Object.entries(reads))("%s", (read, visible) => {
    test.each(talkActors)("as %s", async (actor) => {
      expect(await visible(personOf(actor))).toBe(talkReadVisibility[read as TalkRead][actor]);
    });
  });
});
