/** The bare baseline as the graphql handler's cold start is compared with it: no Powertools at all. */
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { bareGraphqlHandler } from "./bare-graphql";

export const handler = bareGraphqlHandler(dynamoDocumentClient());
