// The queries of bench/gateways.sh, written once per schema (ipaccord's gateway; the Hive composition of the services'
// OpenAPI documents, see compose.mjs), each with the function that reduces an answer to its content (field names and
// wrapping removed) and the REST calls that are its floor.
//   node queries.mjs check OUT ipaccord=URL hive=URL hive-fork=URL hive-router=URL
// POSTs every query to every target once, checks it (HTTP 200, no GraphQL errors, non-empty content), compares each
// content with ipaccord's, writes OUT/<query>.<target>.json (the request body) for wrk, and prints one line per query
// and target: "query<TAB>target<TAB>ok|differs|fails|none<TAB>detail", then "query<TAB>floor<TAB>GET<TAB>url" for each
// REST call of its floor. A target whose schema has no way to ask the query is "none" (reported, never skipped).
import { writeFileSync } from 'node:fs';

const MEMBER = process.env.MEMBER || 'http://127.0.0.1:8081';
const TREATY = process.env.TREATY || 'http://127.0.0.1:8082';
const EVENT = process.env.EVENT || 'http://127.0.0.1:8083';

const state = (s) => s && { code: s.code, name: s.name, memberSince: s.memberSince };

// hive: the query over the composed schema (used by every Hive variant), or null when that schema cannot ask it.
export const QUERIES = [
  {
    name: 'a', title: 'a. member state CN',
    ipaccord: '{ memberState(code: "CN") { code name memberSince } }',
    hive: '{ member_states_by_code(code: "CN") { code name memberSince } }',
    content: (d) => state(d.memberState ?? d.member_states_by_code),
    floor: () => [`${MEMBER}/member-states/CN`],
  },
  {
    name: 'b', title: 'b. 50 member states',
    ipaccord: '{ memberStates(first: 50) { nodes { code name memberSince } } }',
    hive: '{ member_states(first: 50) { items { code name memberSince } } }',
    content: (d) => (d.memberStates?.nodes ?? d.member_states?.items)?.map(state),
    floor: () => [`${MEMBER}/member-states?first=50`],
  },
  {
    name: 'c', title: "c. BERNE's parties with their states' names",
    ipaccord: '{ treaty(code: "BERNE") { parties { partyCode state { name } } } }',
    hive: '{ treaties_by_code_parties(code: "BERNE") { state stateData { name } } }',
    content: (d) => d.treaty ? d.treaty.parties?.map((p) => [p.partyCode, p.state?.name ?? null])
      : d.treaties_by_code_parties?.map((p) => [p.state, p.stateData?.name ?? null]),
    // the three calls ipaccord's gateway makes: the treaty, its parties, their states in one batch
    floor: (content) => [`${TREATY}/treaties/BERNE`, `${TREATY}/memberships/by-treaty/batch?treaties=BERNE`,
      `${MEMBER}/member-states/batch?codes=${content.map(([code]) => code).join(',')}`],
  },
  {
    name: 'timeline', title: 'timeline (state CN)',
    ipaccord: '{ timeline(state: "CN") { __typename date kind title } }',
    hive: null, // the composition has each source list, not one merged and ordered timeline
    content: (d) => d.timeline?.map((e) => [e.__typename, e.date, e.kind, e.title]),
    // the five calls ipaccord's gateway makes; the treaties' batch names CN's treaties
    floor: async () => [`${MEMBER}/member-states/batch?codes=CN`, `${TREATY}/instruments?state=CN`,
      `${TREATY}/memberships/batch?states=CN`,
      `${TREATY}/treaties/batch?codes=${[...new Set((await (await fetch(`${TREATY}/memberships/batch?states=CN`)).json()).CN
        .map((m) => m.treaty))].join(',')}`, `${EVENT}/events?state=CN&first=500`],
  },
  {
    name: 'search', title: 'search ("Beijing")',
    ipaccord: '{ search(text: "Beijing") { __typename kind rank title } }',
    hive: null, // three separate searches with ranks on different scales, not one ranked list
    content: (d) => d.search?.map((h) => [h.__typename, h.kind, h.rank, h.title]),
    floor: () => [`${MEMBER}/member-states/search?text=Beijing`, `${MEMBER}/organisations/search?text=Beijing`,
      `${TREATY}/treaties/search?text=Beijing`, `${EVENT}/events/search?text=Beijing`, `${MEMBER}/member-states/batch?codes=CN`],
  },
  {
    name: 'states100', title: '100 states with their treaties',
    ipaccord: '{ memberStates(first: 100, sort: CODE) { nodes { code treaties { status bound treaty { code shortName } } } } }',
    hive: '{ member_states(first: 100, sort: "code") { items { code treaties { status bound treatyData { code shortName } } } } }',
    content: (d) => (d.memberStates?.nodes ?? d.member_states?.items)?.map((s) => [s.code,
      (s.treaties ?? []).map((m) => { const t = m.treaty ?? m.treatyData; return [t?.code ?? null, t?.shortName ?? null, m.status, m.bound]; })]),
    floor: (content) => [`${MEMBER}/member-states?first=100&sort=code`,
      `${TREATY}/memberships/batch?states=${content.map(([code]) => code).join(',')}`,
      `${TREATY}/treaties/batch?codes=${[...new Set(content.flatMap(([, ms]) => ms.map(([code]) => code)))].join(',')}`],
  },
];

const empty = (c) => c == null || (Array.isArray(c) && c.length === 0);

async function ask(url, query) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }) });
  const text = await res.text();
  if (res.status !== 200) return { error: `HTTP ${res.status}: ${text.slice(0, 200)}` };
  const body = JSON.parse(text);
  if (body.errors?.length) return { error: `errors: ${JSON.stringify(body.errors).slice(0, 200)}` };
  return { data: body.data };
}

async function check(out, targets) {
  for (const q of QUERIES) {
    let reference;
    for (const [target, url] of targets) {
      const query = target === 'ipaccord' ? q.ipaccord : q.hive;
      if (!query) { console.log(`${q.name}\t${target}\tnone\tno such query on this schema`); continue; }
      const answer = await ask(url, query);
      if (answer.error) { console.log(`${q.name}\t${target}\tfails\t${answer.error.replace(/\s+/g, ' ')}`); continue; }
      const content = q.content(answer.data);
      if (empty(content)) { console.log(`${q.name}\t${target}\tfails\tempty answer`); continue; }
      const canonical = JSON.stringify(content);
      if (target === 'ipaccord') reference = content;
      else if (reference === undefined) { console.log(`${q.name}\t${target}\tfails\tno reference answer from ipaccord`); continue; }
      else if (canonical !== JSON.stringify(reference)) {
        console.log(`${q.name}\t${target}\tdiffers\t${canonical.length} vs ${JSON.stringify(reference).length} characters`);
        continue;
      }
      writeFileSync(`${out}/${q.name}.${target}.json`, JSON.stringify({ query }));
      console.log(`${q.name}\t${target}\tok\t${Array.isArray(content) ? content.length + ' items' : 'one object'}`);
    }
    if (reference !== undefined) for (const url of await q.floor(reference)) console.log(`${q.name}\tfloor\tGET\t${url}`);
  }
}

const [command, out, ...args] = process.argv.slice(2);
if (command === 'check') await check(out, args.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
else if (command === 'titles') for (const q of QUERIES) console.log(`${q.name}\t${q.title}`);
else { console.error('usage: node queries.mjs check OUT ipaccord=URL [name=URL ...] | titles'); process.exit(2); }
