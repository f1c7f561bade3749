/** Community requests over the real local host, for the community GraphQL tests. */
import { graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";

export interface Person {
  token?: string;
  /** The member's global id (Member node id); empty for an anonymous visitor. */
  id: string;
}

export const communityFields = `
  id slug name description tags joinMode memberCount viewerRole
  organisers { id } hosts { id }`;

const resultSelection = (name: string) => `
  __typename
  ... on Community { ${communityFields} }
  ... on Error { code message }
  ${
    // Only the unions that hold these types may spread them.
    name === "foundCommunity" || name === "editCommunity"
      ? "... on SlugTaken { takenSlug } ... on InvalidCommunity { issues { path message } }"
      : ""
  }`;

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

export function communityClient(url: string) {
  const query = async (
    text: string,
    person: Person | undefined,
    variables?: Record<string, unknown>,
  ): Promise<Loose> => {
    const { body } = await graphqlRequest(url, text, { token: person?.token, variables });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  /** A mutation's result union, whatever it turned out to be. */
  const mutate = async (
    name: string,
    argumentList: string,
    variables: Record<string, unknown>,
    person?: Person,
  ) => {
    const declared = Object.keys(variables)
      .map((variable) => `$${variable}: ${variableTypes[variable]}`)
      .join(", ");
    const data = await query(
      `mutation (${declared}) { ${name}(${argumentList}) { ${resultSelection(name)} } }`,
      person,
      variables,
    );
    return data[name];
  };

  return {
    query,
    async signIn(email: string): Promise<Person> {
      const { access } = await signIn(url, email);
      const data = await query("{ me { member { id } } }", { token: access, id: "" });
      return { token: access, id: data.me.member.id };
    },
    found: (person: Person | undefined, input: Record<string, unknown>, idempotencyKey?: string) =>
      mutate(
        "foundCommunity",
        "input: $input, idempotencyKey: $idempotencyKey",
        { input, idempotencyKey },
        person,
      ),
    edit: (person: Person | undefined, communityId: string, input: Record<string, unknown>) =>
      mutate(
        "editCommunity",
        "communityId: $communityId, input: $editInput",
        { communityId, editInput: input },
        person,
      ),
    join: (person: Person | undefined, communityId: string) =>
      mutate("joinCommunity", "communityId: $communityId", { communityId }, person),
    leave: (person: Person | undefined, communityId: string) =>
      mutate("leaveCommunity", "communityId: $communityId", { communityId }, person),
    onMember: (
      mutation:
        | "approveMembership"
        | "declineMembership"
        | "removeMember"
        | "appointOrganiser"
        | "appointHost"
        | "revokeRole",
      person: Person | undefined,
      communityId: string,
      memberId: string,
    ) =>
      mutate(mutation, "communityId: $communityId, memberId: $memberId", { communityId, memberId }, person),
  };
}

const variableTypes: Record<string, string> = {
  input: "FoundCommunityInput!",
  editInput: "EditCommunityInput!",
  idempotencyKey: "String",
  communityId: "ID!",
  memberId: "ID!",
};

export type CommunityClient = ReturnType<typeof communityClient>;
