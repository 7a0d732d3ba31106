#!/bin/sh
# PID 1 of the serial shell test guest (see make-initramfs.sh), on this machine's own programs:
# an interactive busybox shell on the first serial port (ttyS0) as its controlling terminal, as a
# VM's serial console gives one. The test's terminal sits on the other end of the port and runs
# busybox top and vi there.
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t tmpfs tmpfs /tmp
export PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp TERM=xterm-256color PS1='drover-guest$ '
cd /tmp
# Raw mode is the shell's business; the line discipline only needs to echo and map CR.
stty -F /dev/ttyS0 sane 115200
echo "DROVER-GUEST: shell" > /dev/ttyS0
# setsid: the shell leads a session, and opening ttyS0 makes it its controlling terminal
# (Ctrl+C reaches the foreground program); -w: PID 1 waits for it.
setsid -w busybox sh -c 'exec busybox sh -i < /dev/ttyS0 > /dev/ttyS0 2>&1'
echo "DROVER-GUEST: shell exited" > /dev/ttyS0
busybox poweroff -f
