import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError, AuthorizationError } from 'type-graphql';
import type { Logger } from 'pino';
import { DomainError } from './domain-error.js';

/** Codes Apollo and graphql-js produce for requests that never reached a resolver. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place that decides what a client sees of an error: domain errors keep their code and
 * extensions, validation and authorization errors get stable codes, and anything else is logged and
 * masked so that no internals (SQL, stack traces) leak.
 */
export function createErrorFormatter(logger: Logger, options: { readonly hideSuggestions: boolean } = { hideSuggestions: false }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // In production nobody learns field names by guessing ("Did you mean …"): the schema is not public there.
    const message = options.hideSuggestions ? withoutSuggestions(formatted.message) : formatted.message;
    const base = { message, locations: formatted.locations, path: formatted.path };
    // Resolvers' errors arrive unwrapped; a plugin's arrive inside a GraphQLError.
    const domain = original instanceof DomainError ? original : original instanceof GraphQLError ? original.originalError : null;
    if (domain instanceof DomainError) {
      return { ...base, message: domain.message, extensions: { ...domain.extensions, code: domain.code } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors.map((v) => ({
        field: v.property,
        problems: Object.values(v.constraints ?? {}),
      }));
      const detail = fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; ');
      return { ...base, message: `Invalid input. ${detail}`, extensions: { code: 'BAD_USER_INPUT', fields } };
    }
    if (original instanceof AuthorizationError) {
      return { ...base, message: 'Your role does not allow this action.', extensions: { code: 'FORBIDDEN' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) {
      return { ...base, extensions: { code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return { ...base, message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** graphql-js appends ` Did you mean "x", or "y"?` to unknown-name errors; drop that sentence. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*\?$/s, '');
}
