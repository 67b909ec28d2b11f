export * from './fragment-masking';
export * from './gql';
export type * from './graphql';
