import type { Page } from "playwright-core";

/** The API as the signed-in person of the page, for setting a call up where the browser is not what is tested. */
export async function api<Data = Record<string, unknown>>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const answer = await page.evaluate(
    async ({ query, variables }) => {
      const tokens = JSON.parse(localStorage.getItem("meetstream.tokens") ?? "null") as { access: string };
      const response = await fetch("/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-meetstream-csrf": "1",
          authorization: `Bearer ${tokens.access}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    },
    { query, variables },
  );
  if (answer.errors?.length) throw new Error(answer.errors.map((error) => error.message).join("; "));
  return answer.data as Data;
}

/** A member of the community submits a proposal to a call, as the call page's form would send it. */
export async function submitProposal(
  page: Page,
  call: { id: string },
  proposal: { title: string; abstract: string; tags?: string[]; format?: string },
): Promise<{ id: string; publicId: string }> {
  const { call: details } = await api<{ call: { formats: { id: string; name: string }[] } }>(
    page,
    "query ($id: ID!) { call(id: $id) { formats { id name } } }",
    { id: call.id },
  );
  const { submitProposal: submitted } = await api<{
    submitProposal: { __typename: string; id?: string; publicId?: string; message?: string };
  }>(
    page,
    `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) {
      __typename ... on Proposal { id publicId } ... on Error { message } } }`,
    {
      input: {
        callId: call.id,
        title: proposal.title,
        abstract: proposal.abstract,
        formatId: (details.formats.find((format) => format.name === proposal.format) ?? details.formats[0])
          ?.id,
        tags: proposal.tags ?? [],
        note: "Happy to move to another date.",
      },
    },
  );
  if (!submitted.id || !submitted.publicId)
    throw new Error(`The proposal was refused: ${submitted.__typename} ${submitted.message ?? ""}`);
  return { id: submitted.id, publicId: submitted.publicId };
}

/**
 * An open, published call of the community with anonymised review, drafted through the API by its
 * organiser, with the members of these handles appointed to review it.
 */
export async function openCall(
  organiser: Page,
  slug: string,
  title: string,
  reviewerHandles: readonly string[],
  options: { opensInDays?: number; formats?: readonly { name: string; minutes: number }[] } = {},
): Promise<{ id: string; publicId: string }> {
  const { community } = await api<{ community: { id: string } }>(
    organiser,
    "query ($slug: String!) { community(slug: $slug) { id } }",
    { slug },
  );
  const day = 24 * 60 * 60 * 1000;
  const { draftCall } = await api<{ draftCall: { id: string; publicId: string } }>(
    organiser,
    `mutation ($input: DraftCallInput!) { draftCall(input: $input) { ... on CallForProposals { id publicId } } }`,
    {
      input: {
        communityId: community.id,
        title,
        description: "Tell us what you learned the hard way.",
        opensAt: new Date(Date.now() + (options.opensInDays ?? -1) * day).toISOString(),
        closesAt: new Date(Date.now() + 30 * day).toISOString(),
        formats: options.formats ?? [{ name: "Talk", minutes: 30 }],
        criteria: [
          { name: "Relevance", weight: 1 },
          { name: "Clarity", weight: 2 },
        ],
        anonymised: true,
      },
    },
  );
  await api(organiser, "mutation ($id: ID!) { publishCall(callId: $id) { __typename } }", {
    id: draftCall.id,
  });
  for (const handle of reviewerHandles) {
    const { member } = await api<{ member: { id: string } }>(
      organiser,
      "query ($handle: String!) { member(handle: $handle) { id } }",
      { handle },
    );
    await api(
      organiser,
      "mutation ($call: ID!, $member: ID!) { appointReviewer(callId: $call, memberId: $member) { __typename } }",
      {
        call: draftCall.id,
        member: member.id,
      },
    );
  }
  return draftCall;
}
