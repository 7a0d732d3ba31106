#!/usr/bin/env bash
# Installs what Drover needs on Debian bookworm (apt packages; only the missing ones) and
# configures + builds it. Idempotent: a second run installs nothing and rebuilds only what changed.
#   scripts/setup.sh [--demo] [BUILD_DIR] [extra cmake args...]
# --demo: only what building and running the console and the simulator needs (scripts/demo.sh),
# and only those two programs are built. Without it: the test peers too, and everything is built.
set -euo pipefail
cd "$(dirname "$0")/.."

DEMO=0
if [ "${1:-}" = "--demo" ]; then DEMO=1; shift; fi

# To build Drover (every program: the console, drover-sim, droverd, drover-agent).
BUILD_PKGS=(
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-websockets-dev qt6-httpserver-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libyaml-cpp-dev libssh2-1-dev libspdlog-dev libvncserver-dev
  libspice-client-glib-2.0-dev libxkbcommon-dev libgl-dev libx11-dev libssl-dev libsimdjson-dev
  libvterm-dev   # the serial console's terminal (ui/console/VtermWidget)
  pkg-config cmake ninja-build g++ ccache
  help2man dpkg-dev   # the man pages (packaging/CMakeLists.txt); cpack's dpkg-shlibdeps
)
# To run the console on a desktop: Qt's X11/Wayland platform plugins and a font (recommended by
# Qt's packages, so not pulled in by --no-install-recommends).
RUN_PKGS=(qt6-qpa-plugins qt6-wayland fonts-dejavu-core)
# To run the tests and benches: the real peers (QEMU, TigerVNC, sshd, Ceph, kubectl, a keyring),
# X tools for the console tests, clang for the fuzz targets, the packaging checks.
TEST_PKGS=(
  libbenchmark-dev xvfb xauth imagemagick qemu-system-x86 socat
  dbus-daemon libsecret-1-0 libsecret-tools gnome-keyring
  openssh-server openssh-client smartmontools nvme-cli libnvme-dev
  ceph-mon ceph-mgr ceph-osd ceph-common
  tigervnc-standalone-server tigervnc-tools x11-utils xdotool
  linux-image-amd64 busybox-static spice-vdagent xclip libdrm-tests
  clang libclang-rt-14-dev clang-format   # the fuzz targets; tests/style (git clang-format-14)
  lintian desktop-file-utils appstream systemd   # ctest -L packaging (systemd: systemd-analyze verify)
)

PKGS=("${BUILD_PKGS[@]}" "${RUN_PKGS[@]}")
if [ "$DEMO" = 0 ]; then PKGS+=("${TEST_PKGS[@]}"); fi

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# kubectl is a test peer: any real one will do; Debian's kubernetes-client when none is there.
if [ "$DEMO" = 0 ] && ! command -v kubectl >/dev/null 2>&1; then missing+=(kubernetes-client); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# ccache (when installed) keys on paths relative to the checkout and not on the build's working
# directory, so a second clone (CI's) reuses what an earlier build on this machine compiled.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true

BUILD_DIR="${1:-build}"
shift || true
# The demo configures without the tests and benches (their peers are not installed); a full run
# turns them on again.
MODE_ARGS=(-DBUILD_TESTING=ON -DDROVER_BENCH=ON)
if [ "$DEMO" = 1 ]; then MODE_ARGS=(-DBUILD_TESTING=OFF -DDROVER_BENCH=OFF); fi
# Configure when new, when packages came in (a build finds what it lacked the first time), and
# when a demo build grows into a full one.
if [ ! -f "$BUILD_DIR/build.ninja" ] || [ ${#missing[@]} -gt 0 ] ||
   { [ "$DEMO" = 0 ] && grep -q '^BUILD_TESTING:BOOL=OFF' "$BUILD_DIR/CMakeCache.txt"; }; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${MODE_ARGS[@]}" "$@"
fi
if [ "$DEMO" = 1 ]; then
  cmake --build "$BUILD_DIR" -j"$(nproc)" --target drover drover-sim
else
  cmake --build "$BUILD_DIR" -j"$(nproc)"
fi
