import { systemClock } from "@meetstream/core/clock/clock";
import type { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { meetstreamModules } from "../composition/meetstream-modules";
import { feedRoutes } from "../feeds/feed-routes";
import { type LogTables, openAwsStores } from "../stores/aws-stores";
import { requestOfEvent, resultOfResponse } from "./api-gateway-fetch";
import { type LambdaHandler, type Observability, observed } from "./observed";

export interface FeedsHandlerDependencies extends Observability {
  client: ReturnType<typeof dynamoDocumentClient>;
  tables: LogTables;
  /** The private feed tokens are derived from it, as on the local host. */
  emailSecret: string;
  /** The site's origin: feed entries link to its pages. */
  appOrigin: string;
}

export type FeedsHandler = LambdaHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

/**
 * The calendar and syndication feeds on Lambda, at `/feeds` of the site's origin: the same routes as the
 * local host's, reading documents on DynamoDB. Feeds only read: no idempotency store.
 */
export function createFeedsHandler(dependencies: FeedsHandlerDependencies): FeedsHandler {
  const { store, documents, keys } = openAwsStores(dependencies.client, dependencies.tables);
  const modules = meetstreamModules({
    store,
    documents,
    keys,
    clock: systemClock,
    emailSecret: dependencies.emailSecret,
  });
  const feeds = feedRoutes({
    communities: modules.communities,
    meetups: modules.meetups,
    feedTokens: modules.feedTokens,
    members: modules.members,
    agendas: modules.agendas,
    baseUrl: dependencies.appOrigin,
  });
  return observed(async (event) => resultOfResponse(await feeds.fetch(requestOfEvent(event))), dependencies);
}
