import type { CodegenConfig } from '@graphql-codegen/cli';

const OUT = '../schema/generated/web/';

/**
 * The barrel `@licensing/schema/web` resolves to. The client preset's own index leaves out the enum and
 * fragment types of graphql.ts, which the app needs for typed records such as status → colour.
 */
const webIndexPlugin = {
  plugin: () => ["export * from './fragment-masking';", "export * from './gql';", "export type * from './graphql';", ''].join('\n'),
};

/**
 * Typed operations for the SPA: every `graphql(...)` call in src is checked against the committed SDL
 * and gets its result and variable types. The output lives in @licensing/schema (`@licensing/schema/web`)
 * so the SDL and what is made from it are committed side by side. Run `pnpm --filter @licensing/web codegen`.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  // Serves the barrel plugin above by name; every other plugin loads as usual.
  pluginLoader: (name: string) => (name === '@graphql-codegen/web-index' ? webIndexPlugin : import(name)),
  generates: {
    [OUT]: {
      preset: 'client',
      presetConfig: {
        // Components read their fragment's fields through getFragmentData: a plain function, named apart
        // from Apollo's useFragment hook, so no one mistakes it for a hook.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        skipIndexFile: true,
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        scalars: {
          DateTime: 'string',
          JSONObject: 'Record<string, unknown>',
          Upload: 'File',
        },
        strictScalars: true,
      },
    },
    [`${OUT}index.ts`]: { plugins: ['web-index'] },
  },
};

export default config;
