import { createContext, type ReactNode, useCallback, useContext } from "react";
import {
  type AnyVariables,
  type OperationContext,
  type OperationResult,
  type TypedDocumentNode,
  useMutation,
} from "urql";
import { plainRefusal } from "./refusal-words";

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

export interface CommandOutcome<Data> {
  result: OperationResult<Data>;
  /** When the API refused the command (a result union's Error), what that means in plain words; else null. */
  refusal: string | null;
}

/**
 * A mutation whose result is one union (success or an Error with a message). When the API refuses it, or
 * the request fails, the page around it reads its data again, so what it shows is true.
 */
export function useCommand<Data, Variables extends AnyVariables>(
  mutation: TypedDocumentNode<Data, Variables>,
) {
  const [state, execute] = useMutation(mutation);
  const refetchPage = useContext(PageRefetchContext);
  const run = useCallback(
    async (variables: Variables, context?: Partial<OperationContext>): Promise<CommandOutcome<Data>> => {
      const result = await execute(variables, context);
      const refusal = refusalOf(result.data);
      if (refusal !== null || result.error) refetchPage?.();
      return { result, refusal };
    },
    [execute, refetchPage],
  );
  return [state, run] as const;
}

function refusalOf(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  const outcome = Object.values(data)[0] as { code?: unknown; message?: unknown } | null | undefined;
  return typeof outcome?.message === "string"
    ? plainRefusal({ code: outcome.code, message: outcome.message })
    : null;
}
