#!/usr/bin/env bash
# Builds an OCI image archive per service with Jib, without a container engine or registry access:
#
#   deploy/images/build.sh [SERVICE...]        (default: every service with a deploy/k8s/base folder)
#
# Needs each service packaged first (./mvnw -B -ntp package -DskipTests, or -pl SERVICE -am). Settings:
#   IMAGE_REGISTRY  default registry.example.com/ipaccord  (image name: $IMAGE_REGISTRY/SERVICE:$IMAGE_TAG)
#   IMAGE_TAG       default the Maven project version
#   IMAGE_BASE      default tar://deploy/images/target/base-image.tar, built by build-base-image.sh if missing
# With the base image of build-base-image.sh, each image also gets the service's AppCDS archive
# (/deployments/app-cds.jsa), made here by that image's own Java runtime (target/base-runtime) from a copy of the
# service's quarkus-app, and the entrypoint uses it (-XX:SharedArchiveFile): faster to ready (bench/RESULTS.md,
# "Lean processes"). With another base (IMAGE_BASE), the image has no archive.
# Output: deploy/images/target/SERVICE/image.tar (+ image.digest, image.id). Load it with
# `docker load -i`/`podman load -i`, or push it with `skopeo copy oci-archive:image.tar docker://...`,
# `crane push image.tar ...`; or let Jib push directly: the same command with jib:build instead of jib:buildTar.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
services=("$@")
if [[ ${#services[@]} -eq 0 ]]; then
  for d in "$repo"/deploy/k8s/base/*/deployment.yaml; do services+=("$(basename "$(dirname "$d")")"); done
fi
base=${IMAGE_BASE:-tar://$here/target/base-image.tar}
if [[ $base == tar://* && ! -f ${base#tar://} ]]; then
  "$here/build-base-image.sh" "${base#tar://}"
fi
# Jib expects a compiled project; this one has nothing of its own to containerize.
mkdir -p "$here/target/classes"
args=(-B -ntp -f "$here/pom.xml" jib:buildTar "-Dimage.base=$base")
[[ -n ${IMAGE_REGISTRY:-} ]] && args+=("-Dimage.registry=$IMAGE_REGISTRY")
[[ -n ${IMAGE_TAG:-} ]] && args+=("-Dimage.tag=$IMAGE_TAG")
for service in "${services[@]}"; do
  app=$repo/$service/target/quarkus-app
  [[ -f $app/quarkus-run.jar ]] || { echo "$service is not packaged: run ./mvnw -B -ntp -pl $service -am package -DskipTests" >&2; exit 1; }
  port=$(sed -n 's/^quarkus\.http\.port=\s*//p' "$repo/$service/src/main/resources/application.properties")
  cds=()
  runtime=$here/target/base-runtime
  if [[ $base == "tar://$here/target/base-image.tar" && -x $runtime/bin/java ]]; then
    # The archive names the jars relative to the application's folder, which is /deployments in the image.
    stage=$here/target/$service/app
    rm -rf "$stage" && mkdir -p "$stage" && cp -a "$app/." "$stage/" && rm -f "$stage/app-cds.jsa"
    # The JVM checks each jar's size and modification time against the archive's: Jib stamps them 1 s after the epoch.
    find "$stage" -exec touch -h -d @1 {} +
    (cd "$stage" && "$runtime/bin/java" -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar) \
      >"$here/target/$service/appcds.log" 2>&1 && [[ -f $stage/app-cds.jsa ]] ||
      { echo "$service: could not make its AppCDS archive (see $here/target/$service/appcds.log)" >&2; exit 1; }
    cds=("-Dimage.app=$stage" "-Dimage.cds=-XX:SharedArchiveFile=/deployments/app-cds.jsa")
  fi
  "$repo/mvnw" "${args[@]}" "-Dimage.service=$service" "-Dimage.port=$port" "${cds[@]}"
  echo "$service: $here/target/$service/image.tar $(cat "$here/target/$service/image.digest")"
done
