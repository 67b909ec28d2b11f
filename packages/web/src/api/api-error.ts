import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** Every `extensions.code` the API documents (SPEC 9), plus the ones Apollo Server adds itself. */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'PLATFORM_LICENSE_INACTIVE',
  'AGENT_LICENSE_INACTIVE',
  'LICENSE_PACKAGE_INVALID',
  'LICENSE_NOT_FOUND',
  'AGENT_NOT_FOUND',
  'LICENSE_NOT_BINDABLE',
  'NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

/** The first GraphQL error of an Apollo error, if it is one. */
export function firstGraphQLError(error: unknown): GraphQLFormattedError | null {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0] ?? null) : null;
}

/** The documented code of an API error, or null for network trouble and codes the API does not document. */
export function apiErrorCode(error: unknown): ApiErrorCode | null {
  const code = firstGraphQLError(error)?.extensions?.code;
  return isApiErrorCode(code) ? code : null;
}

/** The `extensions` of the first GraphQL error (empty when there is none). */
export function apiErrorExtensions(error: unknown): Readonly<Record<string, unknown>> {
  return firstGraphQLError(error)?.extensions ?? {};
}

/** One problem of a refused license package (LICENSE_PACKAGE_INVALID). */
export interface PackageProblem {
  readonly index: number | null;
  readonly certificateId: string | null;
  readonly code: string;
  readonly message: string;
}

/** The problems of a LICENSE_PACKAGE_INVALID error, read defensively from its extensions. */
export function packageProblems(error: unknown): PackageProblem[] {
  if (apiErrorCode(error) !== 'LICENSE_PACKAGE_INVALID') return [];
  const problems = apiErrorExtensions(error).problems;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((p: unknown): PackageProblem[] => {
    if (typeof p !== 'object' || p === null) return [];
    const r = p as Record<string, unknown>;
    return [
      {
        index: typeof r.index === 'number' ? r.index : null,
        certificateId: typeof r.certificateId === 'string' ? r.certificateId : null,
        code: typeof r.code === 'string' ? r.code : 'UNKNOWN',
        message: typeof r.message === 'string' ? r.message : 'This certificate was refused.',
      },
    ];
  });
}
