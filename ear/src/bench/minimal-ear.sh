#!/bin/sh
# The floor of the stack: a minimal EAR (one entity, one Faces page, one JAX-RS resource, as
# ear/src/bench/floor holds them) put in place of the service's EAR in a copy of the shipped server.
# Usage: ear/src/bench/minimal-ear.sh SHIPPED_SERVER_HOME TARGET_HOME
set -eu
floor=$(cd "$(dirname "$0")/floor" && pwd)
shipped=$1
target=$2
work=$(mktemp -d)
mvn -q -B dependency:copy -Dartifact=jakarta.platform:jakarta.jakartaee-api:10.0.0 -DoutputDirectory="$work"
api="$work/jakarta.jakartaee-api-10.0.0.jar"
mkdir -p "$work/lib" "$work/api/WEB-INF/classes" "$work/web/WEB-INF/classes" "$work/ear/lib" "$work/ear/META-INF"
javac --release 17 -nowarn -cp "$api" -d "$work/lib" "$floor"/lib/floor/*.java
cp -r "$floor/lib/META-INF" "$work/lib/"
jar cf "$work/ear/lib/floor-lib.jar" -C "$work/lib" .
javac --release 17 -cp "$api:$work/lib" -d "$work/api/WEB-INF/classes" "$floor"/api/floor/api/*.java
jar cf "$work/ear/floor-api.war" -C "$work/api" .
javac --release 17 -cp "$api:$work/lib" -d "$work/web/WEB-INF/classes" "$floor"/web/floor/web/*.java
cp -r "$floor/web/index.xhtml" "$floor/web/WEB-INF" "$work/web/"
jar cf "$work/ear/floor-web.war" -C "$work/web" .
cp "$floor/META-INF/application.xml" "$work/ear/META-INF/"
jar cf "$work/floor.ear" -C "$work/ear" .
# In place of the service's EAR: managed content named by its SHA-1, as the shipped server's is.
rm -rf "$target" && cp -a "$shipped" "$target"
rm -rf "$target/standalone/data/content" "$target/standalone/data/class-archive"
sha=$(sha1sum "$work/floor.ear" | cut -c1-40)
content="$target/standalone/data/content/$(echo "$sha" | cut -c1-2)/$(echo "$sha" | cut -c3-)"
mkdir -p "$content" && cp "$work/floor.ear" "$content/content"
sed -i "s#<deployment name=\"phone-binding.ear\" runtime-name=\"phone-binding.ear\">#<deployment name=\"floor.ear\" runtime-name=\"floor.ear\">#; s#<content sha1=\"[0-9a-f]*\"/>#<content sha1=\"$sha\"/>#" \
  "$target/standalone/configuration/standalone.xml"
rm -rf "$work"
