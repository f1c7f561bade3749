import { MetricUnit } from "@aws-lambda-powertools/metrics";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { oneClickUnsubscribe } from "../unsubscribe/one-click";
import { type AwsNotificationsOptions, awsNotifications } from "./aws-notifications";
import { type LambdaHandler, type Observability, observed } from "./observed";

export type UnsubscribeHandlerDependencies = Observability & AwsNotificationsOptions;

export type UnsubscribeHandler = LambdaHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

const answer = (
  statusCode: number,
  body: string,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  body,
});

/**
 * `POST /unsubscribe/one-click?token=…` on AWS (RFC 8058), as the local host serves it: a mail client's
 * one-click unsubscribe from the `List-Unsubscribe` header, with no session. The landing page a person
 * clicks through to (`/unsubscribe`) is the web app's.
 */
export function createUnsubscribeHandler(dependencies: UnsubscribeHandlerDependencies): UnsubscribeHandler {
  const { metrics } = dependencies;
  const unsubscribe = oneClickUnsubscribe(awsNotifications(dependencies).notifications);
  return observed(async (event) => {
    if (event.requestContext.http.method.toUpperCase() !== "POST")
      return answer(405, "Unsubscribe with a POST.", { allow: "POST" });
    const done = await unsubscribe(event.queryStringParameters?.token ?? "");
    metrics?.addMetric(done ? "unsubscribed" : "unsubscribeLinksRefused", MetricUnit.Count, 1);
    return done
      ? answer(200, "You are unsubscribed from these messages.")
      : answer(400, "This unsubscribe link is not valid.");
  }, dependencies);
}
