#!/bin/sh
# make-initramfs.sh OUT KERNEL_VERSION STAGE2
# A tiny initramfs for the test guests: static busybox and the modules to mount this machine's
# own root filesystem over virtio-9p (read-only, with a tmpfs overlay on top), then STAGE2 — a
# script from the repository — runs as the guest's PID 1 with this machine's programs.
set -eu
out=$1 kver=$2 stage2=$3
mods=/lib/modules/$kver
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/mod" "$work/proc" "$work/sys" "$work/dev" "$work/lower" "$work/upper" "$work/newroot"
cp /bin/busybox "$work/bin/busybox"
for a in sh mount umount insmod mkdir switch_root sleep echo; do ln -s busybox "$work/bin/$a"; done

order=""
add() {
    case " $order " in *" $1 "*) return ;; esac
    for d in $(sed -n "s|^$1: *||p" "$mods/modules.dep"); do add "$d"; done
    order="$order $1"
}
for m in kernel/drivers/virtio/virtio_pci.ko kernel/net/9p/9pnet_virtio.ko kernel/fs/9p/9p.ko \
    kernel/fs/overlayfs/overlay.ko; do
    add "$m"
done
i=10
for m in $order; do
    i=$((i + 1))
    cp "$mods/$m" "$work/mod/$i-${m##*/}"
done

cat > "$work/init" <<INIT
#!/bin/sh
mount -t proc proc /proc
mount -t devtmpfs dev /dev
for m in /mod/*.ko; do insmod \$m || echo "DROVER-GUEST: cannot load \$m" > /dev/ttyS0; done
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=262144,cache=loose hostroot /lower
mount -t tmpfs -o size=256m tmpfs /upper
mkdir /upper/u /upper/w
mount -t overlay -o lowerdir=/lower,upperdir=/upper/u,workdir=/upper/w overlay /newroot
umount /proc
mount --move /dev /newroot/dev
exec switch_root /newroot /bin/sh $stage2
INIT
chmod +x "$work/init"
(cd "$work" && find . | busybox cpio -o -H newc 2>/dev/null) | gzip -1 > "$out"
