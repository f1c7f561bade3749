import type { Clock } from "@meetstream/core/clock/clock";
import type { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import type { Mailer } from "@meetstream/core/mail/mailer";
import { memberModule } from "@meetstream/core/member";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { clientOfLambdaEvent } from "../auth/client-address";
import { publicIssuer } from "../auth/public-issuer";
import { type LogTables, openAwsStores } from "../stores/aws-stores";
import { requestOfEvent, resultOfResponse } from "./api-gateway-fetch";
import { type LambdaHandler, type Observability, observed } from "./observed";

export interface AuthHandlerDependencies extends Observability {
  client: ReturnType<typeof dynamoDocumentClient>;
  tables: LogTables;
  emailSecret: string;
  /** The router's origin: the web app, the API and the issuer share it, and tokens are signed for it. */
  origin: string;
  /** OpenAuth's storage (the AuthStorage table): keys, codes, refresh tokens and sign-in's counts. */
  storage: StorageAdapter;
  mailer: Mailer;
  /** What sign-in's limits count time by (default the system clock). */
  clock?: Clock;
}

export type AuthHandler = LambdaHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

/**
 * The OpenAuth issuer on Lambda behind its function URL (payload format 2.0), mounted under `/auth` of
 * the router's origin as on the local host; the first sign-in registers the member in the DynamoDB log.
 */
export function createAuthHandler(dependencies: AuthHandlerDependencies): AuthHandler {
  // Fan-out on AWS is the event table's stream, so the store here notifies nobody itself.
  const { store, documents, keys } = openAwsStores(dependencies.client, dependencies.tables);
  const members = memberModule({ store, documents, keys, emailSecret: dependencies.emailSecret });
  const issuer = publicIssuer({
    origin: dependencies.origin,
    appOrigin: dependencies.origin,
    storage: dependencies.storage,
    mailer: dependencies.mailer,
    signIn: (email) => members.signIn(email),
    clock: dependencies.clock,
  });
  return observed(
    async (event) => resultOfResponse(await issuer.fetch(requestOfEvent(event), clientOfLambdaEvent(event))),
    dependencies,
  );
}
