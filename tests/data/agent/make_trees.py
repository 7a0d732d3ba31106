#!/usr/bin/env python3
"""Writes the captured machine trees the agent tests read (tests/data/agent/<machine>/).

Each tree holds only the files drover-agent reads, in the kernel's formats: sysfs/proc text,
SMBIOS type-17 raw records, driver symlinks, plus what `smartctl --json -a /dev/nvmeX`
(smartctl 7.3, exit status in nvmeX.exit) and `ceph ... -f json` printed on such a machine.
Rerun after changing it: python3 tests/data/agent/make_trees.py
"""
import json, os, shutil, struct

HERE = os.path.dirname(os.path.abspath(__file__))


def w(root, rel, data, mode="w"):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, mode) as f:
        f.write(data)


def link(root, rel, target):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if os.path.lexists(p):
        os.remove(p)
    os.symlink(target, p)


def smbios17(locator, size_mb, speed, maker, part):
    strings = [locator, "P0_NODE0", maker, "8A2C3B1F", "", part]
    strings = [s for s in strings]
    fmt = bytearray(0x28)
    fmt[0] = 17; fmt[1] = 0x28; struct.pack_into("<H", fmt, 2, 0x1100)
    struct.pack_into("<H", fmt, 0x08, 64); struct.pack_into("<H", fmt, 0x0A, 64)
    struct.pack_into("<H", fmt, 0x0C, 0x7FFF if size_mb >= 0x7FFF else size_mb)
    fmt[0x0E] = 0x09; fmt[0x10] = 1; fmt[0x11] = 2; fmt[0x12] = 0x1A
    struct.pack_into("<H", fmt, 0x15, speed); fmt[0x17] = 3; fmt[0x18] = 4; fmt[0x19] = 0; fmt[0x1A] = 6
    struct.pack_into("<I", fmt, 0x1C, size_mb)
    tail = b"".join(s.encode() + b"\0" for s in strings if s != "") + b"\0"
    # string 5 (asset tag) is empty: keep numbering by writing a placeholder
    tail = b"".join((s or "Not Specified").encode() + b"\0" for s in strings) + b"\0"
    return bytes(fmt) + tail


def cpuinfo(model, sockets, cores, flags):
    out = []
    n = 0
    for s in range(sockets):
        for c in range(cores):
            for t in range(2):
                out.append(f"processor\t: {n}\nvendor_id\t: x\nmodel name\t: {model}\nphysical id\t: {s}\n"
                           f"siblings\t: {cores*2}\ncore id\t\t: {c}\ncpu cores\t: {cores}\nflags\t\t: {flags}\n")
                n += 1
    return "\n".join(out) + "\n"


