#!/bin/sh
# The largest holders of a running server's live heap (docs/performance.md, "Start and memory"):
# dumps the heap of the JVM with this PID and names what keeps the most of it reachable.
# Usage: ear/src/bench/heap-holders.sh PID [count]
set -eu
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work="$repo/ear/target/heap-holders"
mkdir -p "$work"
mvn -q -B dependency:copy -Dartifact=org.netbeans.modules:org-netbeans-lib-profiler:RELEASE250 \
  -DoutputDirectory="$work"
rm -f "$work/heap.hprof"
jcmd "$1" GC.heap_dump "$work/heap.hprof" > /dev/null
java -Xmx4g -cp "$work/org-netbeans-lib-profiler-RELEASE250.jar" \
  "$repo/ear/src/bench/HeapHolders.java" "$work/heap.hprof" "${2:-15}" 2> /dev/null
