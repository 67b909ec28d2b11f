/** The 50 rows both P2 baselines answer `licenses(first: 50)` with: one connection, built once. */
const NOW = new Date('2027-01-01T00:00:00Z');
const ROWS = 50;

export const STATIC_LICENSES = {
  totalCount: ROWS,
  pageInfo: { endCursor: String(1), hasNextPage: false },
  edges: Array.from({ length: ROWS }, (_, i) => ({
    cursor: String(ROWS - i),
    node: {
      id: `bench-static-${i}`,
      type: 'AGENT',
      mode: 'SUBSCRIPTION',
      validityDays: 30,
      permanent: false,
      licensee: 'Bench Customer Ltd',
      orderId: null,
      issuer: 'Bench Vendor',
      issuedAt: NOW,
      uploadedAt: NOW,
      activateBy: null,
      status: 'UNUSED',
      autoGranted: false,
      startsAt: null,
      queued: false,
      endsAt: null,
      agent: null,
    },
  })),
};
