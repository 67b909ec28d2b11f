// A database per test file, made the same way as for the server's repository tests.
export { createTestDatabase, withClient, type TestDatabase } from '../../packages/server/src/test-support/database.js';
