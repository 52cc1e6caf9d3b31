// Runs graphql-http's server audits (the GraphQL over HTTP conformance suite) against one URL and prints each
// audit that did not pass, then the counts. Exit status 0 only when every audit passed.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql-url>');
  process.exit(2);
}
const results = await Promise.all(serverAudits({ url }).map(({ fn }) => fn()));
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status]++;
  if (result.status !== 'ok') {
    const status = result.response ? ` (got ${result.response.status})` : '';
    console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}${status}`);
  }
}
// notice: a MAY audit not passed; warn: a SHOULD; error: a MUST
console.log(`${results.length} audits: ${counts.ok} ok, ${counts.notice} notice (MAY), ${counts.warn} warn (SHOULD), ${counts.error} fail (MUST)`);
process.exit(counts.ok === results.length ? 0 : 1);
