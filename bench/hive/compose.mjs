// mesh-compose config: the three running services composed from their own OpenAPI documents (GET /q/openapi), with
// the joins ipaccord's gateway makes, as @resolveTo: a membership's state (batched over member-service's
// GET /member-states/batch?codes=, one call per query level), a membership's treaty (batched over treaty-service's
// GET /treaties/batch?codes=), a member state's treaties (GET /states/{state}/treaties, one call per state: the REST
// API's batch of memberships, /memberships/batch, answers an untyped map the OpenAPI loader types as JSON).
// Used by bench/gateways.sh: npx mesh-compose -c compose.mjs -o .work/supergraph.graphql
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const MEMBER = process.env.MEMBER || 'http://127.0.0.1:8081';
const TREATY = process.env.TREATY || 'http://127.0.0.1:8082';
const EVENT = process.env.EVENT || 'http://127.0.0.1:8083';

const subgraph = (name, base) => ({
  sourceHandler: loadOpenAPISubgraph(name, { source: `${base}/q/openapi?format=json`, endpoint: base }),
});

export const composeConfig = defineConfig({
  subgraphs: [subgraph('member', MEMBER), subgraph('treaty', TREATY), subgraph('event', EVENT)],
  additionalTypeDefs: /* GraphQL */ `
    extend type Membership {
      stateData: MemberStateData
        @resolveTo(sourceName: "member", sourceTypeName: "Query", sourceFieldName: "member_states_batch",
          requiredSelectionSet: "{ state }", keyField: "state", keysArg: "codes")
      treatyData: TreatyData
        @resolveTo(sourceName: "treaty", sourceTypeName: "Query", sourceFieldName: "treaties_batch",
          requiredSelectionSet: "{ treaty }", keyField: "treaty", keysArg: "codes")
    }
    extend type MemberStateData {
      treaties: [Membership]
        @resolveTo(sourceName: "treaty", sourceTypeName: "Query", sourceFieldName: "states_by_state_treaties",
          requiredSelectionSet: "{ code }", sourceArgs: { state: "{root.code}" })
    }
  `,
});
