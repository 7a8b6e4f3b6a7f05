#!/usr/bin/env bash
# Runs the load generator (deploy/system-tests' bench.ShiftLoad) with plain java, so a drill or a soak does not keep
# a Maven build running for its whole length. The first run builds the test classes and writes the classpath (under
# the build lock, like every Maven command on this machine). Arguments go to ShiftLoad, e.g.
#   deploy/local/bench.sh --operators 20 --rate 20 --seconds 40 --warmup 20 [--targets gateway] [--monitor 60]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
MOD=deploy/system-tests
CP=$MOD/target/bench.classpath
if [ ! -f "$CP" ] || [ ! -d "$MOD/target/test-classes/vn/hotline1022/system/bench" ] \
   || [ -n "$(find "$MOD/src/test/java/vn/hotline1022/system/bench" -newer "$CP" -type f -print -quit)" ]; then
  flock /tmp/mvn.lock mvn -B -q -o -pl "$MOD" -am -DskipTests test-compile >&2
  flock /tmp/mvn.lock mvn -B -q -o -pl "$MOD" exec:exec -Dexec.classpathScope=test -Dexec.executable=sh \
    -Dexec.args="-c 'echo %classpath > target/bench.classpath'" >&2
fi
[ "${1:-}" = --build-only ] && exit 0
exec java -Xmx512m -cp "$MOD/target/test-classes:$(cat "$CP")" vn.hotline1022.system.bench.ShiftLoad "$@"
