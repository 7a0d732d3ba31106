#!/usr/bin/env bash
# The Debian packages (packaging/CMakeLists.txt, packaging/README.md), in four steps that CTest
# runs as four tests (tests/packaging/CMakeLists.txt):
#   build     cpack into DEBS (the fixture the others need); nothing else writes there
#   validate  what the packages hold: versions, stripped binaries, man pages, icons; the desktop file
#             (desktop-file-validate) and the AppStream metainfo (appstreamcli validate --no-net)
#   lintian   lintian on the four; any E: or W: tag not in packaging/lintian-allow.txt fails
#   install   root: apt-get install ./*.deb (the declared dependencies resolve), run the programs,
#             systemd-analyze verify the agent's unit, apt-get purge, nothing left behind.
#             Not root: apt-get install --simulate only, then exit 77 (CTest: skipped).
#   packaging_test.sh STEP DEBS SOURCE_DIR VERSION [CPACK BUILD_DIR]
set -euo pipefail

step=$1 debs=$2 src=$3 version=$4
packages=(drover drover-agent droverd drover-sim)
arch=$(dpkg --print-architecture)

fail() { echo "FAIL: $*" >&2; exit 1; }
deb_of() { echo "$debs/$1_${version}_${arch}.deb"; }

case "$step" in
build)
    cpack=$5 build=$6
    rm -rf "$debs"
    mkdir -p "$debs"
    start=$SECONDS
    "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$debs"
    rm -rf "$debs/_CPack_Packages" # the staging trees: a few hundred MB before stripping
    for p in "${packages[@]}"; do
        [ -f "$(deb_of "$p")" ] || fail "cpack made no $(deb_of "$p")"
    done
    echo "four packages in $((SECONDS - start)) s:"
    ls -l "$debs"/*.deb
    ;;

validate)
    root=$debs/validate-root
    rm -rf "$root"
    mkdir -p "$root"
    for p in "${packages[@]}"; do
        deb=$(deb_of "$p")
        [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "$p: Version is not project(VERSION) $version"
        dpkg-deb -f "$deb" Depends | grep -q 'libc6' || fail "$p: Depends was not computed by dpkg-shlibdeps"
        dpkg-deb -x "$deb" "$root"
        [ -f "$root/usr/share/doc/$p/copyright" ] || fail "$p: no copyright file"
        [ -f "$root/usr/share/doc/$p/changelog.gz" ] || fail "$p: no changelog.gz"
        [ -f "$root/usr/share/man/man1/$p.1.gz" ] || fail "$p: no man page"
        bin=$root/usr/bin/$p
        [ -x "$bin" ] || fail "$p: no /usr/bin/$p"
        if readelf -S "$bin" | grep -q '\.debug_info'; then fail "$p: /usr/bin/$p is not stripped"; fi
        # The version the program prints is the package's (cmake/DroverVersion.h.in).
        out=$(QT_QPA_PLATFORM=offscreen "$bin" --version 2>/dev/null)
        [ "$out" = "$p $version" ] || fail "$p --version printed '$out', not '$p $version'"
        QT_QPA_PLATFORM=offscreen "$bin" --help >/dev/null 2>&1 || fail "$p --help failed"
        zcat "$root/usr/share/man/man1/$p.1.gz" | grep -q "$version" || fail "$p: the man page does not say $version"
    done
    # A version bump needs a changelog entry and an AppStream release: say so rather than ship stale ones.
    top=$(dpkg-parsechangelog -l "$src/packaging/debian/changelog" -S Version)
    [ "$top" = "$version" ] || fail "packaging/debian/changelog's latest entry is $top, the project is $version: add an entry"
    grep -q "<release version=\"$version\"" "$src/packaging/linux/io.drover.Drover.metainfo.xml" ||
        fail "packaging/linux/io.drover.Drover.metainfo.xml has no <release version=\"$version\">: add one"

    desktop=$root/usr/share/applications/drover.desktop
    [ -f "$desktop" ] || fail "drover: no /usr/share/applications/drover.desktop (QApplication::setDesktopFileName(\"drover\"))"
    desktop-file-validate "$desktop" || fail "desktop-file-validate: $desktop"
    echo "desktop-file-validate: drover.desktop OK"
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.drover.Drover.metainfo.xml" ||
        fail "appstreamcli validate: io.drover.Drover.metainfo.xml"
    for icon in scalable/apps/drover.svg 256x256/apps/drover.png; do
        [ -f "$root/usr/share/icons/hicolor/$icon" ] || fail "drover: no icon $icon"
    done
    [ -f "$root/usr/lib/systemd/system/drover-agent.service" ] || fail "drover-agent: no systemd unit"
    rm -rf "$root"
    echo "validate: OK"
    ;;

lintian)
    allow=$src/packaging/lintian-allow.txt
    debfiles=()
    for p in "${packages[@]}"; do debfiles+=("$(deb_of "$p")"); done
    # Every tag down to info, for the log; only errors and warnings can fail.
    out=$(lintian --fail-on none --display-info --tag-display-limit 0 "${debfiles[@]}" 2>&1 |
          grep -v 'running with root privileges is not recommended' || true)
    echo "$out"
    bad=()
    while IFS= read -r line; do
        # "W: drover-agent: some-tag [path]" -> "drover-agent: some-tag"
        tag=$(sed -E 's/^[EW]: ([^:]+): ([^ ]+).*/\1: \2/' <<<"$line")
        if ! grep -v '^#' "$allow" | grep -qxF "$tag"; then bad+=("$line"); fi
    done < <(grep -E '^[EW]: ' <<<"$out" || true)
    if [ ${#bad[@]} -gt 0 ]; then
        printf 'not allowed (fix, or justify in packaging/README.md and list in packaging/lintian-allow.txt):\n' >&2
        printf '  %s\n' "${bad[@]}" >&2
        exit 1
    fi
    echo "lintian: no error or warning outside packaging/lintian-allow.txt"
    ;;

install)
    debfiles=()
    for p in "${packages[@]}"; do debfiles+=("$(deb_of "$p")"); done
    lock=(-o DPkg::Lock::Timeout=120) # wait for another apt-get on this machine rather than fail
    apt_opts=("${lock[@]}" --no-install-recommends)
    if [ "$(id -u)" != 0 ]; then
        # apt-get resolves the declared dependencies against this machine's packages and lists.
        apt-get install --simulate "${apt_opts[@]}" "${debfiles[@]}" || fail "the packages' dependencies do not resolve"
        echo "not root: the dependencies resolve (apt-get install --simulate); installing, running and" \
             "purging the packages needs root (CI runs as root)"
        exit 77
    fi
    marker=$debs/installed-by-packaging-test
    installed=()
    for p in "${packages[@]}"; do
        if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then installed+=("$p"); fi
    done
    if [ ${#installed[@]} -gt 0 ] && [ ! -f "$marker" ]; then
        echo "${installed[*]} already installed on this machine, not by this test: left alone, the install step" \
             "is skipped (apt-get purge ${installed[*]} to run it)"
        exit 77
    fi
    export DEBIAN_FRONTEND=noninteractive
    purge() { apt-get purge -y -q "${lock[@]}" "${packages[@]}" >/dev/null 2>&1 || true; rm -f "$marker"; }
    touch "$marker"
    trap purge EXIT # whatever happens below, the machine is left as it was
    start=$SECONDS
    apt-get install -y -q "${apt_opts[@]}" "${debfiles[@]}" || fail "apt-get install of the four packages"
    echo "installed in $((SECONDS - start)) s"
    for p in "${packages[@]}"; do
        [ "$(command -v "$p")" = "/usr/bin/$p" ] || fail "$p is not /usr/bin/$p after installation"
    done
    out=$(QT_QPA_PLATFORM=offscreen /usr/bin/drover --version 2>/dev/null)
    [ "$out" = "drover $version" ] || fail "drover --version printed '$out'"
    echo "drover --version: $out"
    # The console windows' module, where drover looks for it (ui/ConsoleWindows.cpp: bin/../lib/
    # <multiarch>/drover), with every library it needs installed by the package's dependencies.
    module=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/drover/libdrover-consoles.so
    [ -f "$module" ] || fail "$module is not installed"
    if ldd "$module" | grep -q "not found"; then fail "$module: $(ldd "$module" | grep 'not found')"; fi
    echo "console module: $module, $(ldd "$module" | wc -l) libraries resolved"
    # The report needs no NVMe drive, Ceph or root: what is missing is reported as unavailable.
    report=$(/usr/bin/drover-agent report --json) || fail "drover-agent report --json failed"
    grep -q '"schema": "drover.io/agent-report/v1"' <<<"$report" || fail "drover-agent report --json: no report: $report"
    echo "drover-agent report --json: $(wc -c <<<"$report") bytes, $(grep -c '"available": false' <<<"$report") part(s) unavailable here"
    for p in droverd drover-sim drover-agent; do
        out=$("/usr/bin/$p" --version)
        [ "$out" = "$p $version" ] || fail "$p --version printed '$out'"
    done
    unit=/usr/lib/systemd/system/drover-agent.service
    man_opt=--man=no
    if command -v man >/dev/null; then man_opt=--man=yes; fi # Documentation=man:drover-agent(1) is there
    systemd-analyze verify "$man_opt" "$unit" || fail "systemd-analyze verify $unit"
    echo "systemd-analyze verify $man_opt: drover-agent.service OK"
    desktop-file-validate /usr/share/applications/drover.desktop || fail "the installed desktop file"

    start=$SECONDS
    apt-get purge -y -q "${lock[@]}" "${packages[@]}" || fail "apt-get purge"
    trap - EXIT
    rm -f "$marker"
    echo "purged in $((SECONDS - start)) s"
    for p in "${packages[@]}"; do
        [ ! -e "/usr/bin/$p" ] || fail "/usr/bin/$p is still there after purge"
        if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'installed'; then fail "$p is still known to dpkg"; fi
    done
    [ ! -e "$unit" ] || fail "$unit is still there after purge"
    if ls /var/lib/systemd/deb-systemd-helper-enabled 2>/dev/null | grep -q drover-agent; then
        fail "deb-systemd-helper still keeps state for drover-agent.service"
    fi
    echo "install: OK"
    ;;

*)
    fail "unknown step $step"
    ;;
esac
