#!/usr/bin/env bash
# Checks of the production deployment that need no Docker engine and no cluster (called from .ci/run):
#   a) yamllint of every YAML file under deploy/ and docs/asyncapi.yaml (deploy/.yamllint)
#   b) the compose file: `docker compose config` (or Debian's docker-compose) + shell/JS syntax of its init steps
#   c) Kubernetes: kustomize build of deploy/k8s/*, generated Strimzi files up to date, OpenAPI schema validation
#      (kubernetes-models), and structural policy (probes, resources, secrets, HPA/PDB, NetworkPolicies, ACLs)
#   d) deploy/prometheus/check.sh (promtool), when present
# Non-interactive, installs what it needs with apt-get/npm, exits non-zero on the first failing check.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SECONDS=0
PASSED=()
say() { printf '[checks] %s\n' "$*"; }
ok() { PASSED+=("$1"); say "OK   $1"; }

# ---- tools -------------------------------------------------------------------------------------------------------
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
have_compose() { docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null; }
missing=()
command -v yamllint >/dev/null || missing+=(yamllint)
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import yaml' 2>/dev/null || missing+=(python3 python3-yaml)
have_compose || missing+=(docker-compose)
command -v npm >/dev/null || missing+=(nodejs npm)
if ((${#missing[@]})); then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=180 "${missing[@]}" >/dev/null
fi
PY=/usr/bin/python3

# ---- a) YAML lint ------------------------------------------------------------------------------------------------
mapfile -t yamls < <(find deploy -type f \( -name '*.yml' -o -name '*.yaml' \) \
  -not -path '*/target/*' -not -path '*/node_modules/*' | sort)
yamllint -c deploy/.yamllint -f parsable "${yamls[@]}" docs/asyncapi.yaml
ok "yamllint: $((${#yamls[@]} + 1)) files"

# ---- b) compose --------------------------------------------------------------------------------------------------
COMPOSE_FILE=deploy/compose/docker-compose.yml
# the required secrets only need a value to render; nothing is started
export HOTLINE_JWT_SECRET=checks-only GRAFANA_ADMIN_PASSWORD=checks-only
if docker compose version >/dev/null 2>&1; then
  docker compose -f "$COMPOSE_FILE" config >"$WORK/compose.yml"
  tool="docker compose"
else
  docker-compose -f "$COMPOSE_FILE" config >"$WORK/compose.yml"
  tool="docker-compose $(docker-compose version --short)"
fi
bash -n deploy/compose/kafka/create-topics.sh
node --check deploy/compose/mongo/init-replica-set.js
for mount in deploy/compose/kafka/create-topics.sh deploy/kafka-topics.tsv deploy/units.txt \
  deploy/compose/mongo/init-replica-set.js deploy/compose/prometheus/prometheus.yml; do
  [ -f "$mount" ] || { say "compose mounts missing file $mount"; exit 1; }
done
# the repo's rules and dashboards are mounted from deploy/prometheus and deploy/grafana
if [ -d deploy/prometheus ] && [ ! -f deploy/prometheus/alerts.yml ]; then
  say "compose Prometheus loads deploy/prometheus/alerts.yml, which is missing"; exit 1
fi
ok "compose config ($tool), init scripts parse"

# ---- c) Kubernetes -----------------------------------------------------------------------------------------------
$PY deploy/k8s/kafka/generate.py --check
k8s_json=()
for dir in deploy/k8s/*/; do
  [ -f "$dir/kustomization.yaml" ] || continue
  name=$(basename "$dir")
  if command -v kubectl >/dev/null; then
    kubectl kustomize "$dir" >"$WORK/k8s-$name.yaml"
  else  # no kubectl: the resources listed in the kustomization, as they are
    $PY -c 'import sys,yaml,pathlib; d=pathlib.Path(sys.argv[1]); k=yaml.safe_load((d/"kustomization.yaml").read_text())
print("\n---\n".join((d/r).read_text() for r in k["resources"]))' "$dir" >"$WORK/k8s-$name.yaml"
  fi
  $PY -c 'import sys,yaml,json; json.dump([d for d in yaml.safe_load_all(open(sys.argv[1])) if d], open(sys.argv[2],"w"))' \
    "$WORK/k8s-$name.yaml" "$WORK/k8s-$name.json"
  k8s_json+=("$WORK/k8s-$name.json")
done
ok "kustomize build: ${#k8s_json[@]} kustomizations; Strimzi files up to date"

NODE_DIR=${HOTLINE_CHECKS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hotline-1022-deploy-checks}
mkdir -p "$NODE_DIR"
if ! cmp -s deploy/checks/package.json "$NODE_DIR/package.json" || [ ! -d "$NODE_DIR/node_modules/kubernetes-models" ]; then
  cp deploy/checks/package.json "$NODE_DIR/package.json"
  (cd "$NODE_DIR" && { npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1 ||
    npm install --no-audit --no-fund --loglevel=error >/dev/null; })
fi
cp deploy/checks/validate-k8s.mjs "$NODE_DIR/validate-k8s.mjs"
node "$NODE_DIR/validate-k8s.mjs" "${k8s_json[@]}"
ok "k8s OpenAPI schema validation"

$PY deploy/checks/policy.py "$ROOT" "$WORK/compose.yml" "${k8s_json[@]}"
ok "deployment policy (compose + k8s + Strimzi ACLs)"

# ---- d) Prometheus rules -----------------------------------------------------------------------------------------
if [ -f deploy/prometheus/check.sh ]; then
  bash deploy/prometheus/check.sh
  ok "deploy/prometheus/check.sh"
else
  say "SKIP deploy/prometheus/check.sh (not present)"
fi

say "all ${#PASSED[@]} deploy checks OK in ${SECONDS}s"
