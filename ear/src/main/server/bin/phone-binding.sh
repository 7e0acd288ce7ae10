#!/bin/sh
# Starts the phone-binding service: this WildFly with the EAR deployed at boot, listening on all
# interfaces. Settings are PHONEBIND_* environment variables (docs/configuration.md); arguments
# go to standalone.sh (for example -Djboss.socket.binding.port-offset=100).
home=$(cd "$(dirname "$0")/.." && pwd)
# Heap and collector sized for a small service (docs/performance.md, "Start and memory"): the serial collector
# and a 256 MB ceiling hold about 150 MB less than WildFly's default G1 with 512 MB. Set
# JBOSS_JAVA_SIZING (or JAVA_OPTS, which replaces every default) to choose others.
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms32m -Xmx256m -XX:+UseSerialGC}"

# Class-data sharing: the first start with this JDK in this directory records, when it stops, the
# classes it loaded; later starts map them instead of parsing them again. An archive fits only
# the JDK build and the directory it was made with (JDK 17 does not relocate one), so its name
# is a checksum of both and a copied or upgraded server makes a new one.
if [ "${PHONEBIND_CLASS_ARCHIVE:-true}" = "true" ]; then
  java=$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java" || true)
  if [ -n "$java" ]; then
    java=$(readlink -f "$java")
    key=$(printf '%s %s %s' "$java" "$(stat -c %Y "$java")" "$home" | cksum | cut -d ' ' -f 1)
    archives="$home/standalone/data/class-archive"
    archive="$archives/$key.jsa"
    if [ -s "$archive" ]; then
      sharing="-XX:SharedArchiveFile=$archive"
    else
      rm -rf "$archives" && mkdir -p "$archives"
      sharing="-XX:ArchiveClassesAtExit=$archive"
    fi
    export PREPEND_JAVA_OPTS="${PREPEND_JAVA_OPTS:+$PREPEND_JAVA_OPTS }$sharing"
  fi
fi

# Stopping: standalone.sh runs the JVM as its child and passes SIGTERM and SIGINT on to it (without
# this it would exit alone and leave the JVM running). The JVM then drains before it stops:
# readiness goes down at once, it keeps answering for PHONEBIND_DRAIN_SECONDS so that a load
# balancer takes it out, then suspends (anything new gets 503), lets requests in flight finish for
# up to as long again, and stops.
export LAUNCH_JBOSS_IN_BACKGROUND=1
drain="${PHONEBIND_DRAIN_SECONDS:-5}"
exec "$home/bin/standalone.sh" -b "${PHONEBIND_BIND_ADDRESS:-0.0.0.0}" \
  -Dorg.wildfly.sigterm.suspend.timeout="$drain" -Dphonebind.drain-seconds="$drain" "$@"
