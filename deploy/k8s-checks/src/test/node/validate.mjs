// Validates rendered Kubernetes manifests against pinned schemas, offline.
//
//   node validate.mjs FILE.yaml...   ->  prints one JSON report on stdout, exit code 0 (valid) or 1 (invalid)
//
// Every object must be of a kind this script knows (built-in, Strimzi, CloudNativePG, Prometheus Operator,
// OpenTelemetry Operator, Gateway API); its schema comes from the kubernetes-models packages pinned in package-lock.json.
// Two passes per object:
//  1. the package's JSON Schema validator (types, required fields, enums, patterns, formats);
//  2. unknown fields: those validators accept any extra property (as kubectl apply would silently drop it),
//     so every key is also looked up in the package's TypeScript declaration of the same schema, walked
//     with the TypeScript checker. A misspelt key is an error, like `kubectl apply --validate=strict`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import YAML from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
// node_modules sits next to this file (the checks link it there from their tool cache).
const root = here;

/** apiVersion group -> package and folder holding its models. */
const GROUPS = {
  "": "kubernetes-models/v1",
  "apps": "kubernetes-models/apps",
  "autoscaling": "kubernetes-models/autoscaling",
  "batch": "kubernetes-models/batch",
  "policy": "kubernetes-models/policy",
  "networking.k8s.io": "kubernetes-models/networking.k8s.io",
  "rbac.authorization.k8s.io": "kubernetes-models/rbac.authorization.k8s.io",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator/monitoring.coreos.com",
  "opentelemetry.io": "@kubernetes-models/opentelemetry-operator/opentelemetry.io",
  "gateway.networking.k8s.io": "@kubernetes-models/gateway-api/gateway.networking.k8s.io",
};

function moduleOf(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string") return null;
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const base = GROUPS[group];
  if (!base) return null;
  const spec = group === "" ? `${base}/${kind}` : `${base}/${version}/${kind}`;
  const file = path.join(root, "node_modules", `${spec}.js`);
  return fs.existsSync(file) ? { spec, file, iface: `I${kind}` } : null;
}

function readObjects(files) {
  const objects = [];
  for (const file of files) {
    const docs = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"), { version: "1.2" });
    for (const doc of docs) {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
      const value = doc.toJS();
      if (value != null) objects.push({ file, value });
    }
  }
  return objects;
}

/** "/spec/containers/0/name" -> "spec.containers[0].name", like the unknown-field paths. */
function jsonPointerToPath(pointer) {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((at, s) => (/^\d+$/.test(s) ? `${at}[${s}]` : at ? `${at}.${s}` : s), "");
}

function describe(o) {
  const name = o.value?.metadata?.name ?? "?";
  return `${o.value?.kind ?? "?"}/${name}`;
}

// ---- pass 2: unknown fields, from the TypeScript declarations -------------------------------------

function typeChecker(modules) {
  const probe = path.join(root, "__probe.ts");
  const lines = modules.map((m, i) => `import type { ${m.iface} as T${i} } from "${m.spec}";\nexport type X${i} = T${i};`);
  const host = ts.createCompilerHost({});
  const options = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
    strict: true,
    types: [],
  };
  const source = lines.join("\n");
  const readFile = host.readFile.bind(host);
  host.readFile = (f) => (path.resolve(f) === probe ? source : readFile(f));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => path.resolve(f) === probe || fileExists(f);
  const program = ts.createProgram([probe], options, host);
  const problems = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length) {
    throw new Error("schema declarations do not load: " + ts.flattenDiagnosticMessageText(problems[0].messageText, " "));
  }
  const checker = program.getTypeChecker();
  const types = new Map();
  ts.forEachChild(program.getSourceFile(probe), (node) => {
    if (ts.isTypeAliasDeclaration(node)) {
      types.set(modules[Number(node.name.text.slice(1))].spec, checker.getTypeAtLocation(node.name));
    }
  });
  return { checker, types };
}

function unknownFields(checker, type, value, at, out) {
  if (value === null || typeof value !== "object") return;
  const t = checker.getNonNullableType(type);
  if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return;
  const members = t.isUnion() ? t.types : [t];
  if (Array.isArray(value)) {
    const array = members.find((m) => checker.isArrayType(m) || checker.isTupleType(m));
    if (!array) return; // a type mismatch: pass 1 reports it
    const element = checker.getTypeArguments(array)[0];
    value.forEach((item, i) => unknownFields(checker, element, item, `${at}[${i}]`, out));
    return;
  }
  const objects = members.filter((m) => m.flags & ts.TypeFlags.Object && !checker.isArrayType(m));
  if (!objects.length) return;
  // An object schema without properties (x-kubernetes-preserve-unknown-fields, e.g. Kafka's config) is open.
  if (objects.some((m) => m.getProperties().length === 0 && checker.getIndexInfosOfType(m).length === 0)) return;
  for (const [key, child] of Object.entries(value)) {
    const where = at ? `${at}.${key}` : key;
    const owner = objects.find((m) => m.getProperty(key));
    if (owner) {
      unknownFields(checker, checker.getTypeOfSymbol(owner.getProperty(key)), child, where, out);
      continue;
    }
    const index = objects.map((m) => checker.getIndexInfoOfType(m, ts.IndexKind.String)).find(Boolean);
    if (index) {
      unknownFields(checker, index.type, child, where, out);
      continue;
    }
    out.push({ path: where, message: "unknown field" });
  }
}

// ---- main --------------------------------------------------------------------------------------

async function main(files) {
  const objects = readObjects(files);
  const errors = [];
  const modules = new Map();
  for (const o of objects) {
    const m = moduleOf(o.value.apiVersion, o.value.kind);
    if (!m) {
      errors.push({ file: o.file, object: describe(o), path: "", message: `no pinned schema for ${o.value.apiVersion} ${o.value.kind}` });
      continue;
    }
    o.module = m;
    modules.set(m.spec, m);
  }
  const known = objects.filter((o) => o.module);
  const { checker, types } = known.length ? typeChecker([...modules.values()]) : { types: new Map() };
  for (const o of known) {
    const { [o.value.kind]: Model } = await import(pathToFileURL(o.module.file).href);
    try {
      new Model(o.value).validate();
    } catch (e) {
      const details = e.errors ?? [{ instancePath: "", message: e.message }];
      for (const d of details) {
        const extra = d.params && Object.keys(d.params).length ? ` ${JSON.stringify(d.params)}` : "";
        errors.push({ file: o.file, object: describe(o), path: jsonPointerToPath(d.instancePath), message: `${d.message}${extra}` });
      }
    }
    const unknown = [];
    unknownFields(checker, types.get(o.module.spec), o.value, "", unknown);
    for (const u of unknown) errors.push({ file: o.file, object: describe(o), ...u });
  }
  return { objects: objects.length, errors };
}

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: node validate.mjs FILE.yaml...");
  process.exit(2);
}
main(files).then(
  (report) => {
    process.stdout.write(JSON.stringify(report) + "\n");
    process.exit(report.errors.length ? 1 : 0);
  },
  (e) => {
    console.error(e.stack ?? String(e));
    process.exit(2);
  },
);
