import type { CombinedError } from "urql";
import { ErrorState } from "./error-state";

/**
 * Why a command did not go through, under the title the form or panel gives it: the API's rejection, or
 * the request that failed. Given several commands (RSVP and cancel, say), it speaks of the one that failed.
 */
export function CommandFailure({
  title,
  commands,
}: {
  title: string;
  commands: readonly { rejection: string | null; error: CombinedError | undefined }[];
}) {
  const rejection = commands.find((command) => command.rejection !== null)?.rejection;
  const error = commands.find((command) => command.error !== undefined)?.error;
  return (
    <>
      {rejection && <ErrorState title={title} error={rejection} />}
      {error && <ErrorState title={title} error={error} />}
    </>
  );
}
