/**
 * A refused path or progress command in the member's words, by the rejection's type: the API's messages
 * name paths and checkpoints by id.
 */
const words: Record<string, string> = {
  CheckpointNotFound:
    "This checkpoint is no longer part of the path: its curator changed it. The page now shows the path as it is.",
  PathNotFound: "This path is no longer there for you: it was unpublished or archived.",
  PathNotPublished: "This path is not published (any more), so it cannot be followed or forked.",
  NotFollowing: "You do not follow this path (any more).",
  InvalidProgress: "A note may be up to 500 characters.",
  CannotForkOwnPath: "This is your own path: edit it rather than fork it.",
  NotSignedIn: "You are signed out. Sign in and try again.",
};

export function pathRefusal(rejection: { message: string }): string {
  const type = (rejection as { __typename?: unknown }).__typename;
  return (typeof type === "string" && words[type]) || rejection.message;
}
