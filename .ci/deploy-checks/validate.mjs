// Validates rendered Kubernetes objects (multi-document YAML on stdin, or files given as arguments) against the
// Kubernetes API schemas, so a typo in a field name, a wrong type or a missing required field fails CI.
//
// Built-in kinds, two checks, both from pinned npm packages (package-lock.json):
//   1. kubernetes-models: the JSON schema of the kind's OpenAPI definition (required fields, types, formats, enums).
//      Its schemas allow unknown fields (as the API server's non-strict mode does), so:
//   2. @kubernetes/client-node's generated models list every field of every API type (attributeTypeMap): any key of
//      the object that its type does not declare is an error (what kubeconform -strict / kubectl --validate=strict do).
// Custom resources (CloudNativePG, RabbitMQ cluster operator): their CRDs ship with the operators, not on npm, so
// crd-schemas/*.json holds a strict schema of the subset of their fields this tree uses, written from the operators'
// API references; a field outside it fails too, and is added there once checked against the operator's CRD.
// Any other apiVersion/kind fails: nothing is skipped silently.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const here = dirname(fileURLToPath(import.meta.url));
const clientModels = join(here, "node_modules/@kubernetes/client-node/dist/gen/models");

const crdValidators = (() => {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const byKind = new Map();
  for (const file of readdirSync(join(here, "crd-schemas")).filter((f) => f.endsWith(".json"))) {
    const schema = JSON.parse(readFileSync(join(here, "crd-schemas", file), "utf8"));
    const { apiVersion, kind } = schema["x-emporium-kind"];
    delete schema["x-emporium-kind"];
    byKind.set(`${apiVersion}/${kind}`, ajv.compile(schema));
  }
  return byKind;
})();

/** apps/v1 + Deployment -> "kubernetes-models/apps/v1/Deployment"; v1 + Service -> "kubernetes-models/v1/Service". */
function modelsPath(apiVersion, kind) {
  return `kubernetes-models/${apiVersion}/${kind}`;
}

/** apps/v1 + Deployment -> V1Deployment; autoscaling/v2 + HorizontalPodAutoscaler -> V2HorizontalPodAutoscaler. */
function clientClassName(apiVersion, kind) {
  const version = apiVersion.split("/").pop();
  return version.charAt(0).toUpperCase() + version.slice(1) + kind;
}

const typeMaps = new Map();
async function typeMap(className) {
  if (!typeMaps.has(className)) {
    const file = join(clientModels, `${className}.js`);
    let map = null;
    if (existsSync(file)) {
      const module = await import(file);
      map = module[className]?.getAttributeTypeMap?.() ?? null;
    }
    typeMaps.set(className, map);
  }
  return typeMaps.get(className);
}

/** Every key of `value` that its type (a client-node model class name or a type expression) does not declare. */
async function unknownFields(value, type, path, errors) {
  if (value === null || value === undefined) return;
  let m = /^Array<(.+)>$/.exec(type);
  if (m) {
    if (Array.isArray(value)) for (const [i, item] of value.entries()) await unknownFields(item, m[1], `${path}[${i}]`, errors);
    return;
  }
  m = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (m) {
    if (typeof value === "object") for (const [k, v] of Object.entries(value)) await unknownFields(v, m[1], `${path}.${k}`, errors);
    return;
  }
  const map = await typeMap(type);
  if (!map || typeof value !== "object" || Array.isArray(value)) return; // a primitive, IntOrString, Date, any
  const fields = new Map(map.map((a) => [a.baseName, a.type]));
  for (const [key, child] of Object.entries(value)) {
    if (!fields.has(key)) {
      errors.push(`${path}.${key}: unknown field (${type} has ${[...fields.keys()].join(", ")})`);
    } else {
      await unknownFields(child, fields.get(key), `${path}.${key}`, errors);
    }
  }
}

async function validate(object) {
  const { apiVersion, kind } = object ?? {};
  if (typeof apiVersion !== "string" || typeof kind !== "string") return ["no apiVersion or kind"];
  const crd = crdValidators.get(`${apiVersion}/${kind}`);
  if (crd) {
    return crd(object) ? [] : crd.errors.map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
  }
  let Model;
  try {
    Model = (await import(modelsPath(apiVersion, kind)))[kind];
  } catch {
    Model = undefined;
  }
  if (!Model) return [`${apiVersion} ${kind}: no schema (not a Kubernetes kind, and not in crd-schemas/)`];
  const errors = [];
  try {
    new Model(object).validate();
  } catch (e) {
    errors.push(String(e.message ?? e));
  }
  const className = clientClassName(apiVersion, kind);
  if (!(await typeMap(className))) return [...errors, `${apiVersion} ${kind}: no field list for ${className}`];
  await unknownFields(object, className, "", errors);
  return errors;
}

async function main() {
  const inputs = process.argv.length > 2 ? process.argv.slice(2).map((f) => [f, readFileSync(f, "utf8")]) : [["stdin", readFileSync(0, "utf8")]];
  let objects = 0;
  let failures = 0;
  for (const [source, text] of inputs) {
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length) {
        console.error(`${source}: YAML error: ${doc.errors[0].message}`);
        failures++;
        continue;
      }
      const object = doc.toJS();
      if (object === null) continue;
      objects++;
      const errors = await validate(object);
      if (errors.length) {
        failures++;
        console.error(`${source}: ${object.kind ?? "?"} ${object.metadata?.name ?? "?"}:`);
        for (const e of errors) console.error(`  ${e}`);
      }
    }
  }
  if (objects === 0) {
    console.error("no objects to validate");
    process.exit(1);
  }
  console.log(`${objects - failures} valid, ${failures} invalid Kubernetes objects`);
  process.exit(failures ? 1 : 0);
}

await main();
