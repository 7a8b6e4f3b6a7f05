#!/usr/bin/env python3
"""Structural policy checks of the production deployment (run by deploy/checks.sh, no cluster needed).

usage: policy.py <repo-root> <rendered compose config (yaml)> <rendered k8s objects (json)>...
Prints one line per violation and exits 1 if there is any.
"""
import json
import re
import sys
from pathlib import Path

import yaml

errors = []


def fail(msg):
    errors.append(msg)


# --- sources of truth ---------------------------------------------------------------------------------------
def contract_topics(root):
    text = (root / "contracts/src/main/java/vn/hotline1022/contracts/Topics.java").read_text(encoding="utf-8")
    return set(re.findall(r'static final String [A-Z_]+ = "(hotline\.[a-z.-]+\.v\d+)"', text))


def catalogue(root):
    rows = {}
    for line in (root / "deploy/kafka-topics.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            topic, parts, days, cleanup, dlt = line.split("\t")
            rows[topic] = (int(parts), dlt == "yes")
    return rows


def units(root):
    lines = (root / "deploy/units.txt").read_text(encoding="utf-8").splitlines()
    return [u.strip() for u in lines if u.strip() and not u.startswith("#")]


def check_sources(root):
    topics, cat, unit_codes = contract_topics(root), catalogue(root), units(root)
    if not topics:
        fail("Topics.java: no topic constants found (parser out of date?)")
    for t in sorted(topics - set(cat)):
        fail(f"deploy/kafka-topics.tsv: topic {t} of Topics.java is missing")
    for t in sorted(set(cat) - topics):
        fail(f"deploy/kafka-topics.tsv: {t} is not in Topics.java")
    for u in unit_codes:
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", u):
            fail(f"deploy/units.txt: bad unit code {u}")
    directory = root / "routing-service/src/main/resources/directory/units.json"
    if directory.exists():
        codes = {u["code"] for u in json.loads(directory.read_text(encoding="utf-8"))}
        for c in sorted(codes - set(unit_codes)):
            fail(f"deploy/units.txt: unit {c} of routing's directory has no escalation topic")
    return cat, unit_codes


# --- compose --------------------------------------------------------------------------------------------------
def check_compose(compose, cat):
    services = compose.get("services", {})
    for name in ["kafka-1", "kafka-2", "kafka-3", "mongo-1", "mongo-2", "mongo-3", "topic-init", "mongo-init",
                 "prometheus", "grafana", "gateway", "call-intake-service", "knowledge-service",
                 "routing-service", "reporting-service"]:
        if name not in services:
            fail(f"compose: service {name} missing")
    apps = ["gateway", "call-intake-service", "knowledge-service", "routing-service", "reporting-service"]
    for name, svc in services.items():
        one_shot = name.endswith("-init")
        if not one_shot and svc.get("restart") not in ("unless-stopped", "always"):
            fail(f"compose: {name} has no restart policy")
        if not one_shot and "healthcheck" not in svc:
            fail(f"compose: {name} has no healthcheck")
        for port in svc.get("ports", []):
            published = port if isinstance(port, str) else f"{port.get('host_ip', '')}:{port.get('published')}"
            if name != "gateway" and not str(published).startswith("127.0.0.1:"):
                fail(f"compose: {name} publishes {published} beyond localhost (only the gateway is exposed)")
    for name in apps:
        svc = services.get(name, {})
        env = svc.get("environment", {})
        test = " ".join(svc.get("healthcheck", {}).get("test", []))
        if "/actuator/health/readiness" not in test and "/actuator/health/liveness" not in test:
            fail(f"compose: {name} healthcheck does not use the health groups")
        uri = env.get("MONGODB_URI", "")
        for part in ("replicaSet=rs0", "w=majority", "retryWrites=true"):
            if part not in uri:
                fail(f"compose: {name} MONGODB_URI lacks {part}")
        if name != "gateway" and env.get("KAFKA_BOOTSTRAP_SERVERS", "").count("kafka-") != 3:
            fail(f"compose: {name} KAFKA_BOOTSTRAP_SERVERS should list the 3 brokers")
    for name in ["call-intake-service", "knowledge-service"]:
        if services.get(name, {}).get("deploy", {}).get("replicas", 1) < 2:
            fail(f"compose: {name} should run 2 replicas")
    gw = services.get("gateway", {}).get("environment", {})
    for var in ["CALL_INTAKE_URL", "KNOWLEDGE_URL", "ROUTING_URL", "REPORTING_URL"]:
        if var not in gw:
            fail(f"compose: gateway lacks {var}")
    for i in (1, 2, 3):
        env = services.get(f"kafka-{i}", {}).get("environment", {})
        if str(env.get("KAFKA_MIN_INSYNC_REPLICAS")) != "2" or str(env.get("KAFKA_DEFAULT_REPLICATION_FACTOR")) != "3":
            fail(f"compose: kafka-{i} must default to RF=3 and min.insync.replicas=2")


# --- kubernetes -----------------------------------------------------------------------------------------------
CONTAINER_KEYS = {"name", "image", "imagePullPolicy", "command", "args", "workingDir", "ports", "env", "envFrom",
                  "resources", "volumeMounts", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle",
                  "securityContext", "terminationMessagePath", "terminationMessagePolicy", "stdin", "tty",
                  "volumeDevices", "resizePolicy", "restartPolicy"}
PROBE_KEYS = {"httpGet", "tcpSocket", "exec", "grpc", "initialDelaySeconds", "periodSeconds", "timeoutSeconds",
              "failureThreshold", "successThreshold", "terminationGracePeriodSeconds"}
SECRETISH = re.compile(r"(URI|SECRET|PASSWORD|JAAS|TOKEN|KEY)$")
KAFKA_OPS = {"Read", "Write", "Create", "Delete", "Alter", "Describe", "ClusterAction", "AlterConfigs",
             "DescribeConfigs", "IdempotentWrite", "All"}


def labels_match(selector, labels):
    return all(labels.get(k) == v for k, v in (selector or {}).items())


def check_deployment(d, by_kind, cfg):
    name = d["metadata"]["name"]
    pod = d["spec"]["template"]
    spec = pod["spec"]
    ann = pod["metadata"].get("annotations", {})
    if not spec.get("securityContext", {}).get("runAsNonRoot"):
        fail(f"k8s: Deployment {name} must run as non-root")
    for c in spec["containers"]:
        cid = f"k8s: Deployment {name} container {c['name']}"
        for k in set(c) - CONTAINER_KEYS:
            fail(f"{cid}: unknown field {k}")
        for probe, path in (("livenessProbe", "/actuator/health/liveness"),
                            ("readinessProbe", "/actuator/health/readiness")):
            p = c.get(probe)
            if not p:
                fail(f"{cid}: no {probe}")
                continue
            for k in set(p) - PROBE_KEYS:
                fail(f"{cid}: {probe} unknown field {k}")
            if p.get("httpGet", {}).get("path") != path:
                fail(f"{cid}: {probe} must GET {path}")
        res = c.get("resources", {})
        for k in ("cpu", "memory"):
            if k not in res.get("requests", {}):
                fail(f"{cid}: no {k} request")
        if "memory" not in res.get("limits", {}):
            fail(f"{cid}: no memory limit")
        ports = [p["containerPort"] for p in c.get("ports", [])]
        if ann.get("prometheus.io/scrape") != "true" or int(ann.get("prometheus.io/port", 0)) not in ports:
            fail(f"{cid}: prometheus.io scrape annotations missing or on the wrong port")
        env = {e["name"]: e for e in c.get("env", [])}
        for e in env.values():
            if SECRETISH.search(e["name"]) and "value" in e:
                fail(f"{cid}: {e['name']} has a literal value; use secretKeyRef")
        if "secretKeyRef" not in env.get("MONGODB_URI", {}).get("valueFrom", {}):
            fail(f"{cid}: MONGODB_URI must come from a Secret (secretKeyRef)")
        refs = {r["configMapRef"]["name"] for r in c.get("envFrom", []) if "configMapRef" in r}
        visible = {k for n in refs for k in cfg.get(n, {})} | set(env)
        if name != "gateway" and "KAFKA_BOOTSTRAP_SERVERS" not in visible:
            fail(f"{cid}: KAFKA_BOOTSTRAP_SERVERS not configured")
        if name == "gateway":
            for var in ["CALL_INTAKE_URL", "KNOWLEDGE_URL", "ROUTING_URL", "REPORTING_URL"]:
                if var not in visible:
                    fail(f"{cid}: {var} not configured")
    labels = pod["metadata"]["labels"]
    if not any(labels_match(p["spec"]["selector"].get("matchLabels"), labels) for p in by_kind("PodDisruptionBudget")):
        fail(f"k8s: Deployment {name} has no PodDisruptionBudget")
    if not any(labels_match(s["spec"].get("selector"), labels) for s in by_kind("Service")):
        fail(f"k8s: Deployment {name} has no Service")


def check_network(objs, by_kind):
    nps = by_kind("NetworkPolicy")
    if not any(n["spec"].get("podSelector") == {} and set(n["spec"].get("policyTypes", [])) >= {"Ingress", "Egress"}
               and not n["spec"].get("ingress") and not n["spec"].get("egress") for n in nps):
        fail("k8s: no default-deny NetworkPolicy (podSelector {}, Ingress+Egress, no rules)")
    for n in nps:
        sel = n["spec"].get("podSelector", {}).get("matchLabels", {})
        for rule in n["spec"].get("ingress", []):
            if not rule.get("from") and sel != {"app.kubernetes.io/name": "gateway"}:
                fail(f"k8s: NetworkPolicy {n['metadata']['name']} opens pods other than the gateway to everyone")
    for ing in by_kind("Ingress"):
        for rule in ing["spec"].get("rules", []):
            for path in rule.get("http", {}).get("paths", []):
                if path["backend"]["service"]["name"] != "gateway":
                    fail(f"k8s: Ingress {ing['metadata']['name']} exposes {path['backend']['service']['name']}")
    for s in by_kind("Service"):
        if s["spec"].get("type", "ClusterIP") != "ClusterIP":
            fail(f"k8s: Service {s['metadata']['name']} is {s['spec']['type']}; only the Ingress is exposed")


def check_strimzi(by_kind, cat, unit_codes):
    topics = {t["spec"].get("topicName", t["metadata"]["name"]): t for t in by_kind("KafkaTopic")}
    for name, t in topics.items():
        s = t["spec"]
        if s.get("replicas") != 3 or s.get("config", {}).get("min.insync.replicas") != 2:
            fail(f"strimzi: KafkaTopic {name} must have replicas 3 and min.insync.replicas 2")
        if "strimzi.io/cluster" not in t["metadata"].get("labels", {}):
            fail(f"strimzi: KafkaTopic {name} has no strimzi.io/cluster label")
    for topic, (parts, dlt) in cat.items():
        if topic not in topics:
            fail(f"strimzi: no KafkaTopic for {topic}")
        elif topics[topic]["spec"]["partitions"] != parts:
            fail(f"strimzi: {topic} partitions differ from deploy/kafka-topics.tsv")
        if dlt and topics.get(topic + ".DLT", {}).get("spec", {}).get("partitions") != parts:
            fail(f"strimzi: {topic}.DLT missing or with a different partition count")
    for u in unit_codes:
        if f"hotline.escalations.{u}.v1" not in topics:
            fail(f"strimzi: no escalation topic for unit {u}")
    users = {u["metadata"]["name"]: u for u in by_kind("KafkaUser")}
    for user in users.values():
        for a in user["spec"].get("authorization", {}).get("acls", []):
            if set(a) - {"resource", "operations", "type", "host"} or set(a["resource"]) - {"type", "name", "patternType"}:
                fail(f"strimzi: KafkaUser {user['metadata']['name']} has an ACL with unknown fields")
            if not set(a.get("operations", [])) <= KAFKA_OPS or not a.get("operations"):
                fail(f"strimzi: KafkaUser {user['metadata']['name']} has bad operations {a.get('operations')}")
    for u in unit_codes:
        user = users.get("unit-" + u.lower().replace("_", "-"))
        if user is None:
            fail(f"strimzi: no KafkaUser for unit {u}")
            continue
        got = sorted((a["resource"]["type"], a["resource"]["name"], a["resource"].get("patternType", "literal"),
                      tuple(sorted(a["operations"]))) for a in user["spec"]["authorization"]["acls"])
        want = sorted([("topic", f"hotline.escalations.{u}.v1", "literal", ("Describe", "Read")),
                       ("group", f"unit-{u}-", "prefix", ("Read",)),
                       ("topic", "hotline.escalation-answers.v1", "literal", ("Describe", "Write"))])
        if got != want:
            fail(f"strimzi: KafkaUser of unit {u} must have exactly READ on its own topic, its groups and "
                 f"WRITE on hotline.escalation-answers.v1; has {got}")


def check_k8s(objs, cat, unit_codes):
    def by_kind(kind):
        return [o for o in objs if o.get("kind") == kind]

    for s in by_kind("Secret"):
        if s.get("data") or s.get("stringData"):
            fail(f"k8s: Secret {s['metadata']['name']} with values is committed; create it by hand instead")
    cfg = {c["metadata"]["name"]: c.get("data", {}) for c in by_kind("ConfigMap")}
    for name, data in cfg.items():
        for k, v in data.items():
            if re.search(r"(PASSWORD|SECRET|JAAS)", k) or re.search(r"://[^/\s]+:[^@/\s]+@", str(v)):
                fail(f"k8s: ConfigMap {name} key {k} looks like a secret")
    deployments = {d["metadata"]["name"]: d for d in by_kind("Deployment")}
    for name in ["gateway", "call-intake-service", "knowledge-service", "routing-service", "reporting-service"]:
        if name not in deployments:
            fail(f"k8s: Deployment {name} missing")
    for d in deployments.values():
        check_deployment(d, by_kind, cfg)
    hpas = {h["spec"]["scaleTargetRef"]["name"]: h for h in by_kind("HorizontalPodAutoscaler")}
    for name in ["gateway", "call-intake-service", "knowledge-service"]:
        if name not in hpas:
            fail(f"k8s: no HorizontalPodAutoscaler for {name}")
    max_parts = min(p for p, _ in cat.values() if p >= 6) if cat else 0
    for name, h in hpas.items():
        if name not in deployments:
            fail(f"k8s: HPA targets unknown Deployment {name}")
        if name != "gateway" and h["spec"]["maxReplicas"] > max_parts:
            fail(f"k8s: HPA {name} maxReplicas {h['spec']['maxReplicas']} exceeds the partitions of its topics")
    check_network(objs, by_kind)
    check_strimzi(by_kind, cat, unit_codes)
    if not by_kind("ServiceMonitor"):
        fail("k8s: no ServiceMonitor")


def check_runbook(root):
    """Every alert of deploy/prometheus/alerts.yml has a runbook entry (### <AlertName>) in docs/operations.md."""
    alerts = root / "deploy/prometheus/alerts.yml"
    if not alerts.exists():
        return
    doc = root / "docs/operations.md"
    headings = set(re.findall(r"^### (\w+)", doc.read_text(encoding="utf-8"), re.M)) if doc.exists() else set()
    for group in yaml.safe_load(alerts.read_text(encoding="utf-8")).get("groups", []):
        for rule in group.get("rules", []):
            if "alert" in rule and rule["alert"] not in headings:
                fail(f"docs/operations.md: no runbook entry '### {rule['alert']}' for alert {rule['alert']}")


def main():
    root = Path(sys.argv[1])
    cat, unit_codes = check_sources(root)
    check_runbook(root)
    check_compose(yaml.safe_load(Path(sys.argv[2]).read_text(encoding="utf-8")), cat)
    objs = [o for f in sys.argv[3:] for o in json.loads(Path(f).read_text(encoding="utf-8"))]
    check_k8s(objs, cat, unit_codes)
    for e in errors:
        print("POLICY " + e)
    kinds = {}
    for o in objs:
        kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
    print(f"policy: {len(objs)} k8s objects ({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))}), "
          f"{len(cat)} catalogue topics, {len(unit_codes)} units: {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
