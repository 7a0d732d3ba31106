#!/bin/sh
# PID 1 of the SPICE agent test guest (see make-initramfs.sh), on this machine's own programs:
# spice-vdagentd on the virtio-serial port QEMU gives the SPICE agent channel, an X server with
# the session agent spice-vdagent, and xclip as the guest's applications. It reports on the
# serial line ("DROVER-GUEST: ...") what the guest's clipboard holds, and owns a text of its own
# for the client to fetch. modetest sets a video mode with a moving hardware cursor on the
# virtio-gpu display, so the SPICE cursor channel carries real cursor shapes. Lines typed on the
# keyboard and the active virtual terminal are reported too.
say() { echo "DROVER-GUEST: $*" > /dev/ttyS0; }
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t tmpfs tmpfs /tmp
mount -t tmpfs tmpfs /run
mkdir -p /run/spice-vdagentd /tmp/runtime
export PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp XDG_RUNTIME_DIR=/tmp/runtime NO_AT_BRIDGE=1
modprobe virtio_console
modprobe virtio-gpu
port=""
for _ in $(seq 100); do
    for p in /sys/class/virtio-ports/*; do
        [ "$(cat "$p/name" 2>/dev/null)" = com.redhat.spice.0 ] && port=/dev/${p##*/}
    done
    [ -n "$port" ] && [ -e "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { say "no SPICE agent port"; poweroff -f; }
# The link udev would make; the session agent looks for it.
mkdir -p /dev/virtio-ports
ln -sf "$port" /dev/virtio-ports/com.redhat.spice.0

Xvfb :0 -screen 0 1024x768x24 -nolisten tcp > /tmp/xvfb.log 2>&1 &
export DISPLAY=:0
for _ in $(seq 100); do xclip -o -selection clipboard > /dev/null 2>&1; [ -e /tmp/.X11-unix/X0 ] && break; sleep 0.1; done
spice-vdagentd -x -X -f -u /dev/null -s "$port" > /tmp/vdagentd.log 2>&1 &
for _ in $(seq 100); do [ -S /run/spice-vdagentd/spice-vdagent-sock ] && break; sleep 0.1; done
spice-vdagent -x > /tmp/vdagent.log 2>&1 &

card=$(ls -d /dev/dri/card* 2>/dev/null | head -1)
conn=$(modetest -M virtio_gpu -c 2>/dev/null | awk '$3 == "connected" { print $1; exit }')
if [ -n "$conn" ]; then
    sleep 100000 | modetest -M virtio_gpu -s "$conn:1024x768" -C > /tmp/modetest.log 2>&1 &
else
    say "no display connector ($card)"
fi
say "ready port=$port connector=$conn"
# For a failing test's output: the daemons' own logs, once they had time to say something.
(sleep 40; for f in /tmp/vdagentd.log /tmp/vdagent.log /tmp/modetest.log /tmp/xvfb.log; do sed "s|^|DROVER-LOG ${f##*/}: |" "$f"; done > /dev/ttyS0) &

# Keys typed on the guest's keyboard (PS/2, from the SPICE inputs channel) reach the console's
# first virtual terminal: each line is reported.
(while IFS= read -r line; do say "typed=$line"; done < /dev/tty1) &

# The active virtual terminal is reported when it changes (Ctrl+Alt+F2 from the console's
# Send key menu switches to tty2 in the kernel's keyboard handler, which switches only to a
# terminal that exists: reading from tty2 makes it).
(while IFS= read -r line; do say "typed on tty2=$line"; done < /dev/tty2) &
(vt=""; while :; do now=$(cat /sys/class/tty/tty0/active 2>/dev/null); [ "$now" != "$vt" ] && { say "vt=$now"; vt=$now; }; sleep 0.2; done) &

# What the client puts on the clipboard is reported; the first time, the guest answers by
# copying a text of its own, which the client must fetch.
own="${DROVER_GUEST_TEXT:-Copied in the guest}"
last=""
answered=""
while :; do
    now=$(xclip -o -selection clipboard 2>/dev/null | tr '\n' '|')
    if [ "$now" != "$last" ]; then
        say "clipboard=$now"
        last=$now
        if [ -n "$now" ] && [ -z "$answered" ]; then
            printf '%s' "$own" | xclip -selection clipboard -i
            answered=1
        fi
    fi
    sleep 0.2
done
