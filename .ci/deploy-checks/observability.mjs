// Used by .ci/validate-observability: parses every YAML and JSON file of the compose observability profile and
// writes each Prometheus query of the Grafana dashboard as a recording rule into the file named by argv[2], with
// Grafana's variables replaced by plain values, so `promtool check rules` can parse them.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, extname } from "node:path";
import { parseAllDocuments, stringify } from "yaml";

const root = process.argv[2];
const rulesFile = process.argv[3];
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
})(root);
for (const path of files) {
  const text = readFileSync(path, "utf8");
  if ([".yaml", ".yml"].includes(extname(path))) {
    for (const doc of parseAllDocuments(text)) if (doc.errors.length) throw new Error(`${path}: ${doc.errors[0].message}`);
  } else if (extname(path) === ".json") {
    JSON.parse(text);
  }
}
console.log(`${files.length} observability files parse`);

const dashboard = JSON.parse(readFileSync(join(root, "grafana/dashboards/emporium-overview.json"), "utf8"));
const rules = dashboard.panels.flatMap((panel) =>
  (panel.targets ?? [])
    .filter((t) => t.datasource.type === "prometheus")
    .map((t) => ({
      record: `dashboard:panel${panel.id}:${t.refId}`,
      expr: t.expr.replaceAll("$__rate_interval", "1m").replaceAll("$service", ".+"),
    })),
);
if (rules.length === 0) throw new Error("no Prometheus queries in the dashboard");
writeFileSync(rulesFile, stringify({ groups: [{ name: "dashboard", rules }] }));
