#!/usr/bin/env bash
# Validates the monitoring configuration: scrape config, alert rules, and the rules' unit tests.
# Usage: deploy/prometheus/check.sh   (installs Debian's prometheus package for promtool if it is missing)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v promtool >/dev/null; then
  echo "[prometheus] promtool missing: installing Debian package prometheus"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq prometheus >/dev/null
fi

promtool check config prometheus.yml
promtool check rules alerts.yml
promtool test rules tests/*.yml
echo "[prometheus] config, rules and rule tests OK"
