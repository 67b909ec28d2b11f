// apollo-upload-client 19 ships JavaScript with JSDoc types only; this states the part the app uses.
declare module 'apollo-upload-client/UploadHttpLink.mjs' {
  import { ApolloLink } from '@apollo/client/link';

  export interface UploadHttpLinkOptions {
    uri?: string;
    credentials?: RequestCredentials;
    headers?: Record<string, string>;
    fetchOptions?: RequestInit;
    fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
    includeExtensions?: boolean;
  }

  export default class UploadHttpLink extends ApolloLink {
    constructor(options?: UploadHttpLinkOptions);
  }
}
