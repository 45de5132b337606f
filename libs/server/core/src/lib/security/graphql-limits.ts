import type { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import {
  ComplexityEstimatorArgs,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';

/**
 * Introspection subtrees are left out of depth and cost: Apollo refuses them in production, and in
 * development tools send the standard (deep) introspection query.
 */
const isIntrospection = (name: string) => name === '__schema' || name === '__type';

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (isIntrospection(selection.name.value)) continue;
      const below = selection.selectionSet
        ? depthOf(selection.selectionSet, fragments, visiting)
        : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      // A fragment cycle is its own validation error (NoFragmentCyclesRule); do not loop on it.
      if (visiting.has(name) || !fragments[name]) continue;
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragments[name].selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

/** Refuses operations nested deeper than `maxDepth` fields (fragments followed). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Operation${operation.name ? ` "${operation.name.value}"` : ''} is nested ${depth} levels deep; at most ${maxDepth} are allowed`,
              { nodes: [operation] },
            ),
          );
        }
      },
    };
  };
}

/**
 * Refuses documents with more than `maxAliases` aliased fields: aliases are how one request asks
 * for the same expensive field (or login) hundreds of times.
 */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases > maxAliases && !reported) {
          reported = true;
          context.reportError(
            new GraphQLError(`At most ${maxAliases} aliased fields are allowed in one request`, {
              nodes: [node],
            }),
          );
        }
      },
    };
  };
}

const MAX_PAGE_SIZE = 100;

/**
 * A list fetched with `first: N` costs N times what one element costs; everything else costs one
 * per field unless the field declares `complexity` (Nest's `@Field({ complexity })`).
 */
function pageEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number | void {
  const first = args['first'];
  if (typeof first === 'number' && Number.isFinite(first) && first > 0) {
    // Page sizes above PageArgs' maximum are refused by its validator, naming `first`.
    return 1 + childComplexity * Math.min(Math.ceil(first), MAX_PAGE_SIZE);
  }
  return undefined;
}

/**
 * Checks the estimated cost after Apollo has parsed and validated the operation, when the variables
 * (which set page sizes) are known; a validation rule alone cannot see them.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [
                ({ field }: ComplexityEstimatorArgs) =>
                  isIntrospection(field.name) ? 0 : undefined,
                fieldExtensionsEstimator(),
                pageEstimator,
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch {
            // Variables that do not coerce: execution reports them with the field named.
            return;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Operation is too expensive (estimated cost ${cost}, at most ${maxCost}); ask for fewer items per page`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
