import { readFileSync } from "node:fs";
import { buildSchema, type DocumentNode, parse, print, validate } from "graphql";
import { describe, expect, test } from "vitest";
import * as communityDocuments from "../community/community-documents";
import * as meetupDocuments from "../meetup/meetup-documents";
import * as memberDocuments from "../member/member-documents";
import * as notificationDocuments from "../notification/notification-documents";
import * as pathDocuments from "../path/path-documents";
import * as pathEditorDocuments from "../path/path-editor-documents";
import * as callDocuments from "../talk/call-documents";
import * as proposalDocuments from "../talk/proposal-documents";

/**
 * gql.tada types each document against the schema, but the type system does not run every rule a server
 * does (overlapping fields, for one). Validating the documents as the API will catches the rest here.
 */
const schema = buildSchema(
  readFileSync(new URL("../../../functions/schema.graphql", import.meta.url), "utf8"),
);

const operations = Object.entries({
  ...memberDocuments,
  ...communityDocuments,
  ...meetupDocuments,
  ...callDocuments,
  ...proposalDocuments,
  ...pathEditorDocuments,
  ...pathDocuments,
  ...notificationDocuments,
}).filter(
  (entry): entry is [string, DocumentNode] =>
    typeof entry[1] === "object" &&
    entry[1] !== null &&
    "definitions" in entry[1] &&
    entry[1].definitions.some((definition) => definition.kind === "OperationDefinition"),
);

describe("the web app's GraphQL documents", () => {
  test("there are documents to check", () => {
    expect(operations.length).toBeGreaterThan(0);
  });

  test.each(operations)("%s is valid against the API's schema", (_name, document) => {
    const errors = validate(schema, parse(print(document)));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
