/**
 * The baseline the graphql handler's cold start is measured against: graphql-yoga and the DynamoDB
 * client (through the document client every adapter uses), one query that reads one item, behind the
 * same buffered API Gateway v2 shape. bare-graphql-handler.ts starts it as it is, and
 * bare-traced-graphql-handler.ts with Powertools Tracer.
 */

import { dynamoDocumentStore } from "@meetstream/core/documents";
import type { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { createSchema, createYoga } from "graphql-yoga";

/** The part of an API Gateway HTTP API (payload 2.0) event this handler reads. */
interface HttpApiEvent {
  rawPath: string;
  rawQueryString: string;
  headers: Record<string, string | undefined>;
  body?: string;
  requestContext: { http: { method: string } };
}

export function bareGraphqlHandler(client: ReturnType<typeof dynamoDocumentClient>) {
  const documents = dynamoDocumentStore({ client, tableName: "bench-documents" });
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: "type Query { item(id: String!): String }",
      resolvers: {
        Query: {
          item: async (_parent: unknown, { id }: { id: string }) => {
            const document = await documents.get({ partition: id, sort: id });
            return document ? JSON.stringify(document.body) : null;
          },
        },
      },
    }),
  });

  return async (event: HttpApiEvent) => {
    const response = await yoga.fetch(
      `https://${event.headers.host}${event.rawPath}?${event.rawQueryString}`,
      {
        method: event.requestContext.http.method,
        headers: Object.entries(event.headers).filter(
          (entry): entry is [string, string] => entry[1] !== undefined,
        ),
        body: event.body,
      },
    );
    return {
      statusCode: response.status,
      headers: Object.fromEntries(response.headers),
      body: await response.text(),
    };
  };
}
