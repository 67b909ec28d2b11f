// Compares verifyPackage on 10 000 certificates with a bare jose compactVerify loop (key imported
// once, all started together): the library's overhead should stay well under 2x.
// Run: npx tsx packages/lcs/scripts/bench-verify.ts [count]
import { compactVerify, importJWK } from 'jose';
import { assemblePackage, generateVendorKeyPair, importTrustedKeys, signCertificate, verifyPackage } from '../src/index.js';

const count = Number(process.argv[2] ?? 10_000);
const platformId = '11111111-2222-4333-8444-555555555555';
const now = new Date();
const { privateJwk, publicJwks } = await generateVendorKeyPair('bench');
const certificates = await Promise.all(
  Array.from({ length: count }, (_, index) =>
    signCertificate(
      {
        id: `cert-${index}`,
        type: 'AGENT',
        mode: 'SUBSCRIPTION',
        validity: { permanent: false, days: 30 },
        licensee: 'ACME Ltd',
        orderId: 'SO-1',
        issuer: 'Vendor',
        issuedAt: now,
        platformId,
      },
      privateJwk,
    ),
  ),
);
const file = new TextEncoder().encode(assemblePackage(certificates));
const trustedKeys = await importTrustedKeys(publicJwks);
const publicJwk = publicJwks.keys[0];
if (publicJwk === undefined) throw new Error('no public key');
const key = await importJWK(publicJwk, 'EdDSA');

for (let round = 1; round <= 3; round++) {
  let start = performance.now();
  await Promise.all(certificates.map((certificate) => compactVerify(certificate, key, { algorithms: ['EdDSA'] })));
  const bare = performance.now() - start;
  start = performance.now();
  const result = await verifyPackage(file, { trustedKeys, platformId, now });
  const library = performance.now() - start;
  if (!result.ok || result.certificates.length !== count) throw new Error('benchmark package did not verify');
  console.log(
    JSON.stringify({
      round,
      count,
      bytes: file.byteLength,
      bareMs: Math.round(bare),
      verifyPackageMs: Math.round(library),
      ratio: +(library / bare).toFixed(2),
    }),
  );
}
