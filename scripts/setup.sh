#!/usr/bin/env bash
# Installs what Drover needs on Debian bookworm (apt packages; only the missing ones) and
# configures + builds it. Idempotent: a second run installs nothing and rebuilds only what changed.
#   scripts/setup.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-websockets-dev qt6-httpserver-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libyaml-cpp-dev libssh2-1-dev libspdlog-dev libvncserver-dev
  libspice-client-glib-2.0-dev libxkbcommon-dev libgl-dev libssl-dev libsimdjson-dev
  pkg-config cmake ninja-build g++ ccache libbenchmark-dev
  xvfb xauth imagemagick qemu-system-x86 socat
  dbus-daemon libsecret-1-0 libsecret-tools gnome-keyring
  openssh-server openssh-client smartmontools nvme-cli libnvme-dev
  ceph-mon ceph-mgr ceph-osd ceph-common
  tigervnc-standalone-server tigervnc-tools x11-utils xdotool libx11-dev
  linux-image-amd64 busybox-static spice-vdagent xclip libdrm-tests
  clang libclang-rt-14-dev
)

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# kubectl is a test peer: any real one will do; Debian's kubernetes-client when none is there.
if ! command -v kubectl >/dev/null 2>&1; then missing+=(kubernetes-client); fi
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
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
cmake --build "$BUILD_DIR" -j"$(nproc)"
