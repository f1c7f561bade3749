import { type DocumentNode, Kind, type OperationDefinitionNode } from "graphql";

/** The operation a request runs: the one named, or the document's only one. */
export const operationOf = (
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined =>
  document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (operationName == null || definition.name?.value === operationName),
  );
