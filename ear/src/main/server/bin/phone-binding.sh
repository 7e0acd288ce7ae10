#!/bin/sh
# Starts the phone-binding service: this WildFly with the EAR deployed at boot, listening on all
# interfaces. Settings are PHONEBIND_* environment variables (README, "Configuration"); arguments
# go to standalone.sh (for example -Djboss.socket.binding.port-offset=100).
home=$(cd "$(dirname "$0")/.." && pwd)
exec "$home/bin/standalone.sh" -b "${PHONEBIND_BIND_ADDRESS:-0.0.0.0}" "$@"
