import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode } from 'graphql';
import type { Viewer } from '../modules/auth/viewer.js';
import { operationHasControlCharacter } from '../security/input-hygiene.js';
import type { Throttle } from '../security/throttle.js';
import type { GraphQLContext } from './context.js';
import { badInput, DomainError } from './domain-error.js';

const rateLimited = (retryAfterSeconds: number): DomainError =>
  new DomainError('RATE_LIMITED', `Too many requests. Try again in ${retryAfterSeconds} second(s).`, { retryAfterSeconds });

/**
 * The checks every GraphQL operation passes after validation, over HTTP and WebSocket alike: the
 * caller's rate (per user when signed in, per address when not) and control characters in any string
 * it sends. Returns the refusal, or null.
 */
export function createOperationCheck(throttle: Throttle) {
  return (viewer: Viewer | null, address: string, document: DocumentNode, variables: unknown): DomainError | null => {
    const retryAfter = throttle.take(viewer === null ? `address:${address}` : `user:${viewer.userId}`);
    if (retryAfter > 0) return rateLimited(retryAfter);
    if (operationHasControlCharacter(document, variables)) return badInput('Text may not contain control characters such as NUL.');
    return null;
  };
}
export type OperationCheck = ReturnType<typeof createOperationCheck>;

/** The HTTP side: a refusal is answered as GraphQL errors, 429 with Retry-After when rate limited. */
export function operationGuardPlugin(check: OperationCheck): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, request }) {
          const refusal = check(contextValue.viewer, contextValue.address, document, request.variables);
          if (refusal === null) return;
          const retryAfter = refusal.extensions.retryAfterSeconds;
          const http = typeof retryAfter === 'number' ? { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } : { status: 200 };
          throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { code: refusal.code, http } });
        },
      };
    },
  };
}
