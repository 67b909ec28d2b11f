import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, type ASTVisitor, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * What one operation may ask for, the same over HTTP and WebSocket. The largest operation the SPA sends
 * stays well inside each (a test checks every document it ships), and a page of 100 rows costs the same
 * as a page of one: these bound the shape of a query, the rate limits bound how often.
 */
export const OPERATION_LIMITS = {
  /** Characters of document text, refused before any parsing (variables carry long values). */
  documentLength: 64 * 1024,
  /** Lexer tokens; parsing stops at the limit. */
  tokens: 3000,
  aliases: 20,
  rootFields: 20,
  depth: 12,
  directives: 20,
  cost: 5000,
} as const;

export const PARSE_OPTIONS: ParseOptions = { maxTokens: OPERATION_LIMITS.tokens };

/** At most `n` fields at the root of an operation (through fragments too), aliased or not. */
function maxRootFieldsRule(n: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      let count = 0;
      const seen = new Set<string>();
      const walk = (selections: typeof operation.selectionSet.selections): void => {
        for (const selection of selections) {
          if (selection.kind === Kind.FIELD) count += 1;
          else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet.selections);
          else if (!seen.has(selection.name.value)) {
            seen.add(selection.name.value);
            const fragment = context.getFragment(selection.name.value);
            if (fragment) walk(fragment.selectionSet.selections);
          }
        }
      };
      walk(operation.selectionSet.selections);
      if (count > n) context.reportError(new GraphQLError(`Syntax Error: Too many root fields (limit ${n}).`, { nodes: [operation] }));
    },
  });
}

/** graphql-armor's alias, depth, directive and cost rules, plus our root-field rule (and no introspection in production). */
export function operationValidationRules(production: boolean): ValidationRule[] {
  const armor = new ApolloArmor({
    maxAliases: { n: OPERATION_LIMITS.aliases, exposeLimits: true },
    maxDepth: { n: OPERATION_LIMITS.depth, exposeLimits: true },
    maxDirectives: { n: OPERATION_LIMITS.directives, exposeLimits: true },
    costLimit: { maxCost: OPERATION_LIMITS.cost, exposeLimits: true },
    // Parsing is bounded by graphql-js's own maxTokens (PARSE_OPTIONS), the same for both transports.
    maxTokens: { enabled: false },
    // Suggestions are dropped by the one error formatter, for both transports.
    blockFieldSuggestion: { enabled: false },
  });
  return [...armor.protect().validationRules, maxRootFieldsRule(OPERATION_LIMITS.rootFields), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
}

/** The refusal of a document longer than the limit, before it is parsed; null when it may be parsed. */
export function documentTooLong(query: unknown): GraphQLError | null {
  if (typeof query !== 'string' || query.length <= OPERATION_LIMITS.documentLength) return null;
  return new GraphQLError(`Syntax Error: The document is longer than ${OPERATION_LIMITS.documentLength} characters.`, {
    extensions: { code: 'GRAPHQL_PARSE_FAILED' },
  });
}
