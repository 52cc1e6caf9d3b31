#!/usr/bin/env bash
# Starts a service from its OCI image archive without a container engine, the way a restricted pod runs it:
# the image's layers unpacked, a read-only root, a tmpfs /tmp, uid/gid from the image config, its own network
# namespace (loopback only), then checks /q/health/started, /live and /q/metrics. Needs root (unshare, chroot).
#
#   deploy/images/smoke-test.sh SERVICE [NAME=VALUE...]     e.g. smoke-test.sh gateway
#
# Extra NAME=VALUE pairs become environment variables (backends are not reachable: readiness may be DOWN).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
service=${1:?usage: smoke-test.sh SERVICE [NAME=VALUE...]}
shift
archive=$here/target/$service/image.tar
[[ -f $archive ]] || { echo "no $archive: run deploy/images/build.sh $service" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/oci" "$work/root"
tar -xf "$archive" -C "$work/oci"
# manifest -> layers in order, config -> entrypoint, user, env, port
read -r -a facts < <(python3 - "$work/oci" <<'PY'
import json, sys, os
oci = sys.argv[1]
blob = lambda d: os.path.join(oci, "blobs", *d.split(":"))
index = json.load(open(os.path.join(oci, "index.json")))
manifest = json.load(open(blob(index["manifests"][0]["digest"])))
config = json.load(open(blob(manifest["config"]["digest"])))["config"]
port = next(iter(config.get("ExposedPorts", {"8080/tcp": {}}))).split("/")[0]
print(config["User"], port, ",".join(blob(l["digest"]) for l in manifest["layers"]))
PY
)
user=${facts[0]} port=${facts[1]}
IFS=, read -r -a layers <<< "${facts[2]}"
for layer in "${layers[@]}"; do tar -xzf "$layer" -C "$work/root" --warning=no-unknown-keyword; done
mkdir -p "$work/root/proc" "$work/root/tmp"
entry=$(python3 -c 'import json,sys,os;o=sys.argv[1];b=lambda d:os.path.join(o,"blobs",*d.split(":"));m=json.load(open(b(json.load(open(o+"/index.json"))["manifests"][0]["digest"])));c=json.load(open(b(m["config"]["digest"])))["config"];print(" ".join(c["Entrypoint"]));print("\n".join(c.get("Env",[])),file=open(o+"/env","w"))' "$work/oci")
mapfile -t env < "$work/oci/env"
env+=("JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError" "$@")

unshare --mount --pid --net --fork bash -s "$work/root" "$user" "$port" "$entry" "${env[@]}" <<'SH'
set -euo pipefail
root=$1 user=$2 port=$3 entry=$4
shift 4
ip link set lo up
mount --bind "$root" "$root" && mount -o remount,bind,ro "$root"
mount -t proc proc "$root/proc"
mount -t tmpfs -o size=64m,mode=1777 tmpfs "$root/tmp"
# shellcheck disable=SC2086
env -i "$@" /usr/sbin/chroot --userspec="$user" "$root" $entry > "$root/../service.log" 2>&1 &
pid=$!
status=1
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/q/health/started" >/dev/null 2>&1; then status=0; break; fi
  kill -0 $pid 2>/dev/null || break
  sleep 1
done
for probe in started live ready; do
  echo "/q/health/$probe: HTTP $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/$probe")"
done
echo "/q/metrics: $(curl -s "http://127.0.0.1:$port/q/metrics" | grep -vc '^#') samples"
grep -m1 ' started in ' "$root/../service.log" || tail -20 "$root/../service.log"
kill -TERM $pid 2>/dev/null; wait $pid || true
grep -m1 -E 'stopped in' "$root/../service.log" || true
exit $status
SH
