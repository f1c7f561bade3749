import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { csrfHeader } from "../graphql/server";
import { apiGatewayEvent } from "./api-gateway-event";

/** A GraphQL request as the web app sends it (POST /graphql, the CSRF header, the bearer token if any), as API Gateway's event. */
export const graphqlEvent = (body: string, token?: string): APIGatewayProxyEventV2 =>
  apiGatewayEvent({
    method: "POST",
    path: "/graphql",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      [csrfHeader]: "1",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
