#!/usr/bin/env bash
# Builds the services' base image without a container engine or a registry: a Java runtime made with jlink
# from the local JDK, the shared libraries it needs copied from this machine, and a non-root user (185).
# Writes a "docker save" archive that Jib takes as its base (tar://...), reproducibly (fixed timestamps).
#
#   deploy/images/build-base-image.sh [OUTPUT.tar]      (default: deploy/images/target/base-image.tar)
#
# JAVA_HOME selects the JDK (it needs its jmods/ folder); the runtime gets java.se plus the JDK modules a
# Quarkus service uses (Unsafe, EC crypto, zip file system, DNS naming, JMX/JFR for diagnostics), and its class-data
# archive of the JDK's own classes (without one, a JVM loads them all from scratch at every start). A copy of the
# runtime stays next to the archive, in target/base-runtime/, so build.sh makes each service's AppCDS archive with
# exactly the JVM the image runs.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:-$here/target/base-image.tar}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[[ -d $java_home/jmods ]] || { echo "no jmods in $java_home: set JAVA_HOME to a full JDK" >&2; exit 1; }
version=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root/opt" "$root/etc" "$root/tmp" "$root/home/java" "$root/lib64"
chmod 1777 "$root/tmp"

"$java_home/bin/jlink" --output "$root/opt/java" \
  --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.naming.dns,jdk.management,jdk.jfr,jdk.localedata,jdk.charsets \
  --include-locales=en --strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive

# Shared libraries: the closure of what the JVM and its non-GUI native libraries link against.
gui='libawt_xawt|libsplashscreen|libjsound|libfontmanager|liblcms|libjavajpeg|libawt\.so'
mapfile -t objects < <(find "$root/opt/java" -name '*.so' | grep -Ev "/($gui)" ; echo "$root/opt/java/bin/java")
ldd "${objects[@]}" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$root" | sort -u | while read -r lib; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
interpreter=$(readelf -l "$root/opt/java/bin/java" | awk -F': ' '/interpreter/ {print $2}' | tr -d ']')
mkdir -p "$root$(dirname "$interpreter")"
cp -L "$interpreter" "$root$interpreter"

printf 'root:x:0:0:root:/root:/sbin/nologin\njava:x:185:185:java:/home/java:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\njava:x:185:\n' > "$root/etc/group"

# One layer, "docker save" layout: manifest.json, the image config, the layer.
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$root" -cf "$work/layer.tar" .
layer=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
mkdir -p "$work/image/$layer"
mv "$work/layer.tar" "$work/image/$layer/layer.tar"
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"185:185","WorkingDir":"/home/java",
  "Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8","HOME=/home/java"],
  "Labels":{"org.opencontainers.image.title":"ipaccord base: Java $version runtime (jlink)","org.opencontainers.image.base.name":"scratch"}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/build-base-image.sh"}]}
JSON
config=$(sha256sum "$work/config.json" | cut -d' ' -f1)
mv "$work/config.json" "$work/image/$config.json"
printf '[{"Config":"%s.json","RepoTags":["ipaccord/java-base:%s"],"Layers":["%s/layer.tar"]}]\n' "$config" "$version" "$layer" > "$work/image/manifest.json"
mkdir -p "$(dirname "$out")"
rm -rf "$(dirname "$out")/base-runtime"
cp -a "$root/opt/java" "$(dirname "$out")/base-runtime"
find "$(dirname "$out")/base-runtime" -exec touch -h -d @0 {} + # as in the image's layer (--mtime=@0)
(cd "$work/image" && tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$out" manifest.json "$config.json" "$layer")
echo "base image: $out (Java $version, $(du -h "$out" | cut -f1), config sha256:$config)"
