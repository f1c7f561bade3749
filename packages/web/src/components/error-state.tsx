import type { CombinedError } from "urql";
import { Notice } from "./notice";

/** Says what went wrong in words a member can act on, and offers to try again. */
export function ErrorState({
  title = "Something went wrong",
  error,
  onRetry,
}: {
  title?: string;
  error?: CombinedError | Error | string;
  onRetry?: () => void;
}) {
  return (
    <Notice tone="error" title={title}>
      <p>{describe(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          Try again
        </button>
      )}
    </Notice>
  );
}

function describe(error: CombinedError | Error | string | undefined): string {
  if (error === undefined) return "Please try again in a moment.";
  if (typeof error === "string") return error;
  if ("networkError" in error && error.networkError) {
    return "Meetstream could not be reached. Check your connection and try again.";
  }
  if ("graphQLErrors" in error && error.graphQLErrors.length > 0) {
    return error.graphQLErrors.map((graphqlError) => graphqlError.message).join(" ");
  }
  return error.message;
}
