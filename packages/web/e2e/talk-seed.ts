import type { Page } from "playwright-core";

/**
 * The API as the signed-in person of the page (anyone, when signed out): browser tests of the talk pages
 * set up what they do not test through it, as the organiser's console would.
 */
export const api = async (page: Page, query: string, variables: Record<string, unknown> = {}) => {
  const { data, errors } = await page.evaluate(
    async ({ query, variables }) => {
      const tokens = JSON.parse(localStorage.getItem("meetstream.tokens") ?? "null") as {
        access: string;
      } | null;
      const response = await fetch("/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-meetstream-csrf": "1",
          ...(tokens ? { authorization: `Bearer ${tokens.access}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as {
        data: ReturnType<typeof JSON.parse>;
        errors?: { message: string }[];
      };
    },
    { query, variables },
  );
  if (errors?.length)
    throw new Error(
      `The API refused ${query.slice(0, 60)}: ${errors.map((error) => error.message).join("; ")}`,
    );
  return data;
};

const hour = 60 * 60 * 1000;

/**
 * A published call of the community that opened an hour ago (or opens at `opensAt`) and closes in two weeks, offering a talk of 30
 * minutes (format `talk`) and a lightning talk of 5 (`lightning`), drafted and published by the organiser
 * whose page this is; for the meetup with `meetupId` (its global id), if given.
 */
export async function openCall(
  organiser: Page,
  slug: string,
  title: string,
  meetupId?: string,
  opensAt = new Date(Date.now() - hour),
) {
  const { community } = await api(organiser, "query ($slug: String!) { community(slug: $slug) { id } }", {
    slug,
  });
  const { draftCall } = await api(
    organiser,
    `mutation ($input: DraftCallInput!) {
      draftCall(input: $input) { __typename ... on CallForProposals { id publicId } ... on Error { message } } }`,
    {
      input: {
        communityId: community.id,
        title,
        description: "Tell us what you **built**, broke or learned.",
        opensAt: opensAt.toISOString(),
        closesAt: new Date(Date.now() + 14 * 24 * hour).toISOString(),
        formats: [
          { id: "talk", name: "Talk", minutes: 30 },
          { id: "lightning", name: "Lightning talk", minutes: 5 },
        ],
        criteria: [{ name: "Relevance", weight: 1 }],
        anonymised: true,
        ...(meetupId ? { meetupId } : {}),
      },
    },
  );
  if (draftCall.__typename !== "CallForProposals") throw new Error(`No call drafted: ${draftCall.message}`);
  const { publishCall } = await api(
    organiser,
    "mutation ($callId: ID!) { publishCall(callId: $callId) { __typename } }",
    { callId: draftCall.id },
  );
  if (publishCall.__typename !== "CallForProposals") throw new Error("The call was not published");
  return draftCall as { id: string; publicId: string };
}

/**
 * A talk the member whose page this is proposes to the call (by its global id), submitted at once, with
 * co-speakers invited by handle.
 */
export async function submitTalk(
  speaker: Page,
  callId: string,
  title: string,
  coSpeakerHandles: string[] = [],
) {
  const { submitProposal } = await api(
    speaker,
    `mutation ($input: SubmitProposalInput!) {
      submitProposal(input: $input) { __typename ... on Proposal { id publicId } ... on Error { message } } }`,
    { input: { callId, title, abstract: "Why and how, with a demo.", formatId: "talk", coSpeakerHandles } },
  );
  if (submitProposal.__typename !== "Proposal") throw new Error(`Not submitted: ${submitProposal.message}`);
  return submitProposal as { id: string; publicId: string };
}

/** The organiser accepts or rejects a submitted proposal, with a message to its speakers. */
export async function decide(
  organiser: Page,
  decision: "acceptProposal" | "rejectProposal",
  proposalId: string,
  message: string,
) {
  const answer = await api(
    organiser,
    `mutation ($proposalId: ID!, $message: String) {
      ${decision}(proposalId: $proposalId, message: $message) { __typename } }`,
    { proposalId, message },
  );
  if (answer[decision].__typename !== "Proposal")
    throw new Error(`${decision} refused: ${answer[decision].__typename}`);
}

/** The speaker confirms their accepted talk: from then on it is public. */
export async function confirmTalk(speaker: Page, proposalId: string) {
  const { confirmTalk } = await api(
    speaker,
    "mutation ($proposalId: ID!) { confirmTalk(proposalId: $proposalId) { __typename } }",
    { proposalId },
  );
  if (confirmTalk.__typename !== "Proposal") throw new Error(`Not confirmed: ${confirmTalk.__typename}`);
}

/** The organiser ends the call's window now. */
export async function closeCall(organiser: Page, callId: string) {
  const { closeCall } = await api(
    organiser,
    "mutation ($callId: ID!) { closeCall(callId: $callId) { __typename } }",
    { callId },
  );
  if (closeCall.__typename !== "CallForProposals") throw new Error(`Not closed: ${closeCall.__typename}`);
}
