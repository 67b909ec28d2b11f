// `pnpm lint:deps`: the server's module boundaries (ARCHITECTURE.md, "Modules").
// A module is a folder under packages/server/src/modules. Another module may import only its index.ts
// (its public surface), and only along the directions below, which form a DAG: no cycle between
// modules can pass. File-level cycles anywhere in the server fail too.

const MODULES = 'packages/server/src/modules';

/** Which modules each module may import (through their index.ts). */
const MAY_IMPORT = {
  auth: [],
  expiry: [],
  metrics: [],
  audit: ['auth'],
  platform: ['expiry'],
  clock: ['audit', 'platform'],
  agent: ['audit', 'auth', 'expiry'],
  outbox: ['audit', 'auth', 'expiry', 'metrics'],
  license: ['agent', 'audit', 'auth', 'clock', 'expiry', 'metrics', 'outbox', 'platform'],
  channel: ['agent', 'audit', 'expiry', 'metrics'],
  reminder: ['agent', 'audit', 'auth', 'expiry', 'outbox', 'platform'],
  health: [],
  'test-hooks': [],
};

// Refuse a table with a cycle in it, so the rules below always describe a DAG.
(function assertAcyclic() {
  const state = {};
  const visit = (name, path) => {
    if (state[name] === 'done') return;
    if (state[name] === 'visiting') throw new Error(`.dependency-cruiser.cjs: module cycle ${[...path, name].join(' -> ')}`);
    state[name] = 'visiting';
    for (const next of MAY_IMPORT[name] ?? []) visit(next, [...path, name]);
    state[name] = 'done';
  };
  for (const name of Object.keys(MAY_IMPORT)) visit(name, []);
})();

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make load order and ownership unclear.',
      severity: 'error',
      from: { path: '^packages/server/src/' },
      to: { circular: true },
    },
    {
      name: 'module-internals',
      comment: "Another module's files are internal: import its index.ts.",
      severity: 'error',
      from: { path: `^${MODULES}/([^/]+)/` },
      to: { path: `^${MODULES}/[^/]+/`, pathNot: [`^${MODULES}/$1/`, `^${MODULES}/[^/]+/index\\.ts$`] },
    },
    ...Object.entries(MAY_IMPORT).map(([name, allowed]) => ({
      name: `module-direction-${name}`,
      comment: `modules/${name} may import only ${allowed.length > 0 ? allowed.join(', ') : 'no other module'}.`,
      severity: 'error',
      from: { path: `^${MODULES}/${name}/` },
      to: { path: `^${MODULES}/(?!(?:${[name, ...allowed].join('|')})/)[^/]+/` },
    })),
    {
      name: 'unknown-module',
      comment: 'A new module needs its line in MAY_IMPORT.',
      severity: 'error',
      from: { path: `^${MODULES}/(?!(?:${Object.keys(MAY_IMPORT).join('|')})/)[^/]+/` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '\\.test\\.ts$'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
