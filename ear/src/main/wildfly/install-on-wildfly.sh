#!/bin/sh
# Installs the phone-binding service onto an existing, stopped WildFly 39, in its
# standalone-microprofile.xml configuration (PHONEBIND_SERVER_CONFIG names another):
#
#   ./install-on-wildfly.sh /opt/wildfly [/path/to/postgresql-42.x.jar]
#
# With a PostgreSQL JDBC driver it is installed as module org.postgresql (driver "postgresql").
# Then start the server with: bin/standalone.sh -c standalone-microprofile.xml -b 0.0.0.0
set -eu
kit=$(cd "$(dirname "$0")" && pwd)
home=${1:?usage: install-on-wildfly.sh WILDFLY_HOME [postgresql.jar]}
driver=${2:-}
config=${PHONEBIND_SERVER_CONFIG:-standalone-microprofile.xml}
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=$config --std-out=echo"
  if [ -n "$driver" ]; then
    echo "module add --name=org.postgresql --resources=$driver --dependencies=java.sql,jakarta.transaction.api"
    echo "/subsystem=datasources/jdbc-driver=postgresql:add(driver-module-name=org.postgresql, driver-xa-datasource-class-name=org.postgresql.xa.PGXADataSource)"
  fi
  cat "$kit/prepare-stock-server.cli"
  cat "$kit/configure-server.cli"
  echo "deploy $kit/phone-binding.ear"
  echo "stop-embedded-server"
} > "$script"
sh "$home/bin/jboss-cli.sh" --file="$script"
