import { type IssuerOptions, meetstreamIssuer } from "./issuer";
import { type MountedIssuer, mountedIssuer } from "./mounted-issuer";

/** Where sign-in lives on the one origin the web app, the API and the issuer share, locally and on AWS. */
export const authPrefix = "/auth";

export interface PublicIssuerOptions extends IssuerOptions {
  /** The public origin tokens are signed for: the local host's URL, or the CloudFront router's on AWS. */
  origin: string;
}

/**
 * Meetstream's issuer as both hosts serve it: under `/auth` of the public origin. The local host and the
 * Lambda differ only in the storage and the mailer they pass in.
 */
export function publicIssuer({ origin, ...options }: PublicIssuerOptions): MountedIssuer {
  return mountedIssuer(meetstreamIssuer(options), { origin, prefix: authPrefix });
}
