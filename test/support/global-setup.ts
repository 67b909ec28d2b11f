// One PostgreSQL for the run, shared with the server's repository tests.
export { default } from '../../packages/server/src/test-support/global-setup.js';
