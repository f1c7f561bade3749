import type { APIGatewayProxyEventV2 } from "aws-lambda";

/** An IPv4 client on a dual-stack socket reads `::ffff:192.0.2.1`: the same client as `192.0.2.1`. */
const withoutMappedPrefix = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

const isLoopback = (address: string) => address === "::1" || /^127\.\d+\.\d+\.\d+$/.test(address);

/**
 * The client the local host counts sign-in codes for: the socket's remote address, never a header (nothing
 * proxies the local host, so an `x-forwarded-for` is whatever the client chose to send). A loopback
 * client is not counted: the local host listens on loopback by default, where every client is the
 * machine itself, and a count of it would count its operator (and every test) as one stranger.
 */
export function clientOfSocket(remoteAddress: string | undefined): string | undefined {
  if (!remoteAddress) return undefined;
  const address = withoutMappedPrefix(remoteAddress).toLowerCase();
  return isLoopback(address) ? undefined : address;
}

/**
 * The client the auth Lambda counts sign-in codes for. Behind the router, the function URL's source IP is
 * a CloudFront server shared by many viewers, and a function URL keeps only the leftmost `x-forwarded-for`
 * entry, which is the one the client wrote. CloudFront's own `cloudfront-viewer-address` (`ip:port`,
 * forwarded by the router's AllViewerExceptHostHeader policy) names the viewer; a request without it did
 * not come through CloudFront, and its source IP is the caller itself.
 */
export function clientOfLambdaEvent(
  event: Pick<APIGatewayProxyEventV2, "headers" | "requestContext">,
): string {
  const viewer = event.headers?.["cloudfront-viewer-address"];
  const separator = viewer?.lastIndexOf(":") ?? -1;
  const address = viewer && separator > 0 ? viewer.slice(0, separator) : event.requestContext.http.sourceIp;
  return withoutMappedPrefix(address.replace(/^\[|\]$/g, "")).toLowerCase();
}
