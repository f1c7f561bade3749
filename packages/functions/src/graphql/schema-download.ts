import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { graphqlEndpoint } from "./endpoint";

/** Where the API's SDL is downloaded, in production too, where introspection is off. */
export const schemaPath = `${graphqlEndpoint}/schema.graphql`;

/**
 * Serves the schema's SDL (with its cache hints and descriptions) at a stable URL: what API clients
 * generate types from and read the documentation in. Printed once, with the first request for it.
 */
export function schemaDownload(schema: GraphQLSchema): Plugin {
  let sdl: string | undefined;
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== schemaPath) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new Response(null, { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      sdl ??= `${printSchemaWithDirectives(schema)}\n`;
      endResponse(
        new Response(request.method === "HEAD" ? null : sdl, {
          headers: {
            "content-type": "text/plain; charset=utf-8",
            "content-disposition": 'inline; filename="meetstream.graphql"',
            "cache-control": "public, max-age=300, s-maxage=300, stale-while-revalidate=3600",
          },
        }),
      );
    },
  };
}
