#!/bin/sh
# Makes an access key for the operator's desk (Authing's ManagementClient, the support page):
#   bin/access-key.sh NAME read|write
# prints its id and secret (give them to the operator; the secret is not kept anywhere) and the
# entry to add to PHONEBIND_MANAGEMENT_ACCESS_KEYS (comma-separated), which holds only the
# secret's SHA-256. A running server makes keys without a restart through create-access-key.
set -eu
name="${1:-}"
scope="${2:-}"
case "$name" in
  '' | *[!A-Za-z0-9._-]*) echo "usage: $0 NAME read|write (NAME: letters, digits, . _ -)" >&2; exit 2 ;;
esac
case "$scope" in
  read | write) ;;
  *) echo "usage: $0 NAME read|write" >&2; exit 2 ;;
esac
random() { head -c "$1" /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }
id="k_$(random 15)"
secret="$(random 32)"
hash=$(printf '%s' "$secret" | sha256sum | cut -d ' ' -f 1)
echo "accessKeyId:     $id"
echo "accessKeySecret: $secret"
echo "setting entry:   $name:$scope:$id:$hash"
