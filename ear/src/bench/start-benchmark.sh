#!/bin/sh
# Start time and memory of the shipped server beside Keycloak 26.4.7 (docs/performance.md, "Start and memory").
# Needs the build's tar.gz (mvn -pl ear -am package -DskipTests) and Keycloak's distribution from
# Maven Central; runs Keycloak on the Temurin 25 JDK. Usage: ear/src/bench/start-benchmark.sh [rounds]
set -eu
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work="$repo/ear/target/start-bench"
java25=${JAVA25_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}
rm -rf "$work" && mkdir -p "$work"
tar xzf "$repo"/ear/target/phone-binding-server-*.tar.gz -C "$work"
# The bare runtime: the same provisioned WildFly with no deployment, for what the EAR adds.
cp -a "$work/phone-binding-server" "$work/bare-runtime"
sed -i '/<deployments>/,/<\/deployments>/d' "$work/bare-runtime/standalone/configuration/standalone.xml"
# The floor of the stack: the same WildFly with a minimal EAR.
sh "$repo/ear/src/bench/minimal-ear.sh" "$work/phone-binding-server" "$work/minimal-ear"
mvn -q -B dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:26.4.7:zip -DoutputDirectory="$work"
(cd "$work" && unzip -q keycloak-quarkus-dist-26.4.7.zip)
java "$repo/ear/src/bench/StartBenchmark.java" "$work/phone-binding-server" "$work/keycloak-26.4.7" "$java25" "${1:-3}" "$work/bare-runtime" "$work/minimal-ear"
