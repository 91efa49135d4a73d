// Used by .ci/validate-deploy-coverage: every deployable the launcher knows (services.tsv) is in every deployment
// descriptor, so a new service cannot be forgotten in one of them (docs/adding-a-service.md, steps 6 and 7).
// Arguments: services.tsv, the compose file, prometheus.yml, the rendered prod overlay (YAML), the pending list.
import { readFileSync } from "node:fs";
import { parse, parseAllDocuments } from "yaml";

const [tsv, composeFile, prometheusFile, prodFile, pendingFile] = process.argv.slice(2);
const pending = new Set(
  readFileSync(pendingFile, "utf8").split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean),
);
const deployables = readFileSync(tsv, "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => {
    const [name, , , needs] = line.trim().split(/\s+/);
    return { name, db: needs.split(",").includes("db") };
  });

const compose = parse(readFileSync(composeFile, "utf8"));
const targets = parse(readFileSync(prometheusFile, "utf8")).scrape_configs.flatMap((c) =>
  (c.static_configs ?? []).flatMap((s) => s.targets),
);
const prod = parseAllDocuments(readFileSync(prodFile, "utf8")).map((d) => d.toJS()).filter(Boolean);
const has = (kind, name) => prod.some((o) => o.kind === kind && o.metadata?.name === name);
const denyList = prod.find((o) => o.kind === "NetworkPolicy" && o.metadata.name === "emporium-default-deny")
  ?.spec.podSelector.matchExpressions[0].values ?? [];
const images = prod
  .filter((o) => o.kind === "Deployment")
  .map((o) => o.spec.template.spec.containers[0].image);

const problems = [];
let checked = 0;
for (const { name, db } of deployables) {
  if (pending.has(name)) {
    console.log(`${name}: listed as pending in ${pendingFile}, not checked`);
    continue;
  }
  checked++;
  const missing = [];
  if (!compose.services[name]) missing.push(`compose service ${name}`);
  if (db && !compose.services[`${name}-db`]) missing.push(`compose service ${name}-db`);
  if (name !== "gateway" && !compose.services.gateway?.depends_on?.[name]) missing.push(`the compose gateway's depends_on ${name}`);
  if (!targets.includes(`${name}:${name === "gateway" ? 8081 : 8080}`)) missing.push(`a Prometheus target ${name}`);
  for (const kind of ["Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy"]) {
    if (!has(kind, name)) missing.push(`Kubernetes ${kind} ${name}`);
  }
  if (!denyList.includes(name)) missing.push(`${name} in NetworkPolicy emporium-default-deny`);
  if (!images.some((i) => i.startsWith(`emporium/${name}:`) && !i.endsWith(":dev"))) missing.push(`a pinned prod image emporium/${name}`);
  if (db && !has("Cluster", `${name}-db`)) missing.push(`CloudNativePG Cluster ${name}-db`);
  if (db && !has("ScheduledBackup", `${name}-db-nightly`)) missing.push(`ScheduledBackup ${name}-db-nightly`);
  if (missing.length) problems.push(`${name}: missing ${missing.join(", ")}`);
}
for (const p of problems) console.error(p);
console.log(`${checked - problems.length} of ${checked} deployables in every descriptor`);
process.exit(problems.length ? 1 : 0);
