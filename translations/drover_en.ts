<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsoleWindows</name>
    <message>
        <source>The console module %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console module is not installed (looked for %1). Reinstall the drover package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console module is from another version of Drover. Reinstall the drover package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostHealth</name>
    <message>
        <source>spare below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volatile memory backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistent memory read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: critical warning (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SMART self-assessment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new media errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 media errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % of rated endurance used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: spare %2 % below threshold %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osd.%1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osd.%1 is full (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osd.%1 is out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osd.%1 is nearly full (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report schema &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph: no status yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 % of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::app::DemoCluster</name>
    <message>
        <source>The demo cluster (%1) did not report ready within %2 s.%3</source>
        <translation>The demo cluster (%1) did not report ready within %2 s.%3</translation>
    </message>
    <message>
        <source>Cannot run the demo cluster %1: %2</source>
        <translation>Cannot run the demo cluster %1: %2</translation>
    </message>
    <message>
        <source>The demo cluster exited (code %1) before it was ready.%2</source>
        <translation>The demo cluster exited (code %1) before it was ready.%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Cannot create a temporary directory: %1</translation>
    </message>
    <message>
        <source>The demo cluster needs the drover-sim program, which is not at %1. Install it next to drover or set DROVER_SIM_BIN.</source>
        <translation>The demo cluster needs the drover-sim program, which is not at %1. Install it next to drover or set DROVER_SIM_BIN.</translation>
    </message>
</context>
<context>
    <name>drover::console</name>
    <message>
        <source>no credential for the console: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a text message where KubeVirt sends binary console data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server chose the websocket subprotocol %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the console&apos;s local socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cluster does not serve KubeVirt&apos;s API %1 (%2 %3): consoles need KubeVirt&apos;s virt-api. Check that KubeVirt is installed: kubectl get apiservice v1.subresources.kubevirt.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt&apos;s virt-api does not answer (%1 %2), so no console can open. Check its pods: kubectl -n kubevirt get pods -l kubevirt.io=virt-api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API server&apos;s TLS certificate was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console of %1 broke: invalid websocket data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the console of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the console of %1 was lost (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the console of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes refused the console: your credentials were not accepted (401 Unauthorized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes refused the console: you may not open the console of %1 (403 Forbidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such VM: %1 has no running instance (404 Not Found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no console to open: it is not running, or has no such device (400 Bad Request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed; its console is gone (409 Conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console of %1 is unavailable (503 Service Unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API server answered HTTP %1 instead of opening the console of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the console of %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console of %1 closed before it opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: the server wants a VNC password and none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a VNC server (it did not answer with an RFB protocol version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: wrong VNC password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: too many attempts, the server is refusing connections for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no security type Drover supports (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error: the server sent a rectangle outside the desktop (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped answering (timed out in the middle of a message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error: the server announced an absurd desktop size %1x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory for a %1x%2 desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console&apos;s local end failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console was closed locally</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::console::SpiceClient</name>
    <message>
        <source>could not start a SPICE session to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start a SPICE session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: wrong SPICE password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to the SPICE server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SPICE server&apos;s TLS could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SPICE connection broke (not a SPICE server, or it went away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest&apos;s screen format %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SPICE server wants a password, and none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SPICE server wants a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SPICE handshake failed (not a SPICE server?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::core</name>
    <message>
        <source>SnapshotSchedule %1 has no spec.schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a MAC address: six pairs of hex digits split by &apos;:&apos; (52:54:00:12:34:56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a multicast address: a NIC needs a unicast one (an even first octet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” mixes &apos;:&apos; and &apos;-&apos;: use one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a VirtualMachineClone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDI has not said it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the namespace the VM goes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid VM name: lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, 63 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM needs at least one socket with one core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a memory size a VM can boot with: give at least 64Mi, e.g. 2Gi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1: pick the image to clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1: give the URL to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1: give the registry image to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1: pick the volume to clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1: give the container image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1: “%2” is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1: a registry image is written docker://registry/image:tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1: “%2” is not a size; write e.g. 30Gi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM needs a disk to boot from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid disk name: lower-case letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two disks are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid interface name: lower-case letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two interfaces are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one interface can be on the pod network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an OpenSSH public key (ssh-ed25519 AAAA… comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows answer file and cloud-init settings exclude each other: clear one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user name cloud-init can create.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::kube</name>
    <message>
        <source>expected a %1, got kind &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SelfSubjectAccessReview&apos;s status has no &apos;allowed&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client key is not a PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &apos;%1&apos;: cannot read tokenFile %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &apos;%1&apos;: the client certificate is not PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential plugin &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec credential plugin has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: apiVersion &apos;%2&apos; is not supported; use %3 or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a terminal (interactiveMode: Always), which Drover cannot give it; log in once from a terminal (run the plugin or kubectl there) or set interactiveMode: IfAvailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it seems to need a terminal, which Drover cannot give it: log in once from a terminal, then connect again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2 and no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed nothing; it should print an ExecCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed %2 bytes that are not an ExecCredential JSON object%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed kind &apos;%2&apos;, expected ExecCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is configured for %2 but answered with apiVersion &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed an ExecCredential without a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave neither a token nor a client certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave a client certificate without its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave a client key without its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an expirationTimestamp &apos;%2&apos; that is not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable watch event (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &apos;%1&apos;: server &apos;%2&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &apos;%1&apos;: the certificate authority %2 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (trusted CA: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (name checked: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the VNC console of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the serial console of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take screenshots of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the cluster scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check that the server is running and the address in your kubeconfig is right; Drover keeps retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. Check the certificate authority and server name in your kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused your credentials (401 Unauthorized): %2. Your token or certificate may have expired; log in again or pick another context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not %1 (forbidden: %2). Ask a cluster admin for the RBAC permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this (403 Forbidden): %1. Ask a cluster admin for the RBAC permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this object at the same time (409 %1): %2. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is too old (410 Gone): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy (429): %1. Drover will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable (503): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had an internal error (HTTP %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a response Drover cannot read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 %4 is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: cannot read %3 %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the kubeconfig files exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; a kubeconfig needs clusters, users and contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no contexts are defined; a context joins a cluster and a user (kubectl config set-context adds one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no current-context is set; choose a context: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: current-context &apos;%2&apos; names no context; the contexts are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no context &apos;%2&apos;; the contexts are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: context &apos;%2&apos; names cluster &apos;%3&apos;, which no kubeconfig file defines (clusters: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: context &apos;%2&apos; names user &apos;%3&apos;, which no kubeconfig file defines (users: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (used by context &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kubeconfig is a map with apiVersion, kind, clusters, users and contexts; this file holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kind&apos; is &apos;%1&apos;; a kubeconfig has kind: Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;apiVersion&apos; is &apos;%1&apos;; kubeconfig files are apiVersion: v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a map, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a key must be a name, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a string, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be true or false, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list of strings, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must hold strings, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of entries with &apos;name&apos; and &apos;%2&apos;, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a map with &apos;name&apos; and &apos;%2&apos;, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 name &apos;%3&apos; is already used at line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;server&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets both &apos;certificate-authority&apos; and &apos;certificate-authority-data&apos;; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets &apos;insecure-skip-tls-verify&apos; and a certificate authority; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets both &apos;%2&apos; and &apos;%2-data&apos;; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a client certificate but no &apos;client-key&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a client key but no &apos;client-certificate&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets both a token and a username/password; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses &apos;auth-provider&apos;, which Drover does not support; use an exec credential plugin instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;env&apos; must be a list of {name, value}, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;command&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;apiVersion&apos; is %2; use %3 or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;interactiveMode&apos; (Never, IfAvailable or Always), which %2 requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;interactiveMode&apos; must be Never, IfAvailable or Always, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no &apos;cluster&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid YAML: %2 (column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended before the response&apos;s header did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended in the middle of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a response header longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP/1.1 status line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP header field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid Content-Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of the chunked body longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk&apos;s data did not end where its size said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a chunk-size line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s response is not HTTP/1.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the watch (%1 %2), which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::models::AccessText</name>
    <message>
        <source>Your account may not start VMs in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not stop VMs in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not force-stop VMs in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not restart VMs in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not pause VMs in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not resume VMs in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not open serial consoles in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not open VNC consoles in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not migrate VMs in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not change hosts (patch nodes): cordon and maintenance need a cluster admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not see hosts (nodes are forbidden at the cluster scope).

The VMs you may see are listed on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph: your account may not read Ceph clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not list VMs in every namespace: Drover shows namespace %1, the one your kubeconfig context names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not delete VMs in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not clone VMs in namespace %1 (create virtualmachineclones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not change VMs in namespace %1 (patch virtualmachines).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::models::AgentFetcher</name>
    <message>
        <source>drover-agent is not installed on %1 (looked for &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drover-agent on %1 failed (exit status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer with a report (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::models::HostTreeModel</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 ready</translation>
    </message>
    <message>
        <source>%1 / %2 vCPU</source>
        <translation>%1 / %2 vCPU</translation>
    </message>
    <message>
        <source>Requested by running VMs: %1 of the hosts&apos; allocatable vCPU, %2 of their memory</source>
        <translation>Requested by running VMs: %1 of the hosts&apos; allocatable vCPU, %2 of their memory</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Unknown host</translation>
    </message>
    <message>
        <source>Not ready, cordoned</source>
        <translation>Not ready, cordoned</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Cordoned</source>
        <translation>Cordoned</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>VMs without a running instance</source>
        <translation>VMs without a running instance</translation>
    </message>
    <message>
        <source>%1 of allocatable vCPU, %2 of allocatable memory requested by VMs on %3</source>
        <translation>%1 of allocatable vCPU, %2 of allocatable memory requested by VMs on %3</translation>
    </message>
    <message>
        <source>%1 — %2, kubelet %3</source>
        <translation>%1 — %2, kubelet %3</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>unknown OS</source>
        <translation>unknown OS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM instances are still being listed: what they request on the hosts is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::models::MaintenancePlanModel</name>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM or pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::models::MaintenanceText</name>
    <message>
        <source>Live-migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, restart after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Ceph whether %1&apos;s OSDs may stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until %1 is drained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncordon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for Ceph&apos;s placement groups to be clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for Ceph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for a migration slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for a disruption budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eviction sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt is live-migrating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for its disruption budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, retrying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>about %n s</numerusform>
            <numerusform>about %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) live-migrate</source>
        <translation>
            <numerusform>%n VM live-migrates</numerusform>
            <numerusform>%n VMs live-migrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shut down</source>
        <translation>
            <numerusform>%n shut down</numerusform>
            <numerusform>%n shut down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) evicted</source>
        <translation>
            <numerusform>%n pod evicted</numerusform>
            <numerusform>%n pods evicted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay (DaemonSets)</source>
        <translation>
            <numerusform>%n stays (DaemonSet)</numerusform>
            <numerusform>%n stay (DaemonSets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message>
        <source>Ceph: not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ceph: %1 may stop (%n placement group(s) keep enough copies)</source>
        <translation>
            <numerusform>Ceph: %1 may stop (%n placement group keeps enough copies)</numerusform>
            <numerusform>Ceph: %1 may stop (%n placement groups keep enough copies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ceph: stopping %1 would leave %n placement group(s) without enough copies</source>
        <translation>
            <numerusform>Ceph: stopping %1 would leave %n placement group without enough copies</numerusform>
            <numerusform>Ceph: stopping %1 would leave %n placement groups without enough copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drover::models::MigrationTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by deleting the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>drover::models::PlanTreeModel</name>
    <message>
        <source>Intent and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::models::ScheduleText</name>
    <message>
        <source>every VM in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not in (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs labelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: by an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen by droverd yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a label selector term (key=value, key!=value, key in (a,b), key, !key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::models::SshTunnels</name>
    <message>
        <source>&quot;%1&quot; is not a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SSH destination: write host, user@host or user@host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH to %1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not reach %2:%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::models::VmActionText</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Force Stop</source>
        <translation>Force Stop</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starting %1…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Stopping %1…</translation>
    </message>
    <message>
        <source>Force stopping %1…</source>
        <translation>Force stopping %1…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Restarting %1…</translation>
    </message>
    <message>
        <source>Pausing %1…</source>
        <translation>Pausing %1…</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>Resuming %1…</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 is running.</translation>
    </message>
    <message>
        <source>%1 is stopped.</source>
        <translation>%1 is stopped.</translation>
    </message>
    <message>
        <source>%1 was restarted and is running.</source>
        <translation>%1 was restarted and is running.</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 is paused.</translation>
    </message>
    <message>
        <source>%1 is running again.</source>
        <translation>%1 is running again.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Could not start %1: %2</translation>
    </message>
    <message>
        <source>Could not stop %1: %2</source>
        <translation>Could not stop %1: %2</translation>
    </message>
    <message>
        <source>Could not force stop %1: %2</source>
        <translation>Could not force stop %1: %2</translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation>Could not restart %1: %2</translation>
    </message>
    <message>
        <source>Could not pause %1: %2</source>
        <translation>Could not pause %1: %2</translation>
    </message>
    <message>
        <source>Could not resume %1: %2</source>
        <translation>Could not resume %1: %2</translation>
    </message>
    <message>
        <source>not connected to a cluster.</source>
        <translation>not connected to a cluster.</translation>
    </message>
    <message>
        <source>KubeVirt refused it in the VM&apos;s current state: %1.</source>
        <translation>KubeVirt refused it in the VM&apos;s current state: %1.</translation>
    </message>
    <message>
        <source>the VM was deleted.</source>
        <translation>the VM was deleted.</translation>
    </message>
    <message>
        <source>the cluster did not answer within %1 s.</source>
        <translation>the cluster did not answer within %1 s.</translation>
    </message>
    <message>
        <source>the cluster accepted the request, but the VM is still %1 after %2 s instead of %3.</source>
        <translation>the cluster accepted the request, but the VM is still %1 after %2 s instead of %3.</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>in an unknown state</translation>
    </message>
    <message>
        <source>%1: the connection was switched before the result arrived.</source>
        <translation>%1: the connection was switched before the result arrived.</translation>
    </message>
    <message>
        <source>%1: superseded by %2.</source>
        <translation>%1: superseded by %2.</translation>
    </message>
    <message>
        <source>the cluster knows KubeVirt&apos;s API %1, but its server (virt-api) does not answer (%2 %3). Check KubeVirt&apos;s virt-api pods: kubectl -n kubevirt get pods -l kubevirt.io=virt-api, and kubectl get apiservice v1.subresources.kubevirt.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cluster does not serve KubeVirt&apos;s API %1 (%2 %3), so VMs cannot be started, stopped or paused. Check that KubeVirt is installed and ready: kubectl get kubevirt -A, and kubectl get apiservice v1.subresources.kubevirt.io.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::models::VmGroupProxy</name>
    <message>
        <source>Not running on a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n VM(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drover::models::VmTableModel</name>
    <message>
        <source>%1 (run strategy %2)</source>
        <translation>%1 (run strategy %2)</translation>
    </message>
    <message>
        <source>%1 on %2 (run strategy %3)</source>
        <translation>%1 on %2 (run strategy %3)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ops</name>
    <message>
        <source>Ceph could not be asked about %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph gave no answer (exit status %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no way to ask Ceph about %1 on this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address to reach its agent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph could not be asked on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drover-agent on %1 did not answer ok-to-stop (exit status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cluster has no HostMaintenance API: droverd is not deployed (kubectl apply -k packaging/kubernetes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a HostMaintenance named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no HostMaintenance for droverd to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 0 and 250, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one snapshot (keep-last, keep-daily or keep-weekly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max failures cannot be negative (0 never suspends).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a namespace name (lower-case letters, digits and &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid name: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule “%1” is not a cron expression: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (e.g. Europe/Berlin, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the VMs, or give a label selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a VM name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which schedule? Its namespace and name are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot schedule named %1 already exists in %2 (409 AlreadyExists): choose another name, or edit that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid VM name: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit, 253 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone needs a name other than its source&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no interface named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the MAC of %2&apos;s interface %3: the clone would share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another clone was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM named %1 already exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone %1 was created and goes on in the cluster, but this account may not follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone %1 was deleted before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt cannot clone %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt clones through a snapshot, and the snapshot of %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed on this cluster: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not list %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster instancetypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StorageClasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StorageProfiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>golden images (DataSources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instancetypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DataSources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>networks (NetworkAttachmentDefinitions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volumes (PersistentVolumeClaims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 already exists in %3: rename the VM or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 stays when the VM is deleted (it could not be given the VM as owner: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ops::IntentPlans</name>
    <message>
        <source>Node %1 — HostMaintenance %2 (leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 — HostMaintenance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SnapshotSchedule %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 — no HostMaintenance: what entering maintenance with policy Refuse would do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ops::Maintenance</name>
    <message>
        <source>The node %1 is not in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not evict %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop %1: %2</source>
        <translation>Could not stop %1: %2</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Could not start %1: %2</translation>
    </message>
</context>
<context>
    <name>drover::ops::Migrations</name>
    <message>
        <source>Live-migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live-migrate %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Live-migrate %n VM(s)?</source>
        <translation>
            <numerusform>Live-migrate %n VM?</numerusform>
            <numerusform>Live-migrate %n VMs?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for a free migration slot (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ops::Snapshots</name>
    <message>
        <source>Restore snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be stopped before snapshot “%2” can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the VM now and restore when it has stopped? Changes since the snapshot are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::reconcile</name>
    <message>
        <source>the %1 field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value or a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 fields; a schedule has five: minute hour day-of-month month day-of-week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped for the maintenance of %1; started again with runStrategy %2, as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped for the maintenance of %1; started again when it leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped for the maintenance of %1; stays stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncordon %1: it takes workloads again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits until %1 is uncordoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait until Ceph&apos;s placement groups are all active+clean before another host drains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph&apos;s placement groups are not all active+clean yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no host %1 in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only control-plane node: single control-plane cluster, cannot place the control plane in maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another control-plane node (%1) is already in maintenance mode or cordoned, cannot place %2 in maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rook is draining failure domain %1 and Ceph&apos;s placement groups are not all clean yet: stopping %2 now could leave data with too few copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for Ceph&apos;s answer to ok-to-stop for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph cannot tell yet whether stopping %1 is safe: some placement groups are in an unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph says stopping %1 would leave %2 placement groups without enough copies (%3 ok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another failure domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rook&apos;s budget %1 holds %2 while %3 drains and Ceph&apos;s placement groups are not clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rook lifts %1 once it sees the placement groups clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is guarded by %2 PodDisruptionBudgets (%3): the eviction API refuses such pods (500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disruption budget %1 has not been processed since its last change (observedGeneration %2 &lt; generation %3): the eviction API answers 429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disruption budget %1 needs %2 healthy pods and has %3: it allows no disruption now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminating: its eviction was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-launcher pod of %1, whose VMI does not run on this host (e.g. a migration&apos;s target pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown VMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DaemonSet pod: stays (as kubectl drain --ignore-daemonsets leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static pod (mirror): the kubelet runs it here; it stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no controller: evicting it deletes it for good (kubectl drain refuses without --force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evicted; its %1 %2 recreates it on another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits until %1 is cordoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blockers; first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evicting %1&apos;s pod hands it to its evictionStrategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt turns this eviction into a live migration of %1 (to %2, expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migrations running or starting from %2 (limit %3, parallelOutboundMigrationsPerNode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migrations running or starting in the cluster (limit %2, parallelMigrationsPerCluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cordon %1 (spec.unschedulable): nothing new is placed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph must confirm that %1 can stop (ceph osd ok-to-stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped for the maintenance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait until no VM runs on %1 and only DaemonSet and static pods remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VMs and %2 pods still on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1, %2 of %3 steps done, %4 VMs and %5 pods left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 min to drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt has not reported whether it can live-migrate (no LiveMigratable condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PVC %1 is ReadWriteOnce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PVCs %1 are not ReadWriteMany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostDisk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 do not match its nodeSelector or required affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are cordoned or not Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have too little room left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no other host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other Ready, schedulable host fits %1 (%2 vCPU, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Choose Stop or Stop and restart after to shut it down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no VirtualMachine owns this VMI, so its eviction ends it and nothing starts it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped cleanly before the drain%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, started again when the host leaves maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most room left: %1 vCPU, %2 free after the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt is moving it off this host (evacuation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt is migrating it to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (started %1 s ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not Running: its pod is evicted and KubeVirt starts it as its runStrategy says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has evictionStrategy None (%2): evicting its pod would shut it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evictionStrategy External: another controller moves it when its pod is evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot live-migrate: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; with evictionStrategy LiveMigrateIfPossible its eviction would shut it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; with evictionStrategy %2 KubeVirt&apos;s webhook would refuse its eviction forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running (no VirtualMachineInstance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be live-migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already migrating to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migrations are running, the cluster&apos;s limit (parallelMigrationsPerCluster); try again when one finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already sends %2 migrations, its limit (parallelOutboundMigrationsPerNode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already runs on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cordoned (unschedulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the label %2=%3 that %4 requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the node affinity %2 requires (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 vCPU free; %3 needs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 GiB of memory free; %3 needs %4 GiB (%5 GiB short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host can take %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the most room left after the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Ready, schedulable and has room for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects no VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a snapshot of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing due; %2 kept, next at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin or UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended by an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1 snapshots failed (the newest: %2); resume the schedule to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 is still in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ssh</name>
    <message>
        <source>the server at %1 sent no host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot initialise libssh2 known hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: it is not a valid known_hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticity of host %1 can&apos;t be established.
%2 key fingerprint is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: THE HOST KEY FOR %1 HAS CHANGED! Someone could be intercepting the connection (man-in-the-middle), or the host was reinstalled. Refusing to connect.
The server now offers %2 key %3; %4 records %5. If the change is expected, remove the old key (ssh-keygen -R &apos;%1&apos; -f %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host key to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before authentication (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 lost during authentication (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no passphrase given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (wrong passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unreadable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept public keys for %2 (offers: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key to offer %1: no ssh-agent and none of %2 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 refused all keys for user %2 (tried: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out connecting to %1 after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot initialise libssh2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not complete the SSH handshake within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not speak SSH or closed the connection during the handshake (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key of %1 not trusted: %2 %3 is not in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected (cannot run &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 lost while running &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused a session channel: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to run &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 wrote more than %3 MiB; output discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 lost while running &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 did not finish within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected (cannot open a tunnel to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to forward to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socketpair failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 lost (keepalive failed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::ChartsPanel</name>
    <message>
        <source>VMs on hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation — cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration — none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::ConfigErrorPage</name>
    <message>
        <source>Drover reads $KUBECONFIG or ~/.kube/config, like kubectl. Fix the file and retry, or open another kubeconfig. To try Drover without a cluster, run &lt;code&gt;drover --demo&lt;/code&gt;.</source>
        <translation>Drover reads $KUBECONFIG or ~/.kube/config, like kubectl. Fix the file and retry, or open another kubeconfig. To try Drover without a cluster, run &lt;code&gt;drover --demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Open kubeconfig…</source>
        <translation>Open kubeconfig…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
</context>
<context>
    <name>drover::ui::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting to %1 (context %2)…</source>
        <translation>Connecting to %1 (context %2)…</translation>
    </message>
    <message>
        <source>Connected to %1 (context %2) · up to date</source>
        <translation>Connected to %1 (context %2) · up to date</translation>
    </message>
    <message>
        <source>Reconnecting to %1 — showing the last known state. %2</source>
        <translation>Reconnecting to %1 — showing the last known state. %2</translation>
    </message>
</context>
<context>
    <name>drover::ui::ConsoleWindow</name>
    <message>
        <source>%1 — Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard grabbed — press Ctrl+Alt to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the console of %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has the console of %1/%2 open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it over? Their session will be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking over the console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has this console open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the console: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del to the guest (the Windows sign-in and security screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as keystrokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the screen to the window (smooth); off shows it 1:1 with scroll bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was refused. Password for the console of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the console of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 characters into the guest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SPICE console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys sent as scancodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1 — reconnecting in %2 s (%3 of %4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Typed the clipboard; %n character(s) have no key on a US keyboard and were skipped</source>
        <translation type="unfinished">
            <numerusform>Typed the clipboard; %n character have no key on a US keyboard and were skipped</numerusform>
            <numerusform>Typed the clipboard; %n characters have no key on a US keyboard and were skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard shared (guest agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest agent: Paste as keystrokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the clipboard&apos;s text into the guest — for servers without a clipboard (QEMU&apos;s VNC) and guests without the SPICE agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::DialogPrompter</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask again in this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::HostDetails</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power-on h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe shutdowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVMe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph OSDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the inventory (e.g. avx512, mlx5, DIMM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address[:port] of the host for SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run drover-agent on the host over SSH now (keys from ssh-agent or ~/.ssh, host key checked against known_hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host to see its drives, OSDs and hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — no agent report (is drover-agent running there?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — the agent&apos;s report cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · report of %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (over SSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMART data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive temperatures (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets / cores / threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration-relevant flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — your account may not read the agents&apos; reports (hostreports.drover.io); fetch one over SSH below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::HostPane</name>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::InsecureWarning</name>
    <message>
        <source>⚠ TLS certificate checks are OFF for this cluster (insecure-skip-tls-verify)</source>
        <translation>⚠ TLS certificate checks are OFF for this cluster (insecure-skip-tls-verify)</translation>
    </message>
    <message>
        <source>Your kubeconfig sets insecure-skip-tls-verify: anyone between you and the cluster can read and change what Drover sends, including your credentials. Set certificate-authority-data instead.</source>
        <translation>Your kubeconfig sets insecure-skip-tls-verify: anyone between you and the cluster can read and change what Drover sends, including your credentials. Set certificate-authority-data instead.</translation>
    </message>
</context>
<context>
    <name>drover::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Kubeconfig…</source>
        <translation>&amp;Open Kubeconfig…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;VM</source>
        <translation>&amp;VM</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>V&amp;iew</translation>
    </message>
    <message>
        <source>&amp;Filter VMs</source>
        <translation>&amp;Filter VMs</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Kubeconfig context: which cluster and user</source>
        <translation>Kubeconfig context: which cluster and user</translation>
    </message>
    <message>
        <source>Recent Tasks</source>
        <translation>Recent Tasks</translation>
    </message>
    <message>
        <source>Cannot use the kubeconfig</source>
        <translation>Cannot use the kubeconfig</translation>
    </message>
    <message>
        <source>Cannot connect to context “%1”</source>
        <translation>Cannot connect to context “%1”</translation>
    </message>
    <message>
        <source>TLS certificate checks are off for %1: the kubeconfig sets insecure-skip-tls-verify. Anyone on the network path can read your credentials and change what you see.</source>
        <translation>TLS certificate checks are off for %1: the kubeconfig sets insecure-skip-tls-verify. Anyone on the network path can read your credentials and change what you see.</translation>
    </message>
    <message>
        <source>Open Kubeconfig</source>
        <translation>Open Kubeconfig</translation>
    </message>
    <message>
        <source>Connection to %1 restored.</source>
        <translation>Connection to %1 restored.</translation>
    </message>
    <message>
        <source>Drover</source>
        <translation>Drover</translation>
    </message>
    <message>
        <source>%1 — Drover</source>
        <translation>%1 — Drover</translation>
    </message>
    <message>
        <source>%L1 hosts · %L2 VMs · %L3 instances running</source>
        <translation>%L1 hosts · %L2 VMs · %L3 instances running</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Copy Name</translation>
    </message>
    <message>
        <source>Force Stop</source>
        <translation>Force Stop</translation>
    </message>
    <message>
        <source>Force stop %1?</source>
        <translation>Force stop %1?</translation>
    </message>
    <message numerus="yes">
        <source>Force stop %n VM(s)?</source>
        <translation>
            <numerusform>Force stop %n VM?</numerusform>
            <numerusform>Force stop %n VMs?</numerusform>
        </translation>
    </message>
    <message>
        <source>The VM is powered off at once, without shutting its guest down. Unsaved data in the guest is lost and its file systems may need a check.</source>
        <translation>The VM is powered off at once, without shutting its guest down. Unsaved data in the guest is lost and its file systems may need a check.</translation>
    </message>
    <message>
        <source>&amp;Snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster refuses Drover&apos;s requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 Drover keeps retrying; the window keeps the last known state until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot live-migrate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) queued: they start as running ones finish.</source>
        <translation>
            <numerusform>%n migration queued: it starts when a running one finishes.</numerusform>
            <numerusform>%n migrations queued: they start as running ones finish.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queued migration of %1 was dropped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live-migrating %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not live-migrate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now runs on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live migration of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;Console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s screen, keyboard and mouse (VNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 through SSH to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, or asked when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: user@hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach the VNC or SPICE server through an SSH tunnel from this host; Host and Port are then as it sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through SSH:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 key has the fingerprint
%2

Compare it with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report fetched over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the agent report of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in maintenance: every VM runs elsewhere and only DaemonSet pods remain. It is safe to power it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cordon %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not uncordon %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cordoned: nothing new is scheduled there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is uncordoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Maintenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cordon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncordon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is entering maintenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is leaving maintenance: uncordon, then restart the VMs it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the migration of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen &amp;Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — TLS CHECKS OFF — Drover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 VMs · %L2 instances running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot Sc&amp;hedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand %1 to droverd: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>droverd carries out the maintenance of %1 (HostMaintenance %1); its progress shows in the Maintenance panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask droverd to bring %1 back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>droverd brings %1 back into service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>droverd&apos;s Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for private clouds on bare-metal Kubernetes: KubeVirt VMs, Ceph storage and the hosts under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bug report that names these versions is answered sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Drover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Drover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed before it finished; the clone goes on in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about the VM: its guest, disks, networks and YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a VM: boot disk, size, networks and first boot, with the YAML shown before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected VM&apos;s size, disks, networks, labels and description, with what each change does to the running VM shown before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No console can open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consoles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::MaintenanceDialog</name>
    <message>
        <source>Stop VMs that cannot live-migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and start them again when %1 leaves maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Maintenance — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drover cordons %1, asks Ceph whether its OSDs may stop, and evicts every pod through the Kubernetes Eviction API: KubeVirt live-migrates the VMs, their disruption budgets guard the rest. Nothing happens until you press Enter Maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. replace nvme2, firmware update (kept on the node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what runs on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drain takes %1 at KubeVirt&apos;s migration limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• and %n more, listed first in the table below</source>
        <translation>
            <numerusform>• and %n more, listed first in the table below</numerusform>
            <numerusform>• and %n more, listed first in the table below</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot enter maintenance yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand it to droverd: the cluster&apos;s reconciler carries it out, also when this console is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the HostMaintenance %1; its progress shows in the Maintenance panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>droverd is not deployed on this cluster (no HostMaintenance API).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::MaintenancePanel</name>
    <message>
        <source>Leave Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host is in maintenance. Select a host and choose Host ▸ Enter Maintenance… to see its plan before anything happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>droverd: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>droverd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 steps done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out by droverd (HostMaintenance %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>drover::ui::MigrationDrop</name>
    <message>
        <source>Live-migrate %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live-migrate %1 of %2 VMs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for a free migration slot</source>
        <translation>
            <numerusform>%n waits for a free migration slot</numerusform>
            <numerusform>%n wait for a free migration slot</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop on a host to live-migrate, or on the cluster to let Drover choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::MigrationPanel</name>
    <message>
        <source>Cancel migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a free migration slot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the live migration of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM keeps running where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep migrating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::NewVmDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what this cluster offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created; it starts once its disks are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created (stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not created: mend what the marked pages say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A golden image (DataSource), cloned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a URL (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a container registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone a volume of this namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container disk (ephemeral: lost at each restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank disk, installed from an ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the storage profile says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReadWriteMany (live-migratable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReadWriteOnce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer IS&amp;O:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd blank disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dis&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More disks (same storage class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk the VM boots from. CDI copies or imports it into a volume the VM owns; the VM starts once it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not ready: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No golden images in kubevirt-os-images or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default for VMs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cluster default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This disk will be ReadWriteOnce: the VM cannot live-migrate, so a host entering maintenance must stop it. Pick ReadWriteMany storage (Ceph RBD in Block mode) to keep it running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the VM once it is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: runStrategy RerunOnFailure (restarted if it fails, not after a shutdown from inside). Not started: Halted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the VM lives and what it is called. The name becomes the guest&apos;s hostname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;instancetype (vCPUs and memory set by the cluster&apos;s catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instancetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished">Memory</translation>
    </message>
    <message>
        <source>CPU soc&amp;kets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ores per socket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preference (guest OS defaults):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u1 suits most VMs, cx1 is for compute, m1 for memory, n1 for network functions, o1 overcommits memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod network (masquerade) reaches the cluster and the outside; Multus networks attach the VM to a VLAN or another network by bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linux: cloud-init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;indows: sysprep answer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image&apos;s default user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: log in with a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… you@laptop (one key per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;key from ~/.ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public keys in ~/.ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud-init network-config (empty: DHCP on every interface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SS&amp;H keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autounattend.xml: kept in a ConfigMap and given to Windows Setup on a CD-ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guest is told the first time it boots. Keys are kept in a Secret the VM owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what Create sends to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage c&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cus&amp;tom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::PlanPanel</name>
    <message>
        <source>Not connected: droverd&apos;s intents are read from the cluster&apos;s SnapshotSchedule and HostMaintenance objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intents from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · droverd&apos;s CRDs are served · planned as droverd would now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · droverd&apos;s CRDs are not served (kubectl apply -k packaging/kubernetes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the %2 CRD is not served (kubectl apply -k packaging/kubernetes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to plan: no cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SnapshotSchedule or HostMaintenance: droverd has nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::ScheduleDialog</name>
    <message>
        <source>By &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;label selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the guest&apos;s file systems (through the guest agent, when one runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Snapshot Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web-nightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web-01, web-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app=shop, tier in (web,api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, e.g. 30 2 * * * or @daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule (cron):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That many failed snapshots in a row suspend the schedule; 0 never suspends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a row (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Snapshot Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It never fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::SchedulesPanel</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation type="unfinished">VMs</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Resume</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SnapshotSchedule CRD is not installed: droverd is not deployed on this cluster (kubectl apply -k packaging/kubernetes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read SnapshotSchedules on this cluster (403 Forbidden): ask a cluster admin for get, list and watch on snapshotschedules.drover.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot schedules yet. New… makes one; droverd takes the snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a schedule to see what droverd will do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, snapshots of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the last %1, daily %2, weekly %3; suspends after %4 failures in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What droverd would do now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • nothing: it selects no VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Snapshot Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshot schedule %1?

No new snapshots will be taken and none pruned. The snapshots it took stay: delete them from each VM&apos;s Snapshots window when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: droverd takes its snapshots from its next firing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended %1: droverd takes no snapshots for it until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed %1: failures before now no longer count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1; the snapshots it took stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::SerialConsoleWindow</name>
    <message>
        <source>%1/%2 — Serial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the serial console of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the serial console of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1 — Reconnect to try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::SnapshotDialog</name>
    <message>
        <source>Snapshots of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::SnapshotsPane</name>
    <message>
        <source>Take snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished">Ready</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking snapshot %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1 to restore %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting snapshot %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost track of %1: the connection was switched or the object was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is restored to %2. Start it when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::TaskLog</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>drover::ui::VmActionSet</name>
    <message>
        <source>Start the selected VMs</source>
        <translation>Start the selected VMs</translation>
    </message>
    <message>
        <source>Shut the selected VMs down gracefully</source>
        <translation>Shut the selected VMs down gracefully</translation>
    </message>
    <message>
        <source>Power the selected VMs off at once, without a guest shutdown</source>
        <translation>Power the selected VMs off at once, without a guest shutdown</translation>
    </message>
    <message>
        <source>Restart the selected VMs</source>
        <translation>Restart the selected VMs</translation>
    </message>
    <message>
        <source>Pause the selected VMs (they keep their memory)</source>
        <translation>Pause the selected VMs (they keep their memory)</translation>
    </message>
    <message>
        <source>Resume the selected paused VMs</source>
        <translation>Resume the selected paused VMs</translation>
    </message>
</context>
<context>
    <name>drover::ui::VmCloneDialog</name>
    <message>
        <source>&amp;Start the new VM once it is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces: leave New MAC empty and the cluster&apos;s MAC pool gives the clone its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be cloned from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt copies %1 and its disks through a snapshot. %1 is running: the snapshot is taken while it runs (its guest agent, if it has one, freezes the file systems for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt copies %1 and its disks through a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fixed (given at start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (given at start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked by the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone of %1 sent; waiting for KubeVirt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a snapshot of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the new VM&apos;s disks from the snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the new VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cloned to %2, which is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cloned to %2 (stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster connection changed before the clone finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not cloned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KubeVirt gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::VmDeleteDialog</name>
    <message>
        <source>taking the kept disks out of its templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing disk %1 from the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down within</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n VM(s)</source>
        <translation>
            <numerusform>Delete %n VM</numerusform>
            <numerusform>Delete %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n VMs</source>
        <translation>
            <numerusform>Delete %n VM</numerusform>
            <numerusform>Delete %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked disks are deleted with the VM; unticked ones stay in the namespace, owned by no VM. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM / disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading its disks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: its guest is shut down first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · no disks that outlive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not made by this VM: kept unless ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete their %n snapshot(s) too</source>
        <translation>
            <numerusform>Delete its %n snapshot too</numerusform>
            <numerusform>Delete their %n snapshots too</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshots go with the VM unless you untick this; kept snapshots stay in the namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(running guests get their own: up to %n s here)</source>
        <translation>
            <numerusform>(running guests get their own: up to %n s here)</numerusform>
            <numerusform>(running guests get their own: up to %n s here)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none of these VMs is running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be deleted: see the notes above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted; kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted here: someone else deleted it meanwhile, with whatever it owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: it or its disks could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: no cluster is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection changed before the delete finished; check what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping the VM within the grace period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::VmEditDialog</name>
    <message>
        <source>Add disk to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new &amp;blank disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;existing volume claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default for VMs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the disk a name the VM does not use yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size is not a quantity such as 10Gi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage c&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Multus network (NetworkAttachmentDefinition) is available to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add NIC to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What saving does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart required: changes saved earlier wait for a restart (%1). Until then KubeVirt applies no CPU, memory or disk change live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what this cluster offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is stopped: every change is used when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster&apos;s rollout strategy is Stage: size changes wait for a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CPU can grow live up to %n socket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CPU cannot change live (no maxSockets on the running VM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory cannot change live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change is being applied now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instancetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (sockets × cores × threads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished">Memory</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-plugged disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the guest does not see it, no restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the VM next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied live (KubeVirt moves the VM with a live migration to apply it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugged into the running VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied live once the migration under way ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: the cluster&apos;s rollout strategy is Stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: a restart is pending already, KubeVirt applies nothing live until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: more sockets than the running VM can take (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: CPUs cannot be unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: only sockets can be added live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: more memory than the running VM can take (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: memory cannot be unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: memory hotplug needs at least 1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: the size is set as a resource request, not guest memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: KubeVirt cannot change this on a running VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved, but some disks were not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you edited it: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: no cluster is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed meanwhile: %1. The form now shows the VM as it is, with your changes on top; check them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its status or other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved. These changes apply after a restart: %2.

Restart the VM now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;instancetype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cus&amp;tom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sockets ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-plugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hot-plugged disks can be removed from a VM here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot order: 1 boots first; empty cells are not booted from. Added disks are hot-plugged (SCSI) into the running VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;NIC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIC added on a Multus network is a bridge interface; KubeVirt plugs it into the running VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vCPU(s), %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>new %1 disk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: memory can only be added live to a VM that can live-migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed: memory can only be added live to a VM that can live-migrate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the memory as a Kubernetes quantity, e.g. 4Gi or 512Mi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::VmPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the guest agent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;File systems&lt;/b&gt; (from the guest agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one VM to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is gone: it was deleted, or this account can no longer read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span&gt;in %2&lt;/span&gt; — %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished">Host</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected: the guest runs no QEMU guest agent, or it has not started yet. Hostname, users and file systems need it (KubeVirt: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not ask it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged-in users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not read events in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events. The cluster keeps them for an hour by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first; the cluster keeps them for an hour by default.</source>
        <translation>
            <numerusform>%n event; the cluster keeps them for an hour by default.</numerusform>
            <numerusform>%n events, newest first; the cluster keeps them for an hour by default.</numerusform>
        </translation>
    </message>
    <message>
        <source> (×%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DataVolume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PVC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud-init data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtualMachine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtualMachineInstance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this YAML to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart required: saved changes wait for a restart (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding CPUs and memory to the running VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding CPUs to the running VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding memory to the running VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit YAML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the VM as text, with a diff shown before it is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::VmPane</name>
    <message>
        <source>Filter by name, namespace, host, OS, status or IP  (Ctrl+F)</source>
        <translation>Filter by name, namespace, host, OS, status or IP  (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln VM(s)</source>
        <translation>
            <numerusform>%Ln VM</numerusform>
            <numerusform>%Ln VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln VM(s)</source>
        <translation>
            <numerusform>%L1 of %Ln VM</numerusform>
            <numerusform>%L1 of %Ln VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group VMs By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;amespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant Cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::VmYamlDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit YAML of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, then Review changes to see what Save sends. The status is KubeVirt&apos;s: changes to it are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines starting with - are removed from %1, lines with + added. Save replaces the VM with your text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the text says what %1 already is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text must stay a kubevirt.io VirtualMachine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot change here: clone the VM to get one with another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace cannot change here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you edited it: nothing was saved. The diff now compares your text with the VM as it is; lines they changed show as yours to undo. Check it and save again, or go back to editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: no cluster is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drover::ui::VtermWidget</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for KubeVirt private clouds.</source>
        <translation>Console for KubeVirt private clouds.</translation>
    </message>
    <message>
        <source>Start a simulated demo cluster (drover-sim) and connect to it.</source>
        <translation>Start a simulated demo cluster (drover-sim) and connect to it.</translation>
    </message>
    <message>
        <source>Use this kubeconfig file instead of $KUBECONFIG or ~/.kube/config.</source>
        <translation>Use this kubeconfig file instead of $KUBECONFIG or ~/.kube/config.</translation>
    </message>
    <message>
        <source>Use this kubeconfig context instead of the current one.</source>
        <translation>Use this kubeconfig context instead of the current one.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the cluster is listed, then quit.</source>
        <translation>Save a picture of the window once the cluster is listed, then quit.</translation>
    </message>
    <message>
        <source>Starting the demo cluster…</source>
        <translation>Starting the demo cluster…</translation>
    </message>
    <message>
        <source>The demo cluster did not start</source>
        <translation>The demo cluster did not start</translation>
    </message>
</context>
</TS>
