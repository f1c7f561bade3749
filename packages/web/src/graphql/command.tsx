import { createContext, type ReactNode, useContext, useState } from "react";
import {
  type AnyVariables,
  type CombinedError,
  type OperationContext,
  type TypedDocumentNode,
  useMutation,
} from "urql";

type Refetch = () => void;

const PageRefetchContext = createContext<Refetch | null>(null);

/**
 * Names how the page around it reads its data again. A refused command means the page showed something
 * that is no longer true (a removed member still "going", say): `useCommand` calls this to set it right.
 */
export function RefetchOnRefusal({ refetch, children }: { refetch: Refetch; children: ReactNode }) {
  return <PageRefetchContext value={refetch}>{children}</PageRefetchContext>;
}

/** The refetch for a page's own query: from the API, past the document cache, which holds the stale view. */
export const fromNetwork =
  (reexecute: (context: Partial<OperationContext>) => void): Refetch =>
  () =>
    reexecute({ requestPolicy: "network-only" });

/** A mutation answers one result union: the mutation's only field. */
type OutcomeOf<Data> = NonNullable<Data[keyof Data]>;

/** The members of a result union that implement the API's `Error`: each carries a code and a message. */
type RejectionOf<Outcome> = Extract<Outcome, { __typename: string; message: string }>;

/** What the command answers when it went through: the union's members that are not rejections. */
type SuccessOf<Outcome> = Exclude<Outcome, { message: string }>;

/**
 * Handlers for the rejections a form shows in detail (on its fields, say) instead of as one message, each
 * named after the rejection's type: `onSlugTaken` takes a SlugTaken.
 */
type DetailedRejections<Outcome> = {
  [Name in RejectionOf<Outcome>["__typename"] as `on${Name}`]?: (
    rejection: Extract<RejectionOf<Outcome>, { __typename: Name }>,
  ) => void;
};

export type CommandOptions<Outcome> = DetailedRejections<Outcome> & {
  /**
   * Reads again what the command changed. Called when it went through, and when the request failed, since
   * the API may have applied it all the same; not when the API refused it, which changed nothing.
   */
  refresh?(): void;
  /** Says a rejection in other words than the API's message (see refusal-words.ts). */
  words?(rejection: { code?: unknown; message: string }): string;
};

export interface Command<Variables, Success> {
  /** Runs the mutation: what it answered when it went through, else null (rejected, or the request failed). */
  run(variables: Variables, context?: Partial<OperationContext>): Promise<Success | null>;
  fetching: boolean;
  /** Why the API refused the last run, in words to show; null when it did not. */
  rejection: string | null;
  /** The last request failed (the network, or a GraphQL error): the command may or may not have run. */
  error: CombinedError | undefined;
  /** Forgets the last rejection, for a step that starts the command afresh. */
  clear(): void;
}

/**
 * A mutation whose result is one union: what it changed, or a rejection (an `Error` with a message). A
 * rejection is kept to be shown (unless an `on…` handler shows it in detail); otherwise what the command
 * changed is read again. When the API refuses it, or the request fails, the page around it reads its data
 * again too (see RefetchOnRefusal), so what it shows is true.
 */
export function useCommand<Data, Variables extends AnyVariables>(
  mutation: TypedDocumentNode<Data, Variables>,
  options: NoInfer<CommandOptions<OutcomeOf<Data>>> = {},
): Command<Variables, SuccessOf<OutcomeOf<Data>>> {
  const [state, execute] = useMutation(mutation);
  const [rejection, setRejection] = useState<string | null>(null);
  const refetchPage = useContext(PageRefetchContext);

  const run = async (variables: Variables, context?: Partial<OperationContext>) => {
    setRejection(null);
    const result = await execute(variables, context);
    const outcome = outcomeOf(result.data);
    if (outcome === null || !isRejection(outcome)) {
      if (result.error) refetchPage?.();
      options.refresh?.();
      return outcome as SuccessOf<OutcomeOf<Data>> | null;
    }
    refetchPage?.();
    const handlers = options as Partial<Record<string, (rejection: typeof outcome) => void>>;
    const detailed = handlers[`on${outcome.__typename}`];
    if (detailed) detailed(outcome);
    else setRejection(options.words ? options.words(outcome) : outcome.message);
    return null;
  };

  return {
    run,
    fetching: state.fetching,
    rejection,
    error: state.error,
    clear: () => setRejection(null),
  };
}

function outcomeOf<Data>(data: Data | undefined): OutcomeOf<Data> | null {
  if (typeof data !== "object" || data === null) return null;
  return (Object.values(data)[0] ?? null) as OutcomeOf<Data> | null;
}

function isRejection<Outcome>(outcome: Outcome): outcome is RejectionOf<Outcome> {
  return typeof (outcome as { message?: unknown }).message === "string";
}
