/**
 * Keys the HMAC that names members' email reservation streams (see the member module): set once per stage
 * with `pnpm sst secret set EmailSecret <32+ random bytes> --stage <name>` and never changed.
 */
export const emailSecret = new sst.Secret("EmailSecret");
