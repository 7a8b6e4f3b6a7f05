// Validates Kubernetes objects against the Kubernetes OpenAPI schemas (via kubernetes-models: types,
// required fields, enums, formats). Input: JSON files, each an array of objects (deploy/checks.sh renders the
// kustomizations and converts them). Objects of CRDs without a model here (Strimzi, MongoDB operator) are
// reported as skipped; deploy/checks/k8s_policy.py checks those structurally.
import { readFileSync } from "node:fs";

const MODELS = {
  "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1",
};

async function modelFor(apiVersion, kind) {
  const base = MODELS[apiVersion] ?? `kubernetes-models/${apiVersion}`;
  try {
    const mod = await import(`${base}/${kind}`);
    return mod[kind] ?? mod.default;
  } catch {
    return null;
  }
}

let failures = 0, validated = 0, skipped = 0;
for (const file of process.argv.slice(2)) {
  for (const obj of JSON.parse(readFileSync(file, "utf8"))) {
    const id = `${file}: ${obj.kind}/${obj.metadata?.name}`;
    const Model = await modelFor(obj.apiVersion, obj.kind);
    if (!Model) { skipped++; continue; }
    try {
      new Model(obj).validate();
      validated++;
    } catch (e) {
      failures++;
      console.error(`INVALID ${id}: ${e.message}`);
    }
  }
}
console.log(`k8s schema: ${validated} valid, ${failures} invalid, ${skipped} without a schema model (checked by policy)`);
process.exit(failures ? 1 : 0);