def smart(model, serial, fw, cap, log, passed, exit_status):
    return json.dumps({
        "json_format_version": [1, 0],
        "smartctl": {"version": [7, 3], "svn_revision": "5338", "platform_info": "x86_64-linux-6.1.0-26-amd64",
                     "build_info": "(local build)", "argv": ["smartctl", "--json", "-a", "/dev/nvme0"], "exit_status": exit_status},
        "local_time": {"time_t": 1763870000, "asctime": "Sun Nov 23 04:00:00 2026 UTC"},
        "device": {"name": "/dev/nvme0", "info_name": "/dev/nvme0", "type": "nvme", "protocol": "NVMe"},
        "model_name": model, "serial_number": serial, "firmware_version": fw,
        "nvme_pci_vendor": {"id": 5197, "subsystem_id": 5197}, "nvme_ieee_oui_identifier": 9528,
        "nvme_total_capacity": cap, "nvme_unallocated_capacity": 0, "nvme_controller_id": 6,
        "nvme_version": {"string": "1.4", "value": 66560}, "nvme_number_of_namespaces": 32,
        "user_capacity": {"blocks": cap // 512, "bytes": cap}, "logical_block_size": 512,
        "smart_support": {"available": True, "enabled": True},
        "smart_status": {"passed": passed, "nvme": {"value": log["critical_warning"]}},
        "nvme_smart_health_information_log": log,
        "temperature": {"current": log["temperature"]},
        "power_cycle_count": log["power_cycles"], "power_on_time": {"hours": log["power_on_hours"]},
    }, indent=2)


def log(**kw):
    base = {"critical_warning": 0, "temperature": 38, "available_spare": 100, "available_spare_threshold": 10,
            "percentage_used": 2, "data_units_read": 91234567, "data_units_written": 123456789, "host_reads": 1, "host_writes": 2,
            "controller_busy_time": 900, "power_cycles": 41, "power_on_hours": 11234, "unsafe_shutdowns": 7,
            "media_errors": 0, "num_err_log_entries": 0, "warning_temp_time": 0, "critical_comp_time": 0,
            "temperature_sensors": [38, 46]}
    base.update(kw)
    return base


def smart_log_page(log):
    """The 512-byte SMART / Health log page as `nvme smart-log /dev/nvmeX -o binary` writes it
    (NVMe Base Specification, Log Identifier 02h; libnvme's struct nvme_smart_log)."""
    page = bytearray(512)
    page[0] = log["critical_warning"]
    struct.pack_into("<H", page, 1, log["temperature"] + 273)  # kelvin
    page[3], page[4], page[5] = log["available_spare"], log["available_spare_threshold"], log["percentage_used"]
    for off, key in ((32, "data_units_read"), (48, "data_units_written"), (64, "host_reads"), (80, "host_writes"),
                     (96, "controller_busy_time"), (112, "power_cycles"), (128, "power_on_hours"),
                     (144, "unsafe_shutdowns"), (160, "media_errors"), (176, "num_err_log_entries")):
        struct.pack_into("<QQ", page, off, log[key] & (2**64 - 1), log[key] >> 64)
    struct.pack_into("<II", page, 192, log["warning_temp_time"], log["critical_comp_time"])
    for i, t in enumerate(log["temperature_sensors"]):
        struct.pack_into("<H", page, 200 + 2 * i, t + 273)
    return bytes(page)


def machine(name, host, dmi, cpu, dimms, drives, pci, nics, ceph):
    root = os.path.join(HERE, name)
    shutil.rmtree(root, ignore_errors=True)
    w(root, "proc/sys/kernel/hostname", host + "\n")
    for k, v in dmi.items():
        w(root, f"sys/class/dmi/id/{k}", v + "\n")
    w(root, "proc/cpuinfo", cpuinfo(*cpu))
    w(root, "proc/meminfo", f"MemTotal:       {sum(d[1] for d in dimms) * 1024 - 9876543} kB\nMemFree:        1234567 kB\n"
                            f"MemAvailable:   {sum(d[1] for d in dimms) * 512} kB\n")
    w(root, "proc/stat", "cpu  4705 356 584 3699176 23 0 23 0 0 0\ncpu0 1393 180 290 1848610 10 0 6 0 0 0\n")
    w(root, "proc/diskstats", "".join(f" 259 {i} {d['name']}n1 80032 0 9132514 18104 422116 0 71112336 263516 0 190444 281620\n"
                                      for i, d in enumerate(drives)))
    w(root, "proc/net/dev", "Inter-|   Receive |  Transmit\n face |bytes packets|bytes\n"
                            "    lo: 100 1 0 0 0 0 0 0 100 1 0 0 0 0 0 0\n"
                            + "".join(f"{n[0]}: 987654321 1000 0 0 0 0 0 0 123456789 900 0 0 0 0 0 0\n" for n in nics))
    for i, d in enumerate(dimms):
        w(root, f"sys/firmware/dmi/entries/17-{i}/raw", smbios17(*d), "wb")
    w(root, "sys/firmware/dmi/entries/17-99/raw", bytes([17, 0x28]) + bytes(0x26) + b"\0\0", "wb")  # an empty slot
    for i, d in enumerate(drives):
        c = d["name"]
        base = f"sys/class/nvme/{c}"
        w(root, f"{base}/model", d["model"].ljust(40) + "\n")
        w(root, f"{base}/serial", d["serial"].ljust(20) + "\n")
        w(root, f"{base}/firmware_rev", d["fw"] + "\n")
        w(root, f"{base}/transport", "pcie\n")
        w(root, f"{base}/{c}n1/size", f"{d['cap'] // 512}\n")
        if d.get("no_smartctl"):  # read with the admin ioctl: the raw page stands in for it
            w(root, f"nvme-smart-log/{c}.bin", smart_log_page(d["log"]), "wb")
            continue
        w(root, f"smartctl/{c}.json", smart(d["model"], d["serial"], d["fw"], d["cap"], d["log"], d["passed"], d["exit"]))
        w(root, f"smartctl/{c}.exit", f"{d['exit']}\n")
    for addr, cls, ven, dev, drv in pci:
        w(root, f"sys/bus/pci/devices/{addr}/class", cls + "\n")
        w(root, f"sys/bus/pci/devices/{addr}/vendor", ven + "\n")
        w(root, f"sys/bus/pci/devices/{addr}/device", dev + "\n")
        if drv:
            link(root, f"sys/bus/pci/devices/{addr}/driver", f"../../../bus/pci/drivers/{drv}")
    for n, mac, speed, state, drv in nics:
        w(root, f"sys/class/net/{n}/address", mac + "\n")
        w(root, f"sys/class/net/{n}/operstate", state + "\n")
        w(root, f"sys/class/net/{n}/speed", f"{speed}\n")
        link(root, f"sys/class/net/{n}/device/driver", f"../../../../bus/pci/drivers/{drv}")
    w(root, "sys/class/net/lo/address", "00:00:00:00:00:00\n")
    for k, v in ceph.items():
        w(root, f"ceph/{k}.json", json.dumps(v, indent=1))


def ceph_docs(hosts, down=(), out=()):
    nodes = [{"id": -1, "name": "default", "type": "root", "type_id": 11, "children": [-2 - i for i in range(len(hosts))]}]
    df, meta, perf = [], [], []
    for i, (h, ids) in enumerate(hosts):
        nodes.append({"id": -2 - i, "name": h, "type": "host", "type_id": 1, "pool_weights": {}, "children": list(reversed(ids))})
        for j, osd in enumerate(ids):
            rw = 0 if osd in out else 1
            st = "down" if osd in down else "up"
            nodes.append({"id": osd, "device_class": "nvme", "name": f"osd.{osd}", "type": "osd", "type_id": 0, "crush_weight": 6.98630,
                          "depth": 2, "pool_weights": {}, "exists": 1, "status": st, "reweight": rw, "primary_affinity": 1})
            util = 38.5 + 7 * j + i
            df.append({"id": osd, "device_class": "nvme", "name": f"osd.{osd}", "type": "osd", "type_id": 0, "crush_weight": 6.98630,
                       "depth": 2, "pool_weights": {}, "reweight": rw, "kb": 7501463552, "kb_used": int(7501463552 * util / 100),
                       "kb_used_data": 1, "kb_used_omap": 1, "kb_used_meta": 1, "kb_avail": 1, "utilization": util, "var": 1.0,
                       "pgs": 110 + j, "status": st})
            meta.append({"id": osd, "arch": "x86_64", "bluestore_bdev_devices": f"nvme{j}n1", "devices": f"nvme{j}n1",
                         "hostname": h, "osd_objectstore": "bluestore", "ceph_version": "ceph version 18.2.4 reef (stable)"})
            perf.append({"id": osd, "perf_stats": {"commit_latency_ms": 1 + j, "apply_latency_ms": 1 + j,
                                                   "commit_latency_ns": 1000000, "apply_latency_ns": 1000000}})
    checks = {}
    if down:
        checks["OSD_DOWN"] = {"severity": "HEALTH_WARN", "summary": {"message": f"{len(down)} osds down", "count": len(down)},
                              "detail": [{"message": f"osd.{d} (root=default,host=x) is down"} for d in down], "muted": False}
    return {"osd-tree": {"nodes": nodes, "stray": []},
            "osd-df": {"nodes": df, "stray": [], "summary": {"total_kb": 1, "average_utilization": 40.0}},
            "osd-metadata": meta,
            "osd-perf": {"osdstats": {"osd_perf_infos": perf}},
            "health-detail": {"status": "HEALTH_WARN" if checks else "HEALTH_OK", "checks": checks, "mutes": []}}


FLAGS = "fpu vme de pse tsc msr pae mce cx8 apic sep mtrr sse sse2 ht syscall nx lm constant_tsc rep_good nopl " \
        "pni pclmulqdq ssse3 fma cx16 sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand lahf_lm "

machine("epyc-samsung", "nvme-b01",
        {"sys_vendor": "Supermicro", "product_name": "AS -1115CS-TNR", "product_serial": "S482219X3B17012",
         "bios_vendor": "American Megatrends International, LLC.", "bios_version": "1.6", "bios_date": "03/14/2025"},
        ("AMD EPYC 9354 32-Core Processor", 1, 32, FLAGS + "svm avx2 avx512f avx512bw avx512vl sha_ni vaes pku sev sev_es"),
        [(f"DIMM_{chr(65 + i // 2)}{i % 2}", 32768, 4800, "Samsung", "M321R4GA3BB6-CQKET") for i in range(12)],
        [{"name": "nvme0", "model": "SAMSUNG MZQL27T6HBLA-00A07", "serial": "S6CKNT0W400123", "fw": "GDC5902Q",
          "cap": 7681501126656, "log": log(), "passed": True, "exit": 0},
         {"name": "nvme1", "model": "SAMSUNG MZQL27T6HBLA-00A07", "serial": "S6CKNT0W400124", "fw": "GDC5902Q",
          "cap": 7681501126656, "log": log(percentage_used=81, temperature=44), "passed": True, "exit": 0}],
        [("0000:41:00.0", "0x010802", "0x144d", "0xa80a", "nvme"), ("0000:42:00.0", "0x010802", "0x144d", "0xa80a", "nvme"),
         ("0000:c1:00.0", "0x020000", "0x15b3", "0x101d", "mlx5_core"), ("0000:02:00.0", "0x030000", "0x1a03", "0x2000", "ast"),
         ("0000:00:00.0", "0x060000", "0x1022", "0x14a4", None)],
        [("ens1f0np0", "b8:3f:d2:11:22:33", 25000, "up", "mlx5_core"), ("eno1", "3c:ec:ef:01:02:03", -1, "down", "igb")],
        ceph_docs([("nvme-b01", [0, 1]), ("nvme-b02", [2, 3])]))

machine("xeon-micron-failing", "nvme-b02",
        {"sys_vendor": "Supermicro", "product_name": "SYS-121C-TN10R", "product_serial": "To Be Filled By O.E.M.",
         "bios_vendor": "American Megatrends International, LLC.", "bios_version": "2.1", "bios_date": "11/02/2024"},
        ("Intel(R) Xeon(R) Gold 6432", 2, 24, FLAGS + "vmx avx2 avx512f avx512bw avx512_vnni amx_tile tsx_ctrl"),
        [(f"P{i // 8}-DIMM{chr(65 + i % 8)}1", 65536, 4400, "Micron Technology", "MTC40F2046S1RC48BA1") for i in range(16)],
        [{"name": "nvme0", "model": "Micron_7450_MTFDKCC7T6TFR", "serial": "224539A1B2C3", "fw": "E2MU200",
          "cap": 7681501126656, "log": log(percentage_used=12, temperature=41), "passed": True, "exit": 0},
         {"name": "nvme1", "model": "Micron_7450_MTFDKCC7T6TFR", "serial": "224539A1B2C4", "fw": "E2MU200",
          "cap": 7681501126656, "log": log(critical_warning=5, available_spare=4, media_errors=17, num_err_log_entries=233,
                                           percentage_used=37, temperature=52),
          "passed": False, "exit": 8 | 64}],
        [("0000:17:00.0", "0x010802", "0x1344", "0x51c3", "nvme"), ("0000:18:00.0", "0x010802", "0x1344", "0x51c3", "nvme"),
         ("0000:31:00.0", "0x020000", "0x8086", "0x1593", "ice")],
        [("ens3f0", "40:a6:b7:aa:bb:cc", 25000, "up", "ice")],
        ceph_docs([("nvme-b01", [0, 1]), ("nvme-b02", [2, 3])], down=(3,), out=(3,)))

# No smartctl on this one: the agent reads the SMART log page with the NVMe admin ioctl.
machine("epyc-kioxia-nosmartctl", "nvme-c01",
        {"sys_vendor": "Dell Inc.", "product_name": "PowerEdge R6615", "product_serial": "7KX9F24",
         "bios_vendor": "Dell Inc.", "bios_version": "1.9.3", "bios_date": "07/18/2025"},
        ("AMD EPYC 9124 16-Core Processor", 1, 16, FLAGS + "svm avx2 avx512f avx512bw avx512vl sha_ni vaes"),
        [(f"A{i + 1}", 32768, 4800, "SK Hynix", "HMCG88AGBRA191N") for i in range(4)],
        [{"name": "nvme0", "model": "KIOXIA KCD81RUG3T84", "serial": "X3N0A0ABT5Q8", "fw": "1UET7104",
          "cap": 3840755982336, "log": log(percentage_used=3, temperature=36, data_units_written=2**64 + 5), "no_smartctl": True},
         {"name": "nvme1", "model": "KIOXIA KCD81RUG3T84", "serial": "X3N0A0ABT5Q9", "fw": "1UET7104",
          "cap": 3840755982336, "log": log(critical_warning=2, percentage_used=91, temperature=71, media_errors=3),
          "no_smartctl": True}],
        [("0000:01:00.0", "0x010802", "0x1e0f", "0x0013", "nvme"), ("0000:02:00.0", "0x010802", "0x1e0f", "0x0013", "nvme")],
        [("eno8303", "c4:cb:e1:00:11:22", 1000, "up", "tg3")],
        ceph_docs([("nvme-c01", [0, 1])]))
