#!/usr/bin/env bash
# A single-node Ceph for the agent's tests, from Debian's packages: one mon, one mgr and one OSD
# on memstore (in memory: no disk, no root-only devices), cephx off, messenger v1 on loopback.
# Real daemons answering the real `ceph` CLI; it takes a few seconds to come up.
#   mini-ceph.sh start DIR [PORT]   -> prints the ceph.conf path once osd.0 is up
#   mini-ceph.sh stop DIR
set -euo pipefail
cmd=$1 dir=$2 port=${3:-16789}
conf=$dir/ceph.conf

stop() {
  local pids=()
  for p in "$dir"/run/*.pid; do
    [ -e "$p" ] && pids+=("$(cat "$p")")
  done
  [ ${#pids[@]} -eq 0 ] && return 0
  kill "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 50); do  # wait for them to exit (their ports free)
    kill -0 "${pids[@]}" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -9 "${pids[@]}" 2>/dev/null || true
}

if [ "$cmd" = stop ]; then stop; exit 0; fi
trap 'echo "mini-ceph: failed at line $LINENO: $BASH_COMMAND (logs in $dir/log)" >&2; stop' ERR

mkdir -p "$dir"/{mon,mgr,osd0,run,log}
fsid=$(cat /proc/sys/kernel/random/uuid)
cat > "$conf" <<CONF
[global]
fsid = $fsid
mon host = v1:127.0.0.1:$port
public addr = 127.0.0.1
cluster addr = 127.0.0.1
ms bind msgr2 = false
auth cluster required = none
auth service required = none
auth client required = none
auth allow insecure global id reclaim = true
mon warn on insecure global id reclaim allowed = false
mon allow pool size one = true
mon warn on pool no redundancy = false
mon data avail warn = 1
osd pool default size = 1
osd pool default min size = 1
osd crush chooseleaf type = 0
# The OSD would place itself in the CRUSH map at start, but pacific can send that command before
# it knows the cluster's fsid and then give up: the script places it instead.
osd crush update on start = false
osd class update on start = false
osd objectstore = memstore
memstore device bytes = 268435456
run dir = $dir/run
log file = $dir/log/\$name.log
admin socket = $dir/run/\$name.asok
pid file = $dir/run/\$name.pid
mon data = $dir/mon
mgr data = $dir/mgr
osd data = $dir/osd\$id
[client]
# Clients (the agent runs several ceph CLIs at once): one admin socket per process, not one shared.
admin socket = $dir/run/\$name.\$pid.asok
log file = /dev/null
CONF
C=(-c "$conf")
# A CLI command as the monitor settles right after its start: tried again on a transient failure
# (each of these is idempotent: the same uuid, bucket or placement again is no change).
cli() {
  local err
  for _ in $(seq 20); do
    if err=$(ceph "${C[@]}" --connect-timeout 20 "$@" 2>&1 >/dev/null); then return 0; fi
    sleep 0.5
  done
  echo "mini-ceph: ceph $* kept failing: $err" >&2
  return 1
}
monmaptool --create --add a "v1:127.0.0.1:$port" --fsid "$fsid" "$dir/monmap" >/dev/null
ceph-mon "${C[@]}" --mkfs -i a --monmap "$dir/monmap"
ceph-mon "${C[@]}" -i a
ceph-mgr "${C[@]}" -i x
uuid=$(cat /proc/sys/kernel/random/uuid)
cli osd new "$uuid"
id=$(ceph "${C[@]}" --connect-timeout 20 osd new "$uuid")
cli osd crush add-bucket "$(hostname)" host
cli osd crush move "$(hostname)" root=default
cli osd crush add "osd.$id" 0.00025 host="$(hostname)"
cli osd crush set-device-class ssd "osd.$id"
ceph-osd "${C[@]}" -i "$id" --mkfs --osd-uuid "$uuid" >"$dir/log/mkfs.log" 2>&1
ceph-osd "${C[@]}" -i "$id" >>"$dir/log/mkfs.log" 2>&1
# A pool of our own from the start, so osd.0 holds placement groups as soon as it is up. Until now
# the only PGs were those of the pool the manager's devicehealth module makes when it gets round
# to it; a loaded machine asked `osd ok-to-stop` before that, and Ceph rightly said an OSD without
# PGs may stop (test_cephgate failed in a full ctest -j2). Autoscaling off: the PG count is ours.
cli osd pool create mini 1 1 --autoscale-mode=off
for _ in $(seq 60); do
  # Ready when the OSD is up and the manager active (osd df/perf are the manager's commands).
  if ceph "${C[@]}" osd dump 2>/dev/null | grep -q "^osd.$id up" &&
     ceph "${C[@]}" mgr stat 2>/dev/null | grep -q '"available": true'; then echo "$conf"; exit 0; fi
  sleep 0.5
done
echo "mini-ceph: osd.$id or the manager did not come up; see $dir/log" >&2
stop
exit 1
