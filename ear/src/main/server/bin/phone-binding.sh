#!/bin/sh
# Starts the phone-binding service: this WildFly with the EAR deployed at boot, listening on all
# interfaces. Settings are PHONEBIND_* environment variables (README, "Configuration"); arguments
# go to standalone.sh (for example -Djboss.socket.binding.port-offset=100).
home=$(cd "$(dirname "$0")/.." && pwd)
# Heap and collector sized for a small service (README, "Start and memory"): the serial collector
# and a 256 MB ceiling hold about 150 MB less than WildFly's default G1 with 512 MB. Set
# JBOSS_JAVA_SIZING (or JAVA_OPTS, which replaces every default) to choose others.
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms32m -Xmx256m -XX:+UseSerialGC}"
exec "$home/bin/standalone.sh" -b "${PHONEBIND_BIND_ADDRESS:-0.0.0.0}" "$@"
