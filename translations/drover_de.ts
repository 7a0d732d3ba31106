<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConsoleWindows</name>
    <message>
        <source>The console module %1 could not be loaded: %2</source>
        <translation>Das Konsolenmodul %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The console module is not installed (looked for %1). Reinstall the drover package.</source>
        <translation>Das Konsolenmodul ist nicht installiert (gesucht: %1). Installieren Sie das Paket drover neu.</translation>
    </message>
    <message>
        <source>The console module is from another version of Drover. Reinstall the drover package.</source>
        <translation>Das Konsolenmodul stammt aus einer anderen Drover-Version. Installieren Sie das Paket drover neu.</translation>
    </message>
</context>
<context>
    <name>HostHealth</name>
    <message>
        <source>spare below threshold</source>
        <translation>Reserve unter dem Schwellwert</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>reliability degraded</source>
        <translation>Zuverlässigkeit beeinträchtigt</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>volatile memory backup failed</source>
        <translation>Sicherung des flüchtigen Speichers fehlgeschlagen</translation>
    </message>
    <message>
        <source>persistent memory read-only</source>
        <translation>persistenter Speicher schreibgeschützt</translation>
    </message>
    <message>
        <source>%1: critical warning (%2)</source>
        <translation>%1: kritische Warnung (%2)</translation>
    </message>
    <message>
        <source>%1: SMART self-assessment failed</source>
        <translation>%1: SMART-Selbsttest fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 new media errors</source>
        <translation>%1: %2 neue Medienfehler</translation>
    </message>
    <message>
        <source>%1: %2 media errors</source>
        <translation>%1: %2 Medienfehler</translation>
    </message>
    <message>
        <source>%1: %2 % of rated endurance used</source>
        <translation>%1: %2 % der Nenn-Lebensdauer verbraucht</translation>
    </message>
    <message>
        <source>%1: spare %2 % below threshold %3 %</source>
        <translation>%1: Reserve %2 % unter dem Schwellwert %3 %</translation>
    </message>
    <message>
        <source>%1: %2 °C</source>
        <translation>%1: %2 °C</translation>
    </message>
    <message>
        <source>osd.%1 is down</source>
        <translation>osd.%1 ist down</translation>
    </message>
    <message>
        <source>osd.%1 is full (%2 %)</source>
        <translation>osd.%1 ist voll (%2 %)</translation>
    </message>
    <message>
        <source>osd.%1 is out</source>
        <translation>osd.%1 ist out</translation>
    </message>
    <message>
        <source>osd.%1 is nearly full (%2 %)</source>
        <translation>osd.%1 ist fast voll (%2 %)</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>noch kein Bericht</translation>
    </message>
    <message>
        <source>unknown report schema &quot;%1&quot;</source>
        <translation>unbekanntes Berichtsschema „%1“</translation>
    </message>
    <message>
        <source>Ceph: no status yet</source>
        <translation>Ceph: noch kein Status</translation>
    </message>
    <message>
        <source>Ceph %1</source>
        <translation>Ceph %1</translation>
    </message>
    <message>
        <source> · %1 % of %2 used</source>
        <translation> · %1 % von %2 belegt</translation>
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
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase for %1:</source>
        <translation>Falsche Passphrase. Passphrase für %1:</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>Keep it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
</context>
<context>
    <name>drover::app::DemoCluster</name>
    <message>
        <source>The demo cluster (%1) did not report ready within %2 s.%3</source>
        <translation>Der Demo-Cluster (%1) hat sich nicht innerhalb von %2 s bereit gemeldet.%3</translation>
    </message>
    <message>
        <source>Cannot run the demo cluster %1: %2</source>
        <translation>Der Demo-Cluster %1 lässt sich nicht starten: %2</translation>
    </message>
    <message>
        <source>The demo cluster exited (code %1) before it was ready.%2</source>
        <translation>Der Demo-Cluster wurde beendet (Code %1), bevor er bereit war.%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Ein temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo cluster needs the drover-sim program, which is not at %1. Install it next to drover or set DROVER_SIM_BIN.</source>
        <translation>Der Demo-Cluster braucht das Programm drover-sim, das nicht unter %1 liegt. Installieren Sie es neben drover oder setzen Sie DROVER_SIM_BIN.</translation>
    </message>
</context>
<context>
    <name>drover::console</name>
    <message>
        <source>no credential for the console: %1</source>
        <translation>keine Anmeldedaten für die Konsole: %1</translation>
    </message>
    <message>
        <source>the cluster connection was closed</source>
        <translation>die Verbindung zum Cluster wurde geschlossen</translation>
    </message>
    <message>
        <source>the server sent a text message where KubeVirt sends binary console data</source>
        <translation>der Server hat eine Textnachricht gesendet, wo KubeVirt binäre Konsolendaten sendet</translation>
    </message>
    <message>
        <source>the server chose the websocket subprotocol %1, not %2</source>
        <translation>der Server hat das WebSocket-Subprotokoll %1 gewählt, nicht %2</translation>
    </message>
    <message>
        <source>cannot create the console&apos;s local socket: %1</source>
        <translation>der lokale Socket der Konsole lässt sich nicht anlegen: %1</translation>
    </message>
    <message>
        <source>this cluster does not serve KubeVirt&apos;s API %1 (%2 %3): consoles need KubeVirt&apos;s virt-api. Check that KubeVirt is installed: kubectl get apiservice v1.subresources.kubevirt.io</source>
        <translation>dieser Cluster stellt die KubeVirt-API %1 nicht bereit (%2 %3): Konsolen brauchen die virt-api von KubeVirt. Prüfen Sie, ob KubeVirt installiert ist: kubectl get apiservice v1.subresources.kubevirt.io</translation>
    </message>
    <message>
        <source>KubeVirt&apos;s virt-api does not answer (%1 %2), so no console can open. Check its pods: kubectl -n kubevirt get pods -l kubevirt.io=virt-api</source>
        <translation>die virt-api von KubeVirt antwortet nicht (%1 %2), daher kann sich keine Konsole öffnen. Prüfen Sie ihre Pods: kubectl -n kubevirt get pods -l kubevirt.io=virt-api</translation>
    </message>
    <message>
        <source>the API server&apos;s TLS certificate was not accepted: %1</source>
        <translation>das TLS-Zertifikat des API-Servers wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>the console of %1 broke: invalid websocket data (%2)</source>
        <translation>die Konsole von %1 ist abgebrochen: ungültige WebSocket-Daten (%2)</translation>
    </message>
    <message>
        <source>the server closed the console of %1: %2</source>
        <translation>der Server hat die Konsole von %1 geschlossen: %2</translation>
    </message>
    <message>
        <source>the connection to the console of %1 was lost (%2)</source>
        <translation>die Verbindung zur Konsole von %1 ist verloren gegangen (%2)</translation>
    </message>
    <message>
        <source>close code %1</source>
        <translation>Close-Code %1</translation>
    </message>
    <message>
        <source>the server closed the console of %1</source>
        <translation>der Server hat die Konsole von %1 geschlossen</translation>
    </message>
    <message>
        <source>Kubernetes refused the console: your credentials were not accepted (401 Unauthorized)</source>
        <translation>Kubernetes hat die Konsole abgelehnt: Ihre Anmeldedaten wurden nicht akzeptiert (401 Unauthorized)</translation>
    </message>
    <message>
        <source>Kubernetes refused the console: you may not open the console of %1 (403 Forbidden)</source>
        <translation>Kubernetes hat die Konsole abgelehnt: Sie dürfen die Konsole von %1 nicht öffnen (403 Forbidden)</translation>
    </message>
    <message>
        <source>no such VM: %1 has no running instance (404 Not Found)</source>
        <translation>keine solche VM: %1 hat keine laufende Instanz (404 Not Found)</translation>
    </message>
    <message>
        <source>%1 has no console to open: it is not running, or has no such device (400 Bad Request)</source>
        <translation>%1 hat keine Konsole zum Öffnen: Die VM läuft nicht oder hat kein solches Gerät (400 Bad Request)</translation>
    </message>
    <message>
        <source>%1 has failed; its console is gone (409 Conflict)</source>
        <translation>%1 ist fehlgeschlagen; ihre Konsole ist weg (409 Conflict)</translation>
    </message>
    <message>
        <source>the console of %1 is unavailable (503 Service Unavailable)</source>
        <translation>die Konsole von %1 ist nicht verfügbar (503 Service Unavailable)</translation>
    </message>
    <message>
        <source>the API server answered HTTP %1 instead of opening the console of %2</source>
        <translation>der API-Server hat mit HTTP %1 geantwortet, statt die Konsole von %2 zu öffnen</translation>
    </message>
    <message>
        <source>cannot open the console of %1 at %2: %3</source>
        <translation>die Konsole von %1 auf %2 lässt sich nicht öffnen: %3</translation>
    </message>
    <message>
        <source>the console of %1 closed before it opened</source>
        <translation>die Konsole von %1 wurde geschlossen, bevor sie offen war</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>%1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1:%2: %3</source>
        <translation>Keine Verbindung zu %1:%2 möglich: %3</translation>
    </message>
    <message>
        <source>Authentication failed: the server wants a VNC password and none was given</source>
        <translation>Authentifizierung fehlgeschlagen: Der Server verlangt ein VNC-Passwort, es wurde aber keines angegeben</translation>
    </message>
    <message>
        <source>not a VNC server (it did not answer with an RFB protocol version)</source>
        <translation>kein VNC-Server (er hat nicht mit einer RFB-Protokollversion geantwortet)</translation>
    </message>
    <message>
        <source>Authentication failed: wrong VNC password</source>
        <translation>Authentifizierung fehlgeschlagen: falsches VNC-Passwort</translation>
    </message>
    <message>
        <source>Authentication failed: too many attempts, the server is refusing connections for a while</source>
        <translation>Authentifizierung fehlgeschlagen: zu viele Versuche, der Server lehnt Verbindungen eine Weile ab</translation>
    </message>
    <message>
        <source> (server said: %1)</source>
        <translation> (Server meldete: %1)</translation>
    </message>
    <message>
        <source>the server offers no security type Drover supports (%1)</source>
        <translation>der Server bietet keinen Sicherheitstyp an, den Drover unterstützt (%1)</translation>
    </message>
    <message>
        <source>the server refused the connection: %1</source>
        <translation>der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server refused the connection without a reason</source>
        <translation>der Server hat die Verbindung ohne Grund abgelehnt</translation>
    </message>
    <message>
        <source>protocol error: the server sent a rectangle outside the desktop (%1)</source>
        <translation>Protokollfehler: Der Server hat ein Rechteck außerhalb des Desktops gesendet (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>der Server hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the server stopped answering (timed out in the middle of a message)</source>
        <translation>der Server antwortet nicht mehr (Zeitüberschreitung mitten in einer Nachricht)</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation>Protokollfehler: %1</translation>
    </message>
    <message>
        <source>protocol error: the server announced an absurd desktop size %1x%2</source>
        <translation>Protokollfehler: Der Server hat eine unsinnige Desktopgröße von %1x%2 angekündigt</translation>
    </message>
    <message>
        <source>out of memory for a %1x%2 desktop</source>
        <translation>nicht genug Speicher für einen Desktop von %1x%2</translation>
    </message>
    <message>
        <source>the console&apos;s local end failed: %1</source>
        <translation>das lokale Ende der Konsole ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the console was closed locally</source>
        <translation>die Konsole wurde lokal geschlossen</translation>
    </message>
</context>
<context>
    <name>drover::console::SpiceClient</name>
    <message>
        <source>could not start a SPICE session to %1:%2</source>
        <translation>keine SPICE-Sitzung zu %1:%2 möglich</translation>
    </message>
    <message>
        <source>could not start a SPICE session</source>
        <translation>keine SPICE-Sitzung möglich</translation>
    </message>
    <message>
        <source>Authentication failed: wrong SPICE password</source>
        <translation>Authentifizierung fehlgeschlagen: falsches SPICE-Passwort</translation>
    </message>
    <message>
        <source>could not connect to the SPICE server</source>
        <translation>keine Verbindung zum SPICE-Server möglich</translation>
    </message>
    <message>
        <source>the SPICE server&apos;s TLS could not be verified</source>
        <translation>das TLS des SPICE-Servers ließ sich nicht überprüfen</translation>
    </message>
    <message>
        <source>the SPICE connection broke (not a SPICE server, or it went away)</source>
        <translation>die SPICE-Verbindung ist abgebrochen (kein SPICE-Server, oder er ist verschwunden)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the guest&apos;s screen format %1 is not supported</source>
        <translation>das Bildschirmformat %1 des Gasts wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the SPICE server wants a password, and none was given</source>
        <translation>der SPICE-Server verlangt ein Passwort, und keines wurde angegeben</translation>
    </message>
    <message>
        <source>the SPICE server wants a password</source>
        <translation>der SPICE-Server verlangt ein Passwort</translation>
    </message>
    <message>
        <source>the SPICE handshake failed (not a SPICE server?)</source>
        <translation>der SPICE-Verbindungsaufbau ist gescheitert (kein SPICE-Server?)</translation>
    </message>
</context>
<context>
    <name>drover::core</name>
    <message>
        <source>SnapshotSchedule %1 has no spec.schedule</source>
        <translation>SnapshotSchedule %1 hat kein spec.schedule</translation>
    </message>
    <message>
        <source>“%1” is not a MAC address: six pairs of hex digits split by &apos;:&apos; (52:54:00:12:34:56).</source>
        <translation>„%1“ ist keine MAC-Adresse: sechs Paare Hexziffern, durch &apos;:&apos; getrennt (52:54:00:12:34:56).</translation>
    </message>
    <message>
        <source>%1 is a multicast address: a NIC needs a unicast one (an even first octet).</source>
        <translation>%1 ist eine Multicast-Adresse: eine Netzwerkkarte braucht eine Unicast-Adresse (ein gerades erstes Oktett).</translation>
    </message>
    <message>
        <source>“%1” mixes &apos;:&apos; and &apos;-&apos;: use one of them.</source>
        <translation>„%1“ mischt &apos;:&apos; und &apos;-&apos;: verwenden Sie nur eines davon.</translation>
    </message>
    <message>
        <source>not a VirtualMachineClone</source>
        <translation>kein VirtualMachineClone</translation>
    </message>
    <message>
        <source>a %1 without a name</source>
        <translation>%1 ohne Namen</translation>
    </message>
    <message>
        <source>CDI has not said it is ready</source>
        <translation>CDI hat es noch nicht als bereit gemeldet</translation>
    </message>
    <message>
        <source>Pick the namespace the VM goes in.</source>
        <translation>Wählen Sie den Namespace für die VM.</translation>
    </message>
    <message>
        <source>The VM needs a name.</source>
        <translation>Die VM braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid VM name: lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, 63 characters at most.</source>
        <translation>„%1“ ist kein gültiger VM-Name: Kleinbuchstaben, Ziffern und &apos;-&apos;, am Anfang und Ende ein Buchstabe oder eine Ziffer, höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>A VM needs at least one socket with one core.</source>
        <translation>Eine VM braucht mindestens einen Sockel mit einem Kern.</translation>
    </message>
    <message>
        <source>“%1” is not a memory size a VM can boot with: give at least 64Mi, e.g. 2Gi.</source>
        <translation>„%1“ ist keine Speichergröße, mit der eine VM booten kann: Geben Sie mindestens 64Mi an, z. B. 2Gi.</translation>
    </message>
    <message>
        <source>Disk %1: pick the image to clone.</source>
        <translation>Datenträger %1: Wählen Sie das zu klonende Image.</translation>
    </message>
    <message>
        <source>Disk %1: give the URL to import.</source>
        <translation>Datenträger %1: Geben Sie die zu importierende URL an.</translation>
    </message>
    <message>
        <source>Disk %1: give the registry image to import.</source>
        <translation>Datenträger %1: Geben Sie das zu importierende Registry-Image an.</translation>
    </message>
    <message>
        <source>Disk %1: pick the volume to clone.</source>
        <translation>Datenträger %1: Wählen Sie das zu klonende Volume.</translation>
    </message>
    <message>
        <source>Disk %1: give the container image.</source>
        <translation>Datenträger %1: Geben Sie das Container-Image an.</translation>
    </message>
    <message>
        <source>Disk %1: “%2” is not an http:// or https:// URL.</source>
        <translation>Datenträger %1: „%2“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Disk %1: a registry image is written docker://registry/image:tag.</source>
        <translation>Datenträger %1: Ein Registry-Image wird als docker://registry/image:tag angegeben.</translation>
    </message>
    <message>
        <source>Disk %1: “%2” is not a size; write e.g. 30Gi.</source>
        <translation>Datenträger %1: „%2“ ist keine Größe; schreiben Sie z. B. 30Gi.</translation>
    </message>
    <message>
        <source>A VM needs a disk to boot from.</source>
        <translation>Eine VM braucht einen Datenträger, von dem sie bootet.</translation>
    </message>
    <message>
        <source>“%1” is not a valid disk name: lower-case letters, digits and &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Datenträgername: Kleinbuchstaben, Ziffern und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Two disks are named %1.</source>
        <translation>Zwei Datenträger heißen %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid interface name: lower-case letters, digits and &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Schnittstellenname: Kleinbuchstaben, Ziffern und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Two interfaces are named %1.</source>
        <translation>Zwei Schnittstellen heißen %1.</translation>
    </message>
    <message>
        <source>Only one interface can be on the pod network.</source>
        <translation>Nur eine Schnittstelle kann mit dem Pod-Netzwerk verbunden sein.</translation>
    </message>
    <message>
        <source>“%1” is not an OpenSSH public key (ssh-ed25519 AAAA… comment).</source>
        <translation>„%1“ ist kein öffentlicher OpenSSH-Schlüssel (ssh-ed25519 AAAA… Kommentar).</translation>
    </message>
    <message>
        <source>A Windows answer file and cloud-init settings exclude each other: clear one of them.</source>
        <translation>Eine Windows-Antwortdatei und cloud-init-Einstellungen schließen einander aus: Leeren Sie eines von beiden.</translation>
    </message>
    <message>
        <source>“%1” is not a user name cloud-init can create.</source>
        <translation>„%1“ ist kein Benutzername, den cloud-init anlegen kann.</translation>
    </message>
</context>
<context>
    <name>drover::kube</name>
    <message>
        <source>expected a %1, got kind &apos;%2&apos;</source>
        <translation>%1 erwartet, aber kind „%2“ erhalten</translation>
    </message>
    <message>
        <source>the %1 has no status</source>
        <translation>%1 hat keinen Status</translation>
    </message>
    <message>
        <source>the SelfSubjectAccessReview&apos;s status has no &apos;allowed&apos;</source>
        <translation>der Status des SelfSubjectAccessReview hat kein „allowed“</translation>
    </message>
    <message>
        <source>the client key is not a PEM private key</source>
        <translation>der Client-Schlüssel ist kein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>user &apos;%1&apos;: cannot read tokenFile %2: %3</source>
        <translation>Benutzer „%1“: tokenFile %2 ist nicht lesbar: %3</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>warte auf %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos;: %2</source>
        <translation>Benutzer „%1“: %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos;: the client certificate is not PEM</source>
        <translation>Benutzer „%1“: Das Client-Zertifikat ist kein PEM</translation>
    </message>
    <message>
        <source>credential plugin &apos;%1&apos;</source>
        <translation>Credential-Plugin „%1“</translation>
    </message>
    <message>
        <source>the exec credential plugin has no command</source>
        <translation>das exec-Credential-Plugin hat kein command</translation>
    </message>
    <message>
        <source>%1: apiVersion &apos;%2&apos; is not supported; use %3 or %4</source>
        <translation>%1: apiVersion „%2“ wird nicht unterstützt; verwenden Sie %3 oder %4</translation>
    </message>
    <message>
        <source>%1 needs a terminal (interactiveMode: Always), which Drover cannot give it; log in once from a terminal (run the plugin or kubectl there) or set interactiveMode: IfAvailable</source>
        <translation>%1 braucht ein Terminal (interactiveMode: Always), das Drover nicht bereitstellen kann; melden Sie sich einmal in einem Terminal an (führen Sie dort das Plugin oder kubectl aus) oder setzen Sie interactiveMode: IfAvailable</translation>
    </message>
    <message>
        <source>%1 was not found on PATH</source>
        <translation>%1 wurde nicht im PATH gefunden</translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation>%1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <source> (it seems to need a terminal, which Drover cannot give it: log in once from a terminal, then connect again)</source>
        <translation> (es scheint ein Terminal zu brauchen, das Drover nicht bereitstellen kann: Melden Sie sich einmal in einem Terminal an und verbinden Sie dann erneut)</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 crashed: %2</source>
        <translation>%1 ist abgestürzt: %2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2 and no message</source>
        <translation>%1 ist mit Exit-Code %2 und ohne Meldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 printed nothing; it should print an ExecCredential</source>
        <translation>%1 hat nichts ausgegeben; erwartet wird ein ExecCredential</translation>
    </message>
    <message>
        <source>%1 printed %2 bytes that are not an ExecCredential JSON object%3</source>
        <translation>%1 hat %2 Bytes ausgegeben, die kein ExecCredential-JSON-Objekt sind%3</translation>
    </message>
    <message>
        <source> (%1 at offset %2)</source>
        <translation> (%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>%1 printed kind &apos;%2&apos;, expected ExecCredential</source>
        <translation>%1 hat kind „%2“ ausgegeben, erwartet wird ExecCredential</translation>
    </message>
    <message>
        <source>%1 is configured for %2 but answered with apiVersion &apos;%3&apos;</source>
        <translation>%1 ist für %2 konfiguriert, hat aber mit apiVersion „%3“ geantwortet</translation>
    </message>
    <message>
        <source>%1 printed an ExecCredential without a status</source>
        <translation>%1 hat ein ExecCredential ohne Status ausgegeben</translation>
    </message>
    <message>
        <source>%1 gave neither a token nor a client certificate and key</source>
        <translation>%1 hat weder ein Token noch ein Client-Zertifikat mit Schlüssel geliefert</translation>
    </message>
    <message>
        <source>%1 gave a client certificate without its key</source>
        <translation>%1 hat ein Client-Zertifikat ohne den zugehörigen Schlüssel geliefert</translation>
    </message>
    <message>
        <source>%1 gave a client key without its certificate</source>
        <translation>%1 hat einen Client-Schlüssel ohne das zugehörige Zertifikat geliefert</translation>
    </message>
    <message>
        <source>%1 gave an expirationTimestamp &apos;%2&apos; that is not an RFC 3339 time</source>
        <translation>%1 hat einen expirationTimestamp „%2“ geliefert, der keine RFC-3339-Zeit ist</translation>
    </message>
    <message>
        <source>unreadable watch event (%1)</source>
        <translation>unlesbares Watch-Ereignis (%1)</translation>
    </message>
    <message>
        <source>cluster &apos;%1&apos;: server &apos;%2&apos; is not an http(s) URL</source>
        <translation>Cluster „%1“: Server „%2“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>cluster &apos;%1&apos;: the certificate authority %2 holds no PEM certificate</source>
        <translation>Cluster „%1“: Die Zertifizierungsstelle %2 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source> (trusted CA: %1)</source>
        <translation> (vertrauenswürdige CA: %1)</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>die des Systems</translation>
    </message>
    <message>
        <source> (name checked: %1)</source>
        <translation> (geprüfter Name: %1)</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>unreadable list (%1)</source>
        <translation>unlesbare Liste (%1)</translation>
    </message>
    <message>
        <source>open the VNC console of %1</source>
        <translation>die VNC-Konsole von %1 öffnen</translation>
    </message>
    <message>
        <source>open the serial console of %1</source>
        <translation>die serielle Konsole von %1 öffnen</translation>
    </message>
    <message>
        <source>take screenshots of %1</source>
        <translation>Bildschirmfotos von %1 aufnehmen</translation>
    </message>
    <message>
        <source>%1 at the cluster scope</source>
        <translation>%1 auf Cluster-Ebene</translation>
    </message>
    <message>
        <source>%1 in namespace %2</source>
        <translation>%1 in Namespace %2</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>der Cluster</translation>
    </message>
    <message>
        <source>The connection settings cannot be used: %1</source>
        <translation>Die Verbindungseinstellungen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check that the server is running and the address in your kubeconfig is right; Drover keeps retrying.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie, ob der Server läuft und die Adresse in Ihrer Kubeconfig stimmt; Drover versucht es weiter.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. Check the certificate authority and server name in your kubeconfig.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie Zertifizierungsstelle und Servernamen in Ihrer Kubeconfig.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2).</translation>
    </message>
    <message>
        <source>%1 refused your credentials (401 Unauthorized): %2. Your token or certificate may have expired; log in again or pick another context.</source>
        <translation>%1 hat Ihre Anmeldedaten abgelehnt (401 Unauthorized): %2. Ihr Token oder Zertifikat ist vielleicht abgelaufen; melden Sie sich erneut an oder wählen Sie einen anderen Kontext.</translation>
    </message>
    <message>
        <source>Your account may not %1 (forbidden: %2). Ask a cluster admin for the RBAC permission.</source>
        <translation>Ihr Konto darf Folgendes nicht: %1 (verboten: %2). Bitten Sie einen Cluster-Admin um die RBAC-Berechtigung.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (403 Forbidden): %1. Ask a cluster admin for the RBAC permission.</source>
        <translation>Das dürfen Sie nicht (403 Forbidden): %1. Bitten Sie einen Cluster-Admin um die RBAC-Berechtigung.</translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation>Nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>Someone changed this object at the same time (409 %1): %2. Reload and try again.</source>
        <translation>Jemand hat dieses Objekt gleichzeitig geändert (409 %1): %2. Laden Sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The data is too old (410 Gone): %1.</source>
        <translation>Die Daten sind zu alt (410 Gone): %1.</translation>
    </message>
    <message>
        <source>The server rejected the request: %1.</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The server is busy (429): %1. Drover will retry.</source>
        <translation>Der Server ist ausgelastet (429): %1. Drover versucht es erneut.</translation>
    </message>
    <message>
        <source>Service unavailable (503): %1.</source>
        <translation>Dienst nicht verfügbar (503): %1.</translation>
    </message>
    <message>
        <source>%1 had an internal error (HTTP %2): %3.</source>
        <translation>%1 hatte einen internen Fehler (HTTP %2): %3.</translation>
    </message>
    <message>
        <source>%1 sent a response Drover cannot read: %2.</source>
        <translation>%1 hat eine Antwort gesendet, die Drover nicht lesen kann: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2: %3 %4 is a directory, not a file</source>
        <translation>%1: %2: %3 %4 ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>%1: %2: cannot read %3 %4: %5</source>
        <translation>%1: %2: %3 %4 ist nicht lesbar: %5</translation>
    </message>
    <message>
        <source>no kubeconfig file was given</source>
        <translation>keine Kubeconfig-Datei angegeben</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: is a directory, not a kubeconfig file</source>
        <translation>%1: ist ein Verzeichnis, keine Kubeconfig-Datei</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>none of the kubeconfig files exists: %1</source>
        <translation>keine der Kubeconfig-Dateien existiert: %1</translation>
    </message>
    <message>
        <source>%1: the file is empty; a kubeconfig needs clusters, users and contexts</source>
        <translation>%1: die Datei ist leer; eine Kubeconfig braucht Cluster, Benutzer und Kontexte</translation>
    </message>
    <message>
        <source>%1: no contexts are defined; a context joins a cluster and a user (kubectl config set-context adds one)</source>
        <translation>%1: keine Kontexte definiert; ein Kontext verbindet einen Cluster mit einem Benutzer (kubectl config set-context legt einen an)</translation>
    </message>
    <message>
        <source>%1: no current-context is set; choose a context: %2</source>
        <translation>%1: kein current-context gesetzt; wählen Sie einen Kontext: %2</translation>
    </message>
    <message>
        <source>%1: current-context &apos;%2&apos; names no context; the contexts are: %3</source>
        <translation>%1: current-context „%2“ nennt keinen vorhandenen Kontext; die Kontexte sind: %3</translation>
    </message>
    <message>
        <source>%1: there is no context &apos;%2&apos;; the contexts are: %3</source>
        <translation>%1: es gibt keinen Kontext „%2“; die Kontexte sind: %3</translation>
    </message>
    <message>
        <source>%1: context &apos;%2&apos; names cluster &apos;%3&apos;, which no kubeconfig file defines (clusters: %4)</source>
        <translation>%1: Kontext „%2“ nennt den Cluster „%3“, den keine Kubeconfig-Datei definiert (Cluster: %4)</translation>
    </message>
    <message>
        <source>%1: context &apos;%2&apos; names user &apos;%3&apos;, which no kubeconfig file defines (users: %4)</source>
        <translation>%1: Kontext „%2“ nennt den Benutzer „%3“, den keine Kubeconfig-Datei definiert (Benutzer: %4)</translation>
    </message>
    <message>
        <source> (used by context &apos;%1&apos;)</source>
        <translation> (verwendet von Kontext „%1“)</translation>
    </message>
    <message>
        <source>cluster &apos;%1&apos;</source>
        <translation>Cluster „%1“</translation>
    </message>
    <message>
        <source>user &apos;%1&apos;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a kubeconfig is a map with apiVersion, kind, clusters, users and contexts; this file holds %1</source>
        <translation>eine Kubeconfig ist eine Map mit apiVersion, kind, clusters, users und contexts; diese Datei enthält %1</translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation>die Kubeconfig</translation>
    </message>
    <message>
        <source>&apos;kind&apos; is &apos;%1&apos;; a kubeconfig has kind: Config</source>
        <translation>„kind“ ist „%1“; eine Kubeconfig hat kind: Config</translation>
    </message>
    <message>
        <source>&apos;apiVersion&apos; is &apos;%1&apos;; kubeconfig files are apiVersion: v1</source>
        <translation>„apiVersion“ ist „%1“; Kubeconfig-Dateien haben apiVersion: v1</translation>
    </message>
    <message>
        <source>%1 must be a map, not %2</source>
        <translation>%1 muss eine Map sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: a key must be a name, not %2</source>
        <translation>%1: ein Schlüssel muss ein Name sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a string, not %3</source>
        <translation>%1: „%2“ muss eine Zeichenkette sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be true or false, not %3</source>
        <translation>%1: „%2“ muss true oder false sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list of strings, not %3</source>
        <translation>%1: „%2“ muss eine Liste von Zeichenketten sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must hold strings, not %3</source>
        <translation>%1: „%2“ muss Zeichenketten enthalten, nicht %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not valid base64</source>
        <translation>%1: „%2“ ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of entries with &apos;name&apos; and &apos;%2&apos;, not %3</source>
        <translation>„%1“ muss eine Liste von Einträgen mit „name“ und „%2“ sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be a map with &apos;name&apos; and &apos;%2&apos;, not %3</source>
        <translation>%1 muss eine Map mit „name“ und „%2“ sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 has no &apos;name&apos;</source>
        <translation>%1 hat kein „name“</translation>
    </message>
    <message>
        <source>%1: the %2 name &apos;%3&apos; is already used at line %4</source>
        <translation>%1: der %2-Name „%3“ wird bereits in Zeile %4 verwendet</translation>
    </message>
    <message>
        <source>%1 has no &apos;server&apos;</source>
        <translation>%1 hat kein „server“</translation>
    </message>
    <message>
        <source>%1 sets both &apos;certificate-authority&apos; and &apos;certificate-authority-data&apos;; keep one</source>
        <translation>%1 setzt sowohl „certificate-authority“ als auch „certificate-authority-data“; behalten Sie eines</translation>
    </message>
    <message>
        <source>%1 sets &apos;insecure-skip-tls-verify&apos; and a certificate authority; keep one</source>
        <translation>%1 setzt „insecure-skip-tls-verify“ und eine Zertifizierungsstelle; behalten Sie eines</translation>
    </message>
    <message>
        <source>%1 sets both &apos;%2&apos; and &apos;%2-data&apos;; keep one</source>
        <translation>%1 setzt sowohl „%2“ als auch „%2-data“; behalten Sie eines</translation>
    </message>
    <message>
        <source>%1 has a client certificate but no &apos;client-key&apos;</source>
        <translation>%1 hat ein Client-Zertifikat, aber kein „client-key“</translation>
    </message>
    <message>
        <source>%1 has a client key but no &apos;client-certificate&apos;</source>
        <translation>%1 hat einen Client-Schlüssel, aber kein „client-certificate“</translation>
    </message>
    <message>
        <source>%1 sets both a token and a username/password; keep one</source>
        <translation>%1 setzt sowohl ein Token als auch Benutzername/Passwort; behalten Sie eines</translation>
    </message>
    <message>
        <source>%1 uses &apos;auth-provider&apos;, which Drover does not support; use an exec credential plugin instead</source>
        <translation>%1 verwendet „auth-provider“, was Drover nicht unterstützt; verwenden Sie stattdessen ein exec-Credential-Plugin</translation>
    </message>
    <message>
        <source>%1: &apos;env&apos; must be a list of {name, value}, not %2</source>
        <translation>%1: „env“ muss eine Liste von {name, value} sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 has no &apos;command&apos;</source>
        <translation>%1 hat kein „command“</translation>
    </message>
    <message>
        <source>%1: &apos;apiVersion&apos; is %2; use %3 or %4</source>
        <translation>%1: „apiVersion“ ist %2; verwenden Sie %3 oder %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 has no &apos;interactiveMode&apos; (Never, IfAvailable or Always), which %2 requires</source>
        <translation>%1 hat kein „interactiveMode“ (Never, IfAvailable oder Always), das %2 verlangt</translation>
    </message>
    <message>
        <source>%1: &apos;interactiveMode&apos; must be Never, IfAvailable or Always, not &apos;%2&apos;</source>
        <translation>%1: „interactiveMode“ muss Never, IfAvailable oder Always sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 names no &apos;cluster&apos;</source>
        <translation>%1 nennt kein „cluster“</translation>
    </message>
    <message>
        <source>%1: not valid YAML: %2 (column %3)</source>
        <translation>%1: kein gültiges YAML: %2 (Spalte %3)</translation>
    </message>
    <message>
        <source>the connection ended before the response&apos;s header did</source>
        <translation>die Verbindung endete vor dem Kopf der Antwort</translation>
    </message>
    <message>
        <source>the connection ended in the middle of the response</source>
        <translation>die Verbindung endete mitten in der Antwort</translation>
    </message>
    <message>
        <source>a header line longer than %1 bytes</source>
        <translation>eine Kopfzeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>a response header longer than %1 bytes</source>
        <translation>ein Antwortkopf länger als %1 Bytes</translation>
    </message>
    <message>
        <source>not an HTTP/1.1 status line: %1</source>
        <translation>keine HTTP/1.1-Statuszeile: %1</translation>
    </message>
    <message>
        <source>not an HTTP header field: %1</source>
        <translation>kein HTTP-Kopffeld: %1</translation>
    </message>
    <message>
        <source>an invalid Content-Length: %1</source>
        <translation>eine ungültige Content-Length: %1</translation>
    </message>
    <message>
        <source>a line of the chunked body longer than %1 bytes</source>
        <translation>eine Zeile des Chunked-Rumpfs länger als %1 Bytes</translation>
    </message>
    <message>
        <source>a chunk&apos;s data did not end where its size said</source>
        <translation>die Daten eines Chunks endeten nicht dort, wo seine Größe es angab</translation>
    </message>
    <message>
        <source>not a chunk-size line: %1</source>
        <translation>keine Chunk-Größenzeile: %1</translation>
    </message>
    <message>
        <source>Protocol &quot;%1&quot; is unknown</source>
        <translation>Protokoll „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>the server&apos;s response is not HTTP/1.1: %1</source>
        <translation>die Antwort des Servers ist kein HTTP/1.1: %1</translation>
    </message>
    <message>
        <source>Connection closed (%1)</source>
        <translation>Verbindung geschlossen (%1)</translation>
    </message>
    <message>
        <source>the server redirected the watch (%1 %2), which is not followed</source>
        <translation>der Server leitete den Watch um (%1 %2); dem wird nicht gefolgt</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>drover::models::AccessText</name>
    <message>
        <source>Your account may not start VMs in namespace %1.</source>
        <translation>Ihr Konto darf in Namespace %1 keine VMs starten.</translation>
    </message>
    <message>
        <source>Your account may not stop VMs in namespace %1.</source>
        <translation>Ihr Konto darf in Namespace %1 keine VMs herunterfahren.</translation>
    </message>
    <message>
        <source>Your account may not force-stop VMs in namespace %1.</source>
        <translation>Ihr Konto darf in Namespace %1 das Ausschalten von VMs nicht erzwingen.</translation>
    </message>
    <message>
        <source>Your account may not restart VMs in namespace %1.</source>
        <translation>Ihr Konto darf in Namespace %1 keine VMs neu starten.</translation>
    </message>
    <message>
        <source>Your account may not pause VMs in namespace %1.</source>
        <translation>Ihr Konto darf in Namespace %1 keine VMs anhalten.</translation>
    </message>
    <message>
        <source>Your account may not resume VMs in namespace %1.</source>
        <translation>Ihr Konto darf in Namespace %1 keine VMs fortsetzen.</translation>
    </message>
    <message>
        <source>Your account may not open serial consoles in namespace %1.</source>
        <translation>Ihr Konto darf in Namespace %1 keine seriellen Konsolen öffnen.</translation>
    </message>
    <message>
        <source>Your account may not open VNC consoles in namespace %1.</source>
        <translation>Ihr Konto darf in Namespace %1 keine VNC-Konsolen öffnen.</translation>
    </message>
    <message>
        <source>Your account may not migrate VMs in namespace %1.</source>
        <translation>Ihr Konto darf in Namespace %1 keine VMs migrieren.</translation>
    </message>
    <message>
        <source>Your account may not change hosts (patch nodes): cordon and maintenance need a cluster admin.</source>
        <translation>Ihr Konto darf Hosts nicht ändern (Nodes patchen): Cordon und Wartung braucht einen Cluster-Admin.</translation>
    </message>
    <message>
        <source>Your account may not see hosts (nodes are forbidden at the cluster scope).

The VMs you may see are listed on the right.</source>
        <translation>Ihr Konto darf keine Hosts sehen (Nodes sind auf Cluster-Ebene verboten).

Die VMs, die Sie sehen dürfen, stehen rechts.</translation>
    </message>
    <message>
        <source>Ceph: your account may not read Ceph clusters</source>
        <translation>Ceph: Ihr Konto darf keine Ceph-Cluster lesen</translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>Your account may not list VMs in every namespace: Drover shows namespace %1, the one your kubeconfig context names.</source>
        <translation>Ihr Konto darf VMs nicht in allen Namespaces auflisten: Drover zeigt Namespace %1, den Ihr Kubeconfig-Kontext nennt.</translation>
    </message>
    <message>
        <source>Your account may not delete VMs in namespace %1.</source>
        <translation>Ihr Konto darf in Namespace %1 keine VMs löschen.</translation>
    </message>
    <message>
        <source>Your account may not clone VMs in namespace %1 (create virtualmachineclones).</source>
        <translation>Ihr Konto darf im Namespace %1 keine VMs klonen (create virtualmachineclones).</translation>
    </message>
    <message>
        <source>Your account may not change VMs in namespace %1 (patch virtualmachines).</source>
        <translation>Ihr Konto darf in Namespace %1 keine VMs ändern (patch virtualmachines).</translation>
    </message>
</context>
<context>
    <name>drover::models::AgentFetcher</name>
    <message>
        <source>drover-agent is not installed on %1 (looked for &quot;%2&quot;)</source>
        <translation>drover-agent ist auf %1 nicht installiert (gesucht: „%2“)</translation>
    </message>
    <message>
        <source>drover-agent on %1 failed (exit status %2): %3</source>
        <translation>drover-agent auf %1 ist fehlgeschlagen (Exit-Status %2): %3</translation>
    </message>
    <message>
        <source>%1 did not answer with a report (%2 at byte %3)</source>
        <translation>%1 hat keinen Bericht geliefert (%2 bei Byte %3)</translation>
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
        <translation>%1/%2 bereit</translation>
    </message>
    <message>
        <source>%1 / %2 vCPU</source>
        <translation>%1 / %2 vCPU</translation>
    </message>
    <message>
        <source>Requested by running VMs: %1 of the hosts&apos; allocatable vCPU, %2 of their memory</source>
        <translation>Von laufenden VMs angefordert: %1 der zuweisbaren vCPUs der Hosts, %2 ihres Arbeitsspeichers</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Unbekannter Host</translation>
    </message>
    <message>
        <source>Not ready, cordoned</source>
        <translation>Nicht bereit, gesperrt</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Cordoned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>VMs without a running instance</source>
        <translation>VMs ohne laufende Instanz</translation>
    </message>
    <message>
        <source>%1 of allocatable vCPU, %2 of allocatable memory requested by VMs on %3</source>
        <translation>%1 der zuweisbaren vCPUs und %2 des zuweisbaren Arbeitsspeichers von VMs auf %3 angefordert</translation>
    </message>
    <message>
        <source>%1 — %2, kubelet %3</source>
        <translation>%1 — %2, Kubelet %3</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>unknown OS</source>
        <translation>unbekanntes Betriebssystem</translation>
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
        <translation>Speicher</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>Im Wartungsmodus</translation>
    </message>
    <message>
        <source>Leaving maintenance</source>
        <translation>Verlässt Wartungsmodus</translation>
    </message>
    <message>
        <source>Entering maintenance</source>
        <translation>Wechselt in Wartungsmodus</translation>
    </message>
    <message>
        <source> · critical</source>
        <translation> · kritisch</translation>
    </message>
    <message>
        <source> · warning</source>
        <translation> · Warnung</translation>
    </message>
    <message>
        <source>The VM instances are still being listed: what they request on the hosts is not known yet</source>
        <translation>Die VM-Instanzen werden noch gelistet: was sie auf den Hosts anfordern, ist noch nicht bekannt</translation>
    </message>
</context>
<context>
    <name>drover::models::MaintenancePlanModel</name>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>VM or pod</source>
        <translation>VM oder Pod</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>drover::models::MaintenanceText</name>
    <message>
        <source>Live-migrate</source>
        <translation>Live-migrieren</translation>
    </message>
    <message>
        <source>Evict</source>
        <translation>Verdrängen</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Stop, restart after</source>
        <translation>Herunterfahren, danach starten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Bleibt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Wird geleert</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>Im Wartungsmodus</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cordon %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Ask Ceph whether %1&apos;s OSDs may stop</source>
        <translation>Ceph fragen, ob die OSDs von %1 gestoppt werden dürfen</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 herunterfahren</translation>
    </message>
    <message>
        <source>Evict %1</source>
        <translation>%1 verdrängen</translation>
    </message>
    <message>
        <source>Wait until %1 is drained</source>
        <translation>Warten, bis %1 geleert ist</translation>
    </message>
    <message>
        <source>Uncordon %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Wait for Ceph&apos;s placement groups to be clean</source>
        <translation>Warten, bis die Placement Groups von Ceph clean sind</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>waits for Ceph</source>
        <translation>wartet auf Ceph</translation>
    </message>
    <message>
        <source>waits for a migration slot</source>
        <translation>wartet auf einen Migrations-Slot</translation>
    </message>
    <message>
        <source>waits for the step before</source>
        <translation>wartet auf den vorherigen Schritt</translation>
    </message>
    <message>
        <source>waits for a disruption budget</source>
        <translation>wartet auf ein Disruption Budget</translation>
    </message>
    <message>
        <source>eviction sent</source>
        <translation>Verdrängung angefordert</translation>
    </message>
    <message>
        <source>evicted</source>
        <translation>verdrängt</translation>
    </message>
    <message>
        <source>KubeVirt is live-migrating it</source>
        <translation>wird von KubeVirt live-migriert</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>waits for its disruption budget: %1</source>
        <translation>wartet auf sein Disruption Budget: %1</translation>
    </message>
    <message>
        <source>failed, retrying: %1</source>
        <translation>fehlgeschlagen, neuer Versuch: %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>etwa %n s</numerusform>
            <numerusform>etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n min</numerusform>
            <numerusform>etwa %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) live-migrate</source>
        <translation>
            <numerusform>%n VM wird live-migriert</numerusform>
            <numerusform>%n VMs werden live-migriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shut down</source>
        <translation>
            <numerusform>%n wird heruntergefahren</numerusform>
            <numerusform>%n werden heruntergefahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) evicted</source>
        <translation>
            <numerusform>%n Pod wird verdrängt</numerusform>
            <numerusform>%n Pods werden verdrängt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay (DaemonSets)</source>
        <translation>
            <numerusform>%n bleibt (DaemonSets)</numerusform>
            <numerusform>%n bleiben (DaemonSets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Ceph: not asked yet</source>
        <translation>Ceph: noch nicht gefragt</translation>
    </message>
    <message>
        <source>Ceph: %1</source>
        <translation>Ceph: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ceph: %1 may stop (%n placement group(s) keep enough copies)</source>
        <translation>
            <numerusform>Ceph: Stoppen von %1 ist möglich (%n Placement Group behält genug Kopien)</numerusform>
            <numerusform>Ceph: Stoppen von %1 ist möglich (%n Placement Groups behalten genug Kopien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ceph: stopping %1 would leave %n placement group(s) without enough copies</source>
        <translation>
            <numerusform>Ceph: Das Stoppen von %1 ließe %n Placement Group ohne genug Kopien</numerusform>
            <numerusform>Ceph: Das Stoppen von %1 ließe %n Placement Groups ohne genug Kopien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drover::models::MigrationTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled by deleting the migration</source>
        <translation>abgebrochen durch Löschen der Migration</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Source → target</source>
        <translation>Quelle → Ziel</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>drover::models::PlanTreeModel</name>
    <message>
        <source>Intent and plan</source>
        <translation>Absicht und Plan</translation>
    </message>
    <message>
        <source>planning…</source>
        <translation>wird geplant…</translation>
    </message>
</context>
<context>
    <name>drover::models::ScheduleText</name>
    <message>
        <source>every VM in %1</source>
        <translation>jede VM in %1</translation>
    </message>
    <message>
        <source>%1 in (%2)</source>
        <translation>%1 in (%2)</translation>
    </message>
    <message>
        <source>%1 not in (%2)</source>
        <translation>%1 nicht in (%2)</translation>
    </message>
    <message>
        <source>has %1</source>
        <translation>hat %1</translation>
    </message>
    <message>
        <source>has no %1</source>
        <translation>hat kein %1</translation>
    </message>
    <message>
        <source>VMs labelled %1</source>
        <translation>VMs mit Label %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation>Ausgesetzt: %1</translation>
    </message>
    <message>
        <source>by an admin</source>
        <translation>von einem Admin</translation>
    </message>
    <message>
        <source>Suspended: by an admin</source>
        <translation>Ausgesetzt: von einem Admin</translation>
    </message>
    <message>
        <source>Not seen by droverd yet</source>
        <translation>Von droverd noch nicht gesehen</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>Schlägt fehl: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>“%1” is not a label selector term (key=value, key!=value, key in (a,b), key, !key).</source>
        <translation>„%1“ ist kein Label-Selektor-Ausdruck (key=value, key!=value, key in (a,b), key, !key).</translation>
    </message>
</context>
<context>
    <name>drover::models::SshTunnels</name>
    <message>
        <source>&quot;%1&quot; is not a port</source>
        <translation>„%1“ ist kein Port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SSH destination: write host, user@host or user@host:port</source>
        <translation>„%1“ ist kein SSH-Ziel: Geben Sie host, user@host oder user@host:port an</translation>
    </message>
    <message>
        <source>SSH to %1: %2</source>
        <translation>SSH zu %1: %2</translation>
    </message>
    <message>
        <source>SSH to %1: not connected</source>
        <translation>SSH zu %1: nicht verbunden</translation>
    </message>
    <message>
        <source>%1 could not reach %2:%3 (%4)</source>
        <translation>%1 konnte %2:%3 nicht erreichen (%4)</translation>
    </message>
</context>
<context>
    <name>drover::models::VmActionText</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Force Stop</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet …</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 wird heruntergefahren …</translation>
    </message>
    <message>
        <source>Force stopping %1…</source>
        <translation>%1 wird hart ausgeschaltet …</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>%1 wird neu gestartet …</translation>
    </message>
    <message>
        <source>Pausing %1…</source>
        <translation>%1 wird angehalten …</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>%1 wird fortgesetzt …</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <source>%1 is stopped.</source>
        <translation>%1 ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 was restarted and is running.</source>
        <translation>%1 wurde neu gestartet und läuft.</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 ist angehalten.</translation>
    </message>
    <message>
        <source>%1 is running again.</source>
        <translation>%1 läuft wieder.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Could not stop %1: %2</source>
        <translation>%1 konnte nicht heruntergefahren werden: %2</translation>
    </message>
    <message>
        <source>Could not force stop %1: %2</source>
        <translation>%1 konnte nicht hart ausgeschaltet werden: %2</translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation>%1 konnte nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <source>Could not pause %1: %2</source>
        <translation>%1 konnte nicht angehalten werden: %2</translation>
    </message>
    <message>
        <source>Could not resume %1: %2</source>
        <translation>%1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>not connected to a cluster.</source>
        <translation>keine Verbindung zu einem Cluster.</translation>
    </message>
    <message>
        <source>KubeVirt refused it in the VM&apos;s current state: %1.</source>
        <translation>KubeVirt lehnt das im aktuellen Zustand der VM ab: %1.</translation>
    </message>
    <message>
        <source>the VM was deleted.</source>
        <translation>die VM wurde gelöscht.</translation>
    </message>
    <message>
        <source>the cluster did not answer within %1 s.</source>
        <translation>der Cluster hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>the cluster accepted the request, but the VM is still %1 after %2 s instead of %3.</source>
        <translation>der Cluster hat die Anfrage angenommen, aber die VM ist nach %2 s noch %1 statt %3.</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>in einem unbekannten Zustand</translation>
    </message>
    <message>
        <source>%1: the connection was switched before the result arrived.</source>
        <translation>%1: Die Verbindung wurde gewechselt, bevor das Ergebnis eintraf.</translation>
    </message>
    <message>
        <source>%1: superseded by %2.</source>
        <translation>%1: ersetzt durch %2.</translation>
    </message>
    <message>
        <source>the cluster knows KubeVirt&apos;s API %1, but its server (virt-api) does not answer (%2 %3). Check KubeVirt&apos;s virt-api pods: kubectl -n kubevirt get pods -l kubevirt.io=virt-api, and kubectl get apiservice v1.subresources.kubevirt.io.</source>
        <translation>der Cluster kennt KubeVirts API %1, aber ihr Server (virt-api) antwortet nicht (%2 %3). Prüfen Sie KubeVirts virt-api-Pods: kubectl -n kubevirt get pods -l kubevirt.io=virt-api, und kubectl get apiservice v1.subresources.kubevirt.io.</translation>
    </message>
    <message>
        <source>this cluster does not serve KubeVirt&apos;s API %1 (%2 %3), so VMs cannot be started, stopped or paused. Check that KubeVirt is installed and ready: kubectl get kubevirt -A, and kubectl get apiservice v1.subresources.kubevirt.io.</source>
        <translation>dieser Cluster stellt KubeVirts API %1 nicht bereit (%2 %3), daher lassen sich VMs nicht starten, stoppen oder pausieren. Prüfen Sie, ob KubeVirt installiert und bereit ist: kubectl get kubevirt -A, und kubectl get apiservice v1.subresources.kubevirt.io.</translation>
    </message>
</context>
<context>
    <name>drover::models::VmGroupProxy</name>
    <message>
        <source>Not running on a host</source>
        <translation>Auf keinem Host laufend</translation>
    </message>
    <message>
        <source>No tenant cluster</source>
        <translation>Kein Tenant-Cluster</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n VM(s)</source>
        <translation>
            <numerusform>%1 — %n VM</numerusform>
            <numerusform>%1 — %n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>drover::models::VmTableModel</name>
    <message>
        <source>%1 (run strategy %2)</source>
        <translation>%1 (Run-Strategie %2)</translation>
    </message>
    <message>
        <source>%1 on %2 (run strategy %3)</source>
        <translation>%1 auf %2 (Run-Strategie %3)</translation>
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
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Tenant cluster</source>
        <translation>Tenant-Cluster</translation>
    </message>
</context>
<context>
    <name>drover::ops</name>
    <message>
        <source>Ceph could not be asked about %1: %2</source>
        <translation>Ceph konnte nicht zu %1 befragt werden: %2</translation>
    </message>
    <message>
        <source>Ceph gave no answer (exit status %1): %2</source>
        <translation>Ceph hat keine Antwort gegeben (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>no way to ask Ceph about %1 on this cluster</source>
        <translation>in diesem Cluster lässt sich Ceph nicht zu %1 befragen</translation>
    </message>
    <message>
        <source>%1 has no address to reach its agent at</source>
        <translation>%1 hat keine Adresse, unter der sein Agent erreichbar ist</translation>
    </message>
    <message>
        <source>Ceph could not be asked on %1: %2</source>
        <translation>Ceph konnte auf %1 nicht befragt werden: %2</translation>
    </message>
    <message>
        <source>drover-agent on %1 did not answer ok-to-stop (exit status %2): %3</source>
        <translation>drover-agent auf %1 hat ok-to-stop nicht beantwortet (Exit-Status %2): %3</translation>
    </message>
    <message>
        <source>not connected to a cluster</source>
        <translation>keine Verbindung zu einem Cluster</translation>
    </message>
    <message>
        <source>this cluster has no HostMaintenance API: droverd is not deployed (kubectl apply -k packaging/kubernetes)</source>
        <translation>dieser Cluster hat keine HostMaintenance-API: droverd ist nicht installiert (kubectl apply -k packaging/kubernetes)</translation>
    </message>
    <message>
        <source>a HostMaintenance named %1 already exists</source>
        <translation>eine HostMaintenance namens %1 gibt es bereits</translation>
    </message>
    <message>
        <source>%1 has no HostMaintenance for droverd to leave</source>
        <translation>%1 hat keine HostMaintenance, die droverd beenden könnte</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 250, not %2.</source>
        <translation>%1 muss zwischen 0 und 250 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>Keep at least one snapshot (keep-last, keep-daily or keep-weekly).</source>
        <translation>Behalten Sie mindestens einen Snapshot (keep-last, keep-daily oder keep-weekly).</translation>
    </message>
    <message>
        <source>Max failures cannot be negative (0 never suspends).</source>
        <translation>Die Zahl der Fehler darf nicht negativ sein (0 setzt nie aus).</translation>
    </message>
    <message>
        <source>“%1” is not a namespace name (lower-case letters, digits and &apos;-&apos;).</source>
        <translation>„%1“ ist kein Namespace-Name (Kleinbuchstaben, Ziffern und „-“).</translation>
    </message>
    <message>
        <source>“%1” is not a valid name: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Name: Kleinbuchstaben, Ziffern, „-“ und „.“, am Anfang und Ende ein Buchstabe oder eine Ziffer.</translation>
    </message>
    <message>
        <source>The schedule “%1” is not a cron expression: %2.</source>
        <translation>Der Zeitplan „%1“ ist kein cron-Ausdruck: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (e.g. Europe/Berlin, UTC).</source>
        <translation>„%1“ ist keine IANA-Zeitzone (z. B. Europe/Berlin, UTC).</translation>
    </message>
    <message>
        <source>Name the VMs, or give a label selector.</source>
        <translation>Nennen Sie die VMs oder geben Sie einen Label-Selektor an.</translation>
    </message>
    <message>
        <source>“%1” is not a VM name.</source>
        <translation>„%1“ ist kein VM-Name.</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone</source>
        <translation>„%1“ ist keine IANA-Zeitzone</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Mit keinem Cluster verbunden.</translation>
    </message>
    <message>
        <source>Which schedule? Its namespace and name are needed.</source>
        <translation>Welcher Zeitplan? Namespace und Name werden gebraucht.</translation>
    </message>
    <message>
        <source>A snapshot schedule named %1 already exists in %2 (409 AlreadyExists): choose another name, or edit that one.</source>
        <translation>In %2 gibt es bereits einen Snapshot-Zeitplan namens %1 (409 AlreadyExists): Wählen Sie einen anderen Namen oder bearbeiten Sie den vorhandenen.</translation>
    </message>
    <message>
        <source>No cluster is open.</source>
        <translation>Kein Cluster ist geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is not a valid VM name: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit, 253 characters at most.</source>
        <translation>„%1“ ist kein gültiger VM-Name: Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;, am Anfang und Ende ein Buchstabe oder eine Ziffer, höchstens 253 Zeichen.</translation>
    </message>
    <message>
        <source>The clone needs a name other than its source&apos;s.</source>
        <translation>Der Klon braucht einen anderen Namen als seine Quelle.</translation>
    </message>
    <message>
        <source>%1 has no interface named %2.</source>
        <translation>%1 hat keine Schnittstelle namens %2.</translation>
    </message>
    <message>
        <source>Interface %1: %2</source>
        <translation>Schnittstelle %1: %2</translation>
    </message>
    <message>
        <source>%1 is the MAC of %2&apos;s interface %3: the clone would share it.</source>
        <translation>%1 ist die MAC der Schnittstelle %3 von %2: der Klon hätte dieselbe.</translation>
    </message>
    <message>
        <source>Another clone was started.</source>
        <translation>Ein anderer Klon wurde gestartet.</translation>
    </message>
    <message>
        <source>A VM named %1 already exists in %2.</source>
        <translation>Eine VM namens %1 gibt es in %2 schon.</translation>
    </message>
    <message>
        <source>The clone %1 was created and goes on in the cluster, but this account may not follow it.</source>
        <translation>Der Klon %1 wurde angelegt und läuft im Cluster weiter, aber dieses Konto darf ihn nicht verfolgen.</translation>
    </message>
    <message>
        <source>The clone %1 was deleted before it finished.</source>
        <translation>Der Klon %1 wurde gelöscht, bevor er fertig war.</translation>
    </message>
    <message>
        <source>KubeVirt cannot clone %1: %2.</source>
        <translation>KubeVirt kann %1 nicht klonen: %2.</translation>
    </message>
    <message>
        <source>KubeVirt clones through a snapshot, and the snapshot of %1 failed (%2).</source>
        <translation>KubeVirt klont über einen Snapshot, und der Snapshot von %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>The clone was withdrawn.</source>
        <translation>Der Klon-Auftrag wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Not installed on this cluster: %1.</source>
        <translation>In diesem Cluster nicht installiert: %1.</translation>
    </message>
    <message>
        <source>This account may not list %1.</source>
        <translation>Dieses Konto darf %1 nicht auflisten.</translation>
    </message>
    <message>
        <source>This account may not list %1 in %2.</source>
        <translation>Dieses Konto darf %1 im Namespace %2 nicht auflisten.</translation>
    </message>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation>Die %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>cluster instancetypes</source>
        <translation>Cluster-Instancetypes</translation>
    </message>
    <message>
        <source>cluster preferences</source>
        <translation>Cluster-Preferences</translation>
    </message>
    <message>
        <source>StorageClasses</source>
        <translation>StorageClasses</translation>
    </message>
    <message>
        <source>StorageProfiles</source>
        <translation>StorageProfiles</translation>
    </message>
    <message>
        <source>golden images (DataSources)</source>
        <translation>Golden Images (DataSources)</translation>
    </message>
    <message>
        <source>instancetypes</source>
        <translation>Instancetypes</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>DataSources</source>
        <translation>DataSources</translation>
    </message>
    <message>
        <source>networks (NetworkAttachmentDefinitions)</source>
        <translation>Netzwerke (NetworkAttachmentDefinitions)</translation>
    </message>
    <message>
        <source>volumes (PersistentVolumeClaims)</source>
        <translation>Volumes (PersistentVolumeClaims)</translation>
    </message>
    <message>
        <source>%1 %2 already exists in %3: rename the VM or delete it.</source>
        <translation>%1 %2 existiert in %3 bereits: Benennen Sie die VM um oder löschen Sie das vorhandene Objekt.</translation>
    </message>
    <message>
        <source>%1 %2 stays when the VM is deleted (it could not be given the VM as owner: %3).</source>
        <translation>%1 %2 bleibt erhalten, wenn die VM gelöscht wird (die VM ließ sich nicht als Besitzer eintragen: %3).</translation>
    </message>
</context>
<context>
    <name>drover::ops::IntentPlans</name>
    <message>
        <source>Node %1 — HostMaintenance %2 (leave)</source>
        <translation>Knoten %1 — HostMaintenance %2 (verlassen)</translation>
    </message>
    <message>
        <source>Node %1 — HostMaintenance %2</source>
        <translation>Knoten %1 — HostMaintenance %2</translation>
    </message>
    <message>
        <source>there is no node named %1</source>
        <translation>es gibt keinen Knoten namens %1</translation>
    </message>
    <message>
        <source>SnapshotSchedule %1/%2</source>
        <translation>SnapshotSchedule %1/%2</translation>
    </message>
    <message>
        <source>Node %1 — no HostMaintenance: what entering maintenance with policy Refuse would do</source>
        <translation>Knoten %1 — keine HostMaintenance: was die Wartung mit der Richtlinie Refuse täte</translation>
    </message>
</context>
<context>
    <name>drover::ops::Maintenance</name>
    <message>
        <source>The node %1 is not in the cluster.</source>
        <translation>Der Knoten %1 ist nicht im Cluster.</translation>
    </message>
    <message>
        <source>Could not update node %1: %2</source>
        <translation>Knoten %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Could not evict %1: %2</source>
        <translation>%1 konnte nicht verdrängt werden: %2</translation>
    </message>
    <message>
        <source>Could not stop %1: %2</source>
        <translation>%1 konnte nicht heruntergefahren werden: %2</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>drover::ops::Migrations</name>
    <message>
        <source>Live-migrate</source>
        <translation>Live-Migration</translation>
    </message>
    <message>
        <source>Live-migrate %1 to %2?</source>
        <translation>%1 auf %2 live-migrieren?</translation>
    </message>
    <message numerus="yes">
        <source>Live-migrate %n VM(s)?</source>
        <translation>
            <numerusform>%n VM live-migrieren?</numerusform>
            <numerusform>%n VMs live-migrieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1 waits for a free migration slot (%2)</source>
        <translation>%1 wartet auf einen freien Migrations-Slot (%2)</translation>
    </message>
    <message>
        <source>Not moved:</source>
        <translation>Nicht verschoben:</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>not connected to a cluster</source>
        <translation>keine Verbindung zu einem Cluster</translation>
    </message>
</context>
<context>
    <name>drover::ops::Snapshots</name>
    <message>
        <source>Restore snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>%1 must be stopped before snapshot “%2” can be restored.</source>
        <translation>%1 muss ausgeschaltet sein, bevor Snapshot „%2“ wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Stop the VM now and restore when it has stopped? Changes since the snapshot are lost.</source>
        <translation>Die VM jetzt herunterfahren und wiederherstellen, sobald sie ausgeschaltet ist? Änderungen seit dem Snapshot gehen verloren.</translation>
    </message>
    <message>
        <source>Stop and restore</source>
        <translation>Herunterfahren und wiederherstellen</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2? This cannot be undone.</source>
        <translation>Snapshot %1 von %2 löschen? Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>drover::reconcile</name>
    <message>
        <source>the %1 field &quot;%2&quot;: %3</source>
        <translation>das Feld %1 „%2“: %3</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is not a positive number</source>
        <translation>die Schrittweite „%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value or a range</source>
        <translation>„%1“ ist weder ein Wert noch ein Bereich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3</source>
        <translation>%1 liegt außerhalb des Bereichs %2-%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 fields; a schedule has five: minute hour day-of-month month day-of-week</source>
        <translation>„%1“ hat %2 Felder; ein Zeitplan hat fünf: Minute Stunde Monatstag Monat Wochentag</translation>
    </message>
    <message>
        <source>stopped for the maintenance of %1; started again with runStrategy %2, as before</source>
        <translation>für die Wartung von %1 heruntergefahren; wird wie zuvor mit runStrategy %2 wieder gestartet</translation>
    </message>
    <message>
        <source>stopped for the maintenance of %1; started again when it leaves</source>
        <translation>für die Wartung von %1 heruntergefahren; wird wieder gestartet, wenn der Host den Wartungsmodus verlässt</translation>
    </message>
    <message>
        <source>stopped for the maintenance of %1; stays stopped</source>
        <translation>für die Wartung von %1 heruntergefahren; bleibt ausgeschaltet</translation>
    </message>
    <message>
        <source>uncordon %1: it takes workloads again</source>
        <translation>%1 entsperren: Der Host nimmt wieder Workloads an</translation>
    </message>
    <message>
        <source>waits until %1 is uncordoned</source>
        <translation>wartet, bis %1 entsperrt ist</translation>
    </message>
    <message>
        <source>runs here</source>
        <translation>läuft hier</translation>
    </message>
    <message>
        <source>wait until Ceph&apos;s placement groups are all active+clean before another host drains</source>
        <translation>warten, bis alle Placement Groups von Ceph active+clean sind, bevor ein anderer Host geleert wird</translation>
    </message>
    <message>
        <source>Ceph&apos;s placement groups are not all active+clean yet (%1)</source>
        <translation>die Placement Groups von Ceph sind noch nicht alle active+clean (%1)</translation>
    </message>
    <message>
        <source>health unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>there is no host %1 in the cluster</source>
        <translation>im Cluster gibt es keinen Host %1</translation>
    </message>
    <message>
        <source>%1 is the only control-plane node: single control-plane cluster, cannot place the control plane in maintenance mode</source>
        <translation>%1 ist der einzige Control-Plane-Knoten: Cluster mit nur einer Control Plane, die Control Plane kann nicht in den Wartungsmodus versetzt werden</translation>
    </message>
    <message>
        <source>another control-plane node (%1) is already in maintenance mode or cordoned, cannot place %2 in maintenance mode</source>
        <translation>ein anderer Control-Plane-Knoten (%1) ist bereits im Wartungsmodus oder gesperrt, %2 kann nicht in den Wartungsmodus versetzt werden</translation>
    </message>
    <message>
        <source>Rook is draining failure domain %1 and Ceph&apos;s placement groups are not all clean yet: stopping %2 now could leave data with too few copies</source>
        <translation>Rook leert die Failure Domain %1 und die Placement Groups von Ceph sind noch nicht alle clean: %2 jetzt zu stoppen könnte Daten mit zu wenigen Kopien zurücklassen</translation>
    </message>
    <message>
        <source>waiting for Ceph&apos;s answer to ok-to-stop for %1</source>
        <translation>wartet auf die Antwort von Ceph auf ok-to-stop für %1</translation>
    </message>
    <message>
        <source>Ceph cannot tell yet whether stopping %1 is safe: some placement groups are in an unknown state</source>
        <translation>Ceph kann noch nicht sagen, ob %1 gefahrlos gestoppt werden kann: Einige Placement Groups sind in einem unbekannten Zustand</translation>
    </message>
    <message>
        <source>Ceph says stopping %1 would leave %2 placement groups without enough copies (%3 ok)</source>
        <translation>laut Ceph hätten %2 Placement Groups beim Stoppen von %1 nicht genug Kopien (%3 in Ordnung)</translation>
    </message>
    <message>
        <source>another failure domain</source>
        <translation>eine andere Failure Domain</translation>
    </message>
    <message>
        <source>Rook&apos;s budget %1 holds %2 while %3 drains and Ceph&apos;s placement groups are not clean</source>
        <translation>das Budget %1 von Rook hält %2 zurück, solange %3 geleert wird und die Placement Groups von Ceph nicht clean sind</translation>
    </message>
    <message>
        <source>Rook lifts %1 once it sees the placement groups clean</source>
        <translation>Rook hebt %1 auf, sobald die Placement Groups clean sind</translation>
    </message>
    <message>
        <source>%1 is guarded by %2 PodDisruptionBudgets (%3): the eviction API refuses such pods (500)</source>
        <translation>%1 wird von %2 PodDisruptionBudgets geschützt (%3): Die Eviction-API lehnt solche Pods ab (500)</translation>
    </message>
    <message>
        <source>the disruption budget %1 has not been processed since its last change (observedGeneration %2 &lt; generation %3): the eviction API answers 429</source>
        <translation>das Disruption Budget %1 wurde seit seiner letzten Änderung nicht verarbeitet (observedGeneration %2 &lt; generation %3): Die Eviction-API antwortet mit 429</translation>
    </message>
    <message>
        <source>the disruption budget %1 needs %2 healthy pods and has %3: it allows no disruption now</source>
        <translation>das Disruption Budget %1 braucht %2 gesunde Pods und hat %3: Es erlaubt derzeit keine Unterbrechung</translation>
    </message>
    <message>
        <source>terminating: its eviction was accepted</source>
        <translation>wird beendet: Die Verdrängung wurde angenommen</translation>
    </message>
    <message>
        <source>virt-launcher pod of %1, whose VMI does not run on this host (e.g. a migration&apos;s target pod)</source>
        <translation>virt-launcher-Pod von %1, dessen VMI nicht auf diesem Host läuft (z. B. der Ziel-Pod einer Migration)</translation>
    </message>
    <message>
        <source>an unknown VMI</source>
        <translation>einer unbekannten VMI</translation>
    </message>
    <message>
        <source>DaemonSet pod: stays (as kubectl drain --ignore-daemonsets leaves it)</source>
        <translation>DaemonSet-Pod: bleibt (wie ihn kubectl drain --ignore-daemonsets lässt)</translation>
    </message>
    <message>
        <source>static pod (mirror): the kubelet runs it here; it stays</source>
        <translation>statischer Pod (Mirror): Das Kubelet betreibt ihn hier; er bleibt</translation>
    </message>
    <message>
        <source>%1 has no controller: evicting it deletes it for good (kubectl drain refuses without --force)</source>
        <translation>%1 hat keinen Controller: Ihn zu verdrängen löscht ihn endgültig (kubectl drain lehnt das ohne --force ab)</translation>
    </message>
    <message>
        <source>evicted; its %1 %2 recreates it on another host</source>
        <translation>wird verdrängt; %1 %2 legt ihn auf einem anderen Host neu an</translation>
    </message>
    <message>
        <source>waits until %1 is cordoned</source>
        <translation>wartet, bis %1 gesperrt ist</translation>
    </message>
    <message>
        <source>%1 blockers; first: %2</source>
        <translation>%1 Hindernisse; das erste: %2</translation>
    </message>
    <message>
        <source>evicting %1&apos;s pod hands it to its evictionStrategy</source>
        <translation>das Verdrängen des Pods von %1 überlässt die VM ihrer evictionStrategy</translation>
    </message>
    <message>
        <source>KubeVirt turns this eviction into a live migration of %1 (to %2, expected)</source>
        <translation>KubeVirt macht aus dieser Verdrängung eine Live-Migration von %1 (voraussichtlich auf %2)</translation>
    </message>
    <message>
        <source>%1 migrations running or starting from %2 (limit %3, parallelOutboundMigrationsPerNode)</source>
        <translation>%1 Migrationen von %2 laufen oder starten (Limit %3, parallelOutboundMigrationsPerNode)</translation>
    </message>
    <message>
        <source>%1 migrations running or starting in the cluster (limit %2, parallelMigrationsPerCluster)</source>
        <translation>%1 Migrationen im Cluster laufen oder starten (Limit %2, parallelMigrationsPerCluster)</translation>
    </message>
    <message>
        <source>cordon %1 (spec.unschedulable): nothing new is placed here</source>
        <translation>%1 sperren (spec.unschedulable): Hier wird nichts Neues platziert</translation>
    </message>
    <message>
        <source>Ceph must confirm that %1 can stop (ceph osd ok-to-stop)</source>
        <translation>Ceph muss bestätigen, dass %1 gestoppt werden kann (ceph osd ok-to-stop)</translation>
    </message>
    <message>
        <source>stopped for the maintenance of %1</source>
        <translation>für die Wartung von %1 heruntergefahren</translation>
    </message>
    <message>
        <source>wait until no VM runs on %1 and only DaemonSet and static pods remain</source>
        <translation>warten, bis keine VM mehr auf %1 läuft und nur DaemonSet- und statische Pods übrig sind</translation>
    </message>
    <message>
        <source>%1 VMs and %2 pods still on %3</source>
        <translation>noch %1 VMs und %2 Pods auf %3</translation>
    </message>
    <message>
        <source>phase %1, %2 of %3 steps done, %4 VMs and %5 pods left</source>
        <translation>Phase %1, %2 von %3 Schritten erledigt, %4 VMs und %5 Pods übrig</translation>
    </message>
    <message>
        <source>, about %1 min to drain</source>
        <translation>, etwa %1 min bis zum Leeren</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message>
        <source>KubeVirt has not reported whether it can live-migrate (no LiveMigratable condition)</source>
        <translation>KubeVirt hat nicht gemeldet, ob sie live-migrieren kann (keine LiveMigratable-Condition)</translation>
    </message>
    <message>
        <source>PVC %1 is ReadWriteOnce</source>
        <translation>PVC %1 ist ReadWriteOnce</translation>
    </message>
    <message>
        <source>PVCs %1 are not ReadWriteMany</source>
        <translation>PVCs %1 sind nicht ReadWriteMany</translation>
    </message>
    <message>
        <source>hostDisk %1</source>
        <translation>hostDisk %1</translation>
    </message>
    <message>
        <source>host device %1</source>
        <translation>Host-Gerät %1</translation>
    </message>
    <message>
        <source>%1 do not match its nodeSelector or required affinity</source>
        <translation>%1 passen nicht zu ihrem nodeSelector oder ihrer geforderten Affinität</translation>
    </message>
    <message>
        <source>%1 are cordoned or not Ready</source>
        <translation>%1 sind gesperrt oder nicht Ready</translation>
    </message>
    <message>
        <source>%1 have too little room left</source>
        <translation>%1 haben zu wenig freien Platz</translation>
    </message>
    <message>
        <source>there is no other host</source>
        <translation>es gibt keinen anderen Host</translation>
    </message>
    <message>
        <source>no other Ready, schedulable host fits %1 (%2 vCPU, %3): %4</source>
        <translation>kein anderer Host, der Ready und einplanbar ist, bietet Platz für %1 (%2 vCPU, %3): %4</translation>
    </message>
    <message>
        <source>%1. Choose Stop or Stop and restart after to shut it down first.</source>
        <translation>%1. Wählen Sie „Herunterfahren“ (auf Wunsch mit Neustart danach), damit sie vorher heruntergefahren wird.</translation>
    </message>
    <message>
        <source>%1; no VirtualMachine owns this VMI, so its eviction ends it and nothing starts it again</source>
        <translation>%1; keine VirtualMachine besitzt diese VMI, daher beendet ihre Verdrängung sie und nichts startet sie wieder</translation>
    </message>
    <message>
        <source>stopped cleanly before the drain%1: %2</source>
        <translation>vor dem Leeren sauber heruntergefahren%1: %2</translation>
    </message>
    <message>
        <source>, started again when the host leaves maintenance</source>
        <translation>, wird wieder gestartet, wenn der Host den Wartungsmodus verlässt</translation>
    </message>
    <message>
        <source>most room left: %1 vCPU, %2 free after the move</source>
        <translation>am meisten Platz frei: %1 vCPU, %2 frei nach dem Umzug</translation>
    </message>
    <message>
        <source>KubeVirt is moving it off this host (evacuation)</source>
        <translation>KubeVirt verschiebt sie von diesem Host (Evakuierung)</translation>
    </message>
    <message>
        <source>KubeVirt is migrating it to %1</source>
        <translation>KubeVirt migriert sie auf %1</translation>
    </message>
    <message>
        <source> (started %1 s ago)</source>
        <translation> (vor %1 s gestartet)</translation>
    </message>
    <message>
        <source>%1, not Running: its pod is evicted and KubeVirt starts it as its runStrategy says</source>
        <translation>%1, nicht Running: Ihr Pod wird verdrängt und KubeVirt startet sie, wie es ihre runStrategy sagt</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>Vorgabe des Clusters</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>%1 has evictionStrategy None (%2): evicting its pod would shut it down</source>
        <translation>%1 hat evictionStrategy None (%2): Das Verdrängen ihres Pods würde sie ausschalten</translation>
    </message>
    <message>
        <source>evictionStrategy External: another controller moves it when its pod is evicted</source>
        <translation>evictionStrategy External: Ein anderer Controller verschiebt sie, wenn ihr Pod verdrängt wird</translation>
    </message>
    <message>
        <source>%1 cannot live-migrate: %2 (%3)</source>
        <translation>%1 kann nicht live-migrieren: %2 (%3)</translation>
    </message>
    <message>
        <source>%1; with evictionStrategy LiveMigrateIfPossible its eviction would shut it down</source>
        <translation>%1; mit evictionStrategy LiveMigrateIfPossible würde ihre Verdrängung sie ausschalten</translation>
    </message>
    <message>
        <source>%1; with evictionStrategy %2 KubeVirt&apos;s webhook would refuse its eviction forever</source>
        <translation>%1; mit evictionStrategy %2 würde der Webhook von KubeVirt ihre Verdrängung dauerhaft ablehnen</translation>
    </message>
    <message>
        <source>%1 is not running (no VirtualMachineInstance)</source>
        <translation>%1 läuft nicht (keine VirtualMachineInstance)</translation>
    </message>
    <message>
        <source>%1 is %2, not Running</source>
        <translation>%1 ist %2, nicht Running</translation>
    </message>
    <message>
        <source>%1 cannot be live-migrated</source>
        <translation>%1 kann nicht live-migriert werden</translation>
    </message>
    <message>
        <source>%1 is already migrating</source>
        <translation>%1 wird bereits migriert</translation>
    </message>
    <message>
        <source>%1 is already migrating to %2</source>
        <translation>%1 wird bereits auf %2 migriert</translation>
    </message>
    <message>
        <source>%1 migrations are running, the cluster&apos;s limit (parallelMigrationsPerCluster); try again when one finishes</source>
        <translation>%1 Migrationen laufen, das Limit des Clusters (parallelMigrationsPerCluster); versuchen Sie es wieder, wenn eine fertig ist</translation>
    </message>
    <message>
        <source>%1 already sends %2 migrations, its limit (parallelOutboundMigrationsPerNode)</source>
        <translation>%1 sendet bereits %2 Migrationen, sein Limit (parallelOutboundMigrationsPerNode)</translation>
    </message>
    <message>
        <source>there is no host %1</source>
        <translation>es gibt keinen Host %1</translation>
    </message>
    <message>
        <source>%1 already runs on %2</source>
        <translation>%1 läuft bereits auf %2</translation>
    </message>
    <message>
        <source>%1 is not Ready</source>
        <translation>%1 ist nicht Ready</translation>
    </message>
    <message>
        <source>%1 is cordoned (unschedulable)</source>
        <translation>%1 ist gesperrt (unschedulable)</translation>
    </message>
    <message>
        <source>%1 does not have the label %2=%3 that %4 requires</source>
        <translation>%1 hat nicht das Label %2=%3, das %4 verlangt</translation>
    </message>
    <message>
        <source>%1 does not match the node affinity %2 requires (%3)</source>
        <translation>%1 passt nicht zu der Node-Affinität, die %2 verlangt (%3)</translation>
    </message>
    <message>
        <source>%1 has %2 vCPU free; %3 needs %4</source>
        <translation>%1 hat %2 vCPU frei; %3 braucht %4</translation>
    </message>
    <message>
        <source>%1 has %2 GiB of memory free; %3 needs %4 GiB (%5 GiB short)</source>
        <translation>%1 hat %2 GiB Arbeitsspeicher frei; %3 braucht %4 GiB (%5 GiB zu wenig)</translation>
    </message>
    <message>
        <source>no host can take %1 now</source>
        <translation>kein Host kann %1 jetzt aufnehmen</translation>
    </message>
    <message>
        <source>%1 has the most room left after the move</source>
        <translation>%1 hat nach dem Umzug den meisten freien Platz</translation>
    </message>
    <message>
        <source>%1 is Ready, schedulable and has room for %2</source>
        <translation>%1 ist Ready, einplanbar und hat Platz für %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>suspended: %1</source>
        <translation>ausgesetzt: %1</translation>
    </message>
    <message>
        <source>selects no VM</source>
        <translation>wählt keine VM aus</translation>
    </message>
    <message>
        <source>take a snapshot of %1 for %2</source>
        <translation>Snapshot von %1 für %2 erstellen</translation>
    </message>
    <message>
        <source>%1 waits: %2</source>
        <translation>%1 wartet: %2</translation>
    </message>
    <message>
        <source>prune %1 of %2: %3</source>
        <translation>%1 von %2 löschen: %3</translation>
    </message>
    <message>
        <source>%1: nothing due; %2 kept, next at %3</source>
        <translation>%1: nichts fällig; %2 behalten, nächster um %3</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin or UTC)</source>
        <translation>unbekannte Zeitzone „%1“ (ein IANA-Name wie Europe/Berlin oder UTC)</translation>
    </message>
    <message>
        <source>suspended by an admin</source>
        <translation>von einem Admin ausgesetzt</translation>
    </message>
    <message>
        <source>the last %1 snapshots failed (the newest: %2); resume the schedule to try again</source>
        <translation>die letzten %1 Snapshots sind fehlgeschlagen (der neueste: %2); setzen Sie den Zeitplan fort, um es erneut zu versuchen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>snapshot %1 is still in progress</source>
        <translation>Snapshot %1 ist noch in Arbeit</translation>
    </message>
</context>
<context>
    <name>drover::ssh</name>
    <message>
        <source>the server at %1 sent no host key</source>
        <translation>der Server unter %1 hat keinen Host-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>cannot initialise libssh2 known hosts</source>
        <translation>libssh2 known hosts lässt sich nicht initialisieren</translation>
    </message>
    <message>
        <source>cannot read %1: it is not a valid known_hosts file</source>
        <translation>%1 ist nicht lesbar: keine gültige known_hosts-Datei</translation>
    </message>
    <message>
        <source>The authenticity of host %1 can&apos;t be established.
%2 key fingerprint is %3.</source>
        <translation>Die Echtheit des Hosts %1 lässt sich nicht feststellen.
Der Fingerabdruck des %2-Schlüssels ist %3.</translation>
    </message>
    <message>
        <source>WARNING: THE HOST KEY FOR %1 HAS CHANGED! Someone could be intercepting the connection (man-in-the-middle), or the host was reinstalled. Refusing to connect.
The server now offers %2 key %3; %4 records %5. If the change is expected, remove the old key (ssh-keygen -R &apos;%1&apos; -f %6).</source>
        <translation>WARNUNG: DER HOST-SCHLÜSSEL VON %1 HAT SICH GEÄNDERT! Jemand könnte die Verbindung abfangen (Man-in-the-Middle), oder der Host wurde neu installiert. Die Verbindung wird verweigert.
Der Server bietet jetzt den %2-Schlüssel %3 an; %4 verzeichnet %5. Ist die Änderung erwartet, entfernen Sie den alten Schlüssel (ssh-keygen -R &apos;%1&apos; -f %6).</translation>
    </message>
    <message>
        <source>a different key</source>
        <translation>einen anderen Schlüssel</translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2</source>
        <translation>der Host-Schlüssel von %1 lässt sich nicht gegen %2 prüfen</translation>
    </message>
    <message>
        <source>no host key to record</source>
        <translation>kein Host-Schlüssel zum Speichern</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 ist nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>agent key &apos;%1&apos;</source>
        <translation>Agent-Schlüssel „%1“</translation>
    </message>
    <message>
        <source>%1 closed the connection before authentication (%2)</source>
        <translation>%1 hat die Verbindung vor der Authentifizierung geschlossen (%2)</translation>
    </message>
    <message>
        <source>connection to %1 lost during authentication (%2)</source>
        <translation>Verbindung zu %1 während der Authentifizierung verloren (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source> (no passphrase given)</source>
        <translation> (keine Passphrase angegeben)</translation>
    </message>
    <message>
        <source> (wrong passphrase)</source>
        <translation> (falsche Passphrase)</translation>
    </message>
    <message>
        <source> (unreadable: %1)</source>
        <translation> (nicht lesbar: %1)</translation>
    </message>
    <message>
        <source>wrong passphrase for key %1</source>
        <translation>falsche Passphrase für Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 does not accept public keys for %2 (offers: %3)</source>
        <translation>%1 akzeptiert keine Public Keys für %2 (angeboten: %3)</translation>
    </message>
    <message>
        <source>no key to offer %1: no ssh-agent and none of %2 exists</source>
        <translation>kein Schlüssel für %1: kein ssh-agent und keine der Dateien %2 existiert</translation>
    </message>
    <message>
        <source>the server %1 refused all keys for user %2 (tried: %3)</source>
        <translation>der Server %1 hat alle Schlüssel für Benutzer %2 abgelehnt (versucht: %3)</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>connection refused on %1</source>
        <translation>Verbindung zu %1 abgelehnt</translation>
    </message>
    <message>
        <source>timed out connecting to %1 after %2 s</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1 nach %2 s</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>cannot initialise libssh2</source>
        <translation>libssh2 lässt sich nicht initialisieren</translation>
    </message>
    <message>
        <source>%1 did not complete the SSH handshake within %2 s</source>
        <translation>%1 hat den SSH-Handshake nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <source>%1 does not speak SSH or closed the connection during the handshake (%2)</source>
        <translation>%1 spricht kein SSH oder hat die Verbindung während des Handshakes geschlossen (%2)</translation>
    </message>
    <message>
        <source>host key of %1 not trusted: %2 %3 is not in %4</source>
        <translation>Host-Schlüssel von %1 nicht vertrauenswürdig: %2 %3 steht nicht in %4</translation>
    </message>
    <message>
        <source>not connected (cannot run &apos;%1&apos;)</source>
        <translation>nicht verbunden („%1“ kann nicht ausgeführt werden)</translation>
    </message>
    <message>
        <source>connection to %1 lost while running &apos;%2&apos; (%3)</source>
        <translation>Verbindung zu %1 beim Ausführen von „%2“ verloren (%3)</translation>
    </message>
    <message>
        <source>%1 refused a session channel: %2</source>
        <translation>%1 hat einen Sitzungskanal abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused to run &apos;%2&apos;: %3</source>
        <translation>%1 hat die Ausführung von „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 wrote more than %3 MiB; output discarded</source>
        <translation>„%1“ auf %2 hat mehr als %3 MiB ausgegeben; Ausgabe verworfen</translation>
    </message>
    <message>
        <source>connection to %1 lost while running &apos;%2&apos;</source>
        <translation>Verbindung zu %1 beim Ausführen von „%2“ verloren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 did not finish within %3 s</source>
        <translation>„%1“ auf %2 wurde nicht innerhalb von %3 s fertig</translation>
    </message>
    <message>
        <source>not connected (cannot open a tunnel to %1)</source>
        <translation>nicht verbunden (kein Tunnel zu %1 möglich)</translation>
    </message>
    <message>
        <source>%1 refused to forward to %2: %3</source>
        <translation>%1 hat die Weiterleitung zu %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>socketpair failed</source>
        <translation>socketpair ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>session closed</source>
        <translation>Sitzung geschlossen</translation>
    </message>
    <message>
        <source>connection to %1 lost (keepalive failed: %2)</source>
        <translation>Verbindung zu %1 verloren (Keepalive fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>Verbindung zu %1 verloren</translation>
    </message>
</context>
<context>
    <name>drover::ui::ChartsPanel</name>
    <message>
        <source>VMs on hosts</source>
        <translation>VMs auf Hosts</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>Allocation — cluster</source>
        <translation>Zuweisung — Cluster</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Migration — none yet</source>
        <translation>Migration — noch keine</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>MiB left</source>
        <translation>MiB verbleibend</translation>
    </message>
    <message>
        <source>transfer rate</source>
        <translation>Übertragungsrate</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>verbleibend</translation>
    </message>
    <message>
        <source>Allocation — %1</source>
        <translation>Zuweisung — %1</translation>
    </message>
    <message>
        <source>Migration of %1</source>
        <translation>Migration von %1</translation>
    </message>
</context>
<context>
    <name>drover::ui::ConfigErrorPage</name>
    <message>
        <source>Drover reads $KUBECONFIG or ~/.kube/config, like kubectl. Fix the file and retry, or open another kubeconfig. To try Drover without a cluster, run &lt;code&gt;drover --demo&lt;/code&gt;.</source>
        <translation>Drover liest wie kubectl $KUBECONFIG oder ~/.kube/config. Korrigieren Sie die Datei und versuchen Sie es erneut, oder öffnen Sie eine andere Kubeconfig. Um Drover ohne Cluster auszuprobieren, starten Sie &lt;code&gt;drover --demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Open kubeconfig…</source>
        <translation>Kubeconfig öffnen …</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>drover::ui::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1 (context %2)…</source>
        <translation>Verbinde mit %1 (Kontext %2) …</translation>
    </message>
    <message>
        <source>Connected to %1 (context %2) · up to date</source>
        <translation>Verbunden mit %1 (Kontext %2) · aktuell</translation>
    </message>
    <message>
        <source>Reconnecting to %1 — showing the last known state. %2</source>
        <translation>Neue Verbindung zu %1 wird aufgebaut — angezeigt wird der letzte bekannte Stand. %2</translation>
    </message>
</context>
<context>
    <name>drover::ui::ConsoleWindow</name>
    <message>
        <source>%1 — Console</source>
        <translation>%1 — Konsole</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Keyboard grabbed — press Ctrl+Alt to release</source>
        <translation>Tastatur erfasst — zum Freigeben Ctrl+Alt drücken</translation>
    </message>
    <message>
        <source>Connecting to the console of %1/%2…</source>
        <translation>Verbinde mit der Konsole von %1/%2 …</translation>
    </message>
    <message>
        <source>Console in use</source>
        <translation>Konsole belegt</translation>
    </message>
    <message>
        <source>Someone else has the console of %1/%2 open.</source>
        <translation>Jemand anderes hat die Konsole von %1/%2 geöffnet.</translation>
    </message>
    <message>
        <source>Take it over? Their session will be closed.</source>
        <translation>Übernehmen? Die andere Sitzung wird geschlossen.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Taking over the console…</source>
        <translation>Konsole wird übernommen …</translation>
    </message>
    <message>
        <source>Someone else has this console open.</source>
        <translation>Jemand anderes hat diese Konsole geöffnet.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Verbinde mit %1:%2 …</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Authentifiziere …</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <source>Cannot open the console: %1</source>
        <translation>Die Konsole lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del to the guest (the Windows sign-in and security screen)</source>
        <translation>Ctrl+Alt+Del an den Gast senden (Windows-Anmelde- und Sicherheitsbildschirm)</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>Taste senden</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Windows key</source>
        <translation>Windows-Taste</translation>
    </message>
    <message>
        <source>Ctrl+Esc</source>
        <translation>Ctrl+Esc</translation>
    </message>
    <message>
        <source>Paste as keystrokes</source>
        <translation>Als Tastenanschläge einfügen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Scale the screen to the window (smooth); off shows it 1:1 with scroll bars</source>
        <translation>Bildschirm auf Fenstergröße skalieren (geglättet); aus: 1:1 mit Bildlaufleisten</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation>VNC-Passwort</translation>
    </message>
    <message>
        <source>The password was refused. Password for the console of %1:</source>
        <translation>Das Passwort wurde abgelehnt. Passwort für die Konsole von %1:</translation>
    </message>
    <message>
        <source>Password for the console of %1:</source>
        <translation>Passwort für die Konsole von %1:</translation>
    </message>
    <message>
        <source>Keep it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>The password was not kept: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Type %1 characters into the guest?</source>
        <translation>%1 Zeichen im Gast eintippen?</translation>
    </message>
    <message>
        <source>%1 — SPICE console</source>
        <translation>%1 — SPICE-Konsole</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>keys sent as scancodes</source>
        <translation>Tasten als Scancodes gesendet</translation>
    </message>
    <message>
        <source>Disconnected: %1 — reconnecting in %2 s (%3 of %4)…</source>
        <translation>Getrennt: %1 — neuer Versuch in %2 s (%3 von %4)…</translation>
    </message>
    <message numerus="yes">
        <source>Typed the clipboard; %n character(s) have no key on a US keyboard and were skipped</source>
        <translation>
            <numerusform>Zwischenablage eingetippt; %n Zeichen hat keine Taste auf einer US-Tastatur und wurde übersprungen</numerusform>
            <numerusform>Zwischenablage eingetippt; %n Zeichen haben keine Taste auf einer US-Tastatur und wurden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard shared (guest agent)</source>
        <translation>Zwischenablage geteilt (Gast-Agent)</translation>
    </message>
    <message>
        <source>No guest agent: Paste as keystrokes</source>
        <translation>Kein Gast-Agent: Als Tastenanschläge einfügen</translation>
    </message>
    <message>
        <source>Type the clipboard&apos;s text into the guest — for servers without a clipboard (QEMU&apos;s VNC) and guests without the SPICE agent</source>
        <translation>Den Text der Zwischenablage in den Gast tippen — für Server ohne Zwischenablage (QEMUs VNC) und Gäste ohne SPICE-Agent</translation>
    </message>
    <message>
        <source>SPICE password</source>
        <translation>SPICE-Passwort</translation>
    </message>
</context>
<context>
    <name>drover::ui::DialogPrompter</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Do not ask again in this session</source>
        <translation>In dieser Sitzung nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>drover::ui::HostDetails</name>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verschleiß</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>Media errors</source>
        <translation>Medienfehler</translation>
    </message>
    <message>
        <source>Power-on h</source>
        <translation>Betriebsstd.</translation>
    </message>
    <message>
        <source>Unsafe shutdowns</source>
        <translation>Unsichere Abschaltungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OSD</source>
        <translation>OSD</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Reweight</source>
        <translation>Reweight</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>PGs</source>
        <translation>PGs</translation>
    </message>
    <message>
        <source>Commit latency</source>
        <translation>Commit-Latenz</translation>
    </message>
    <message>
        <source>Fetch over SSH</source>
        <translation>Über SSH abrufen</translation>
    </message>
    <message>
        <source>NVMe</source>
        <translation>NVMe</translation>
    </message>
    <message>
        <source>Ceph OSDs</source>
        <translation>Ceph-OSDs</translation>
    </message>
    <message>
        <source>Search the inventory (e.g. avx512, mlx5, DIMM)</source>
        <translation>Inventar durchsuchen (z. B. avx512, mlx5, DIMM)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>address[:port] of the host for SSH</source>
        <translation>Adresse[:Port] des Hosts für SSH</translation>
    </message>
    <message>
        <source>Run drover-agent on the host over SSH now (keys from ssh-agent or ~/.ssh, host key checked against known_hosts)</source>
        <translation>drover-agent jetzt per SSH auf dem Host ausführen (Schlüssel aus ssh-agent oder ~/.ssh, Host-Schlüssel wird gegen known_hosts geprüft)</translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation>SSH:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Select a host to see its drives, OSDs and hardware.</source>
        <translation>Wählen Sie einen Host, um seine Laufwerke, OSDs und Hardware zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — no agent report (is drover-agent running there?)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — kein Agentenbericht (läuft dort drover-agent?)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — the agent&apos;s report cannot be read: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — der Bericht des Agenten ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · report of %3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · Bericht von %3%4</translation>
    </message>
    <message>
        <source> (over SSH)</source>
        <translation> (über SSH)</translation>
    </message>
    <message>
        <source>no SMART data: %1</source>
        <translation>keine SMART-Daten: %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Drive temperatures (°C)</source>
        <translation>Laufwerkstemperaturen (°C)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Sockets / cores / threads</source>
        <translation>Sockel / Kerne / Threads</translation>
    </message>
    <message>
        <source>Migration-relevant flags</source>
        <translation>Für Migration relevante Flags</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>PCI devices</source>
        <translation>PCI-Geräte</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — your account may not read the agents&apos; reports (hostreports.drover.io); fetch one over SSH below.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Ihr Konto darf die Berichte der Agenten nicht lesen (hostreports.drover.io); holen Sie unten einen über SSH.</translation>
    </message>
</context>
<context>
    <name>drover::ui::HostPane</name>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Host map</source>
        <translation>Host-Karte</translation>
    </message>
</context>
<context>
    <name>drover::ui::InsecureWarning</name>
    <message>
        <source>⚠ TLS certificate checks are OFF for this cluster (insecure-skip-tls-verify)</source>
        <translation>⚠ TLS-Zertifikatsprüfung für diesen Cluster AUS (insecure-skip-tls-verify)</translation>
    </message>
    <message>
        <source>Your kubeconfig sets insecure-skip-tls-verify: anyone between you and the cluster can read and change what Drover sends, including your credentials. Set certificate-authority-data instead.</source>
        <translation>Ihre Kubeconfig setzt insecure-skip-tls-verify: Jeder zwischen Ihnen und dem Cluster kann lesen und ändern, was Drover sendet, auch Ihre Zugangsdaten. Setzen Sie stattdessen certificate-authority-data.</translation>
    </message>
</context>
<context>
    <name>drover::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Kubeconfig…</source>
        <translation>Kubeconfig ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;VM</source>
        <translation>&amp;VM</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter VMs</source>
        <translation>VMs &amp;filtern</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Kubeconfig context: which cluster and user</source>
        <translation>Kubeconfig-Kontext: welcher Cluster und welcher Benutzer</translation>
    </message>
    <message>
        <source>Recent Tasks</source>
        <translation>Letzte Aufgaben</translation>
    </message>
    <message>
        <source>Cannot use the kubeconfig</source>
        <translation>Die Kubeconfig ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Cannot connect to context “%1”</source>
        <translation>Keine Verbindung zum Kontext „%1“ möglich</translation>
    </message>
    <message>
        <source>TLS certificate checks are off for %1: the kubeconfig sets insecure-skip-tls-verify. Anyone on the network path can read your credentials and change what you see.</source>
        <translation>Die TLS-Zertifikatsprüfung für %1 ist aus: Die Kubeconfig setzt insecure-skip-tls-verify. Jeder auf dem Netzwerkweg kann Ihre Zugangsdaten lesen und ändern, was Sie sehen.</translation>
    </message>
    <message>
        <source>Open Kubeconfig</source>
        <translation>Kubeconfig öffnen</translation>
    </message>
    <message>
        <source>Connection to %1 restored.</source>
        <translation>Verbindung zu %1 wiederhergestellt.</translation>
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
        <translation>%L1 Hosts · %L2 VMs · %L3 Instanzen laufen</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>Force Stop</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message>
        <source>Force stop %1?</source>
        <translation>%1 hart ausschalten?</translation>
    </message>
    <message numerus="yes">
        <source>Force stop %n VM(s)?</source>
        <translation>
            <numerusform>%n VM hart ausschalten?</numerusform>
            <numerusform>%n VMs hart ausschalten?</numerusform>
        </translation>
    </message>
    <message>
        <source>The VM is powered off at once, without shutting its guest down. Unsaved data in the guest is lost and its file systems may need a check.</source>
        <translation>Die VM wird sofort ausgeschaltet, ohne das Gastsystem herunterzufahren. Ungespeicherte Daten im Gast gehen verloren, und seine Dateisysteme müssen eventuell geprüft werden.</translation>
    </message>
    <message>
        <source>&amp;Snapshots…</source>
        <translation>&amp;Snapshots…</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>The cluster cannot be reached.</source>
        <translation>Der Cluster ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The cluster refuses Drover&apos;s requests.</source>
        <translation>Der Cluster lehnt die Anfragen von Drover ab.</translation>
    </message>
    <message>
        <source>%1 %2 Drover keeps retrying; the window keeps the last known state until the connection is back.</source>
        <translation>%1 %2 Drover versucht es weiter; das Fenster zeigt den letzten bekannten Stand, bis die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Cannot live-migrate: %1</source>
        <translation>Live-Migration nicht möglich: %1</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Nicht verschoben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) queued: they start as running ones finish.</source>
        <translation>
            <numerusform>%n Migration in der Warteschlange: Sie startet, sobald laufende abgeschlossen sind.</numerusform>
            <numerusform>%n Migrationen in der Warteschlange: Sie starten, sobald laufende abgeschlossen sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queued migration of %1 was dropped: %2</source>
        <translation>Die wartende Migration von %1 wurde verworfen: %2</translation>
    </message>
    <message>
        <source>Live-migrating %1 to %2…</source>
        <translation>%1 wird auf %2 live-migriert …</translation>
    </message>
    <message>
        <source>Could not live-migrate %1: %2</source>
        <translation>%1 konnte nicht live-migriert werden: %2</translation>
    </message>
    <message>
        <source>The migration of %1 was cancelled.</source>
        <translation>Die Migration von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 now runs on %2.</source>
        <translation>%1 läuft jetzt auf %2.</translation>
    </message>
    <message>
        <source>The live migration of %1 failed: %2</source>
        <translation>Die Live-Migration von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connect to a &amp;Console…</source>
        <translation>Mit &amp;Konsole verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;Console</source>
        <translation>&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>The VM&apos;s screen, keyboard and mouse (VNC)</source>
        <translation>Bildschirm, Tastatur und Maus der VM (VNC)</translation>
    </message>
    <message>
        <source>Serial Console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <source>%1:%2 through SSH to %3</source>
        <translation>%1:%2 per SSH-Tunnel über %3</translation>
    </message>
    <message>
        <source>Connect to a console</source>
        <translation>Mit einer Konsole verbinden</translation>
    </message>
    <message>
        <source>none, or asked when needed</source>
        <translation>keins, oder bei Bedarf abgefragt</translation>
    </message>
    <message>
        <source>optional: user@hypervisor</source>
        <translation>optional: user@hypervisor</translation>
    </message>
    <message>
        <source>Reach the VNC or SPICE server through an SSH tunnel from this host; Host and Port are then as it sees them.</source>
        <translation>Den VNC- oder SPICE-Server über einen SSH-Tunnel von diesem Host aus erreichen; Host und Port gelten dann aus dessen Sicht.</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Through SSH:</source>
        <translation>Über SSH:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Host details</source>
        <translation>Host-Details</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>Storage: %1</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 steht nicht in %2.</translation>
    </message>
    <message>
        <source>Its %1 key has the fingerprint
%2

Compare it with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before you trust it.</source>
        <translation>Sein %1-Schlüssel hat den Fingerabdruck
%2

Vergleichen Sie ihn mit dem des Hosts selbst (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation>Vertrauen und merken</translation>
    </message>
    <message>
        <source>Report fetched over SSH.</source>
        <translation>Bericht über SSH abgerufen.</translation>
    </message>
    <message>
        <source>Could not fetch the agent report of %1: %2</source>
        <translation>Der Agentenbericht von %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>%1 is in maintenance: every VM runs elsewhere and only DaemonSet pods remain. It is safe to power it off.</source>
        <translation>%1 ist im Wartungsmodus: Alle VMs laufen anderswo, nur DaemonSet-Pods sind übrig. Der Host kann gefahrlos ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>%1 has left maintenance.</source>
        <translation>%1 hat den Wartungsmodus verlassen.</translation>
    </message>
    <message>
        <source>Maintenance of %1: %2</source>
        <translation>Wartung von %1: %2</translation>
    </message>
    <message>
        <source>Could not cordon %1: %2</source>
        <translation>%1 konnte nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Could not uncordon %1: %2</source>
        <translation>%1 konnte nicht entsperrt werden: %2</translation>
    </message>
    <message>
        <source>%1 is cordoned: nothing new is scheduled there.</source>
        <translation>%1 ist gesperrt: Dort wird nichts Neues eingeplant.</translation>
    </message>
    <message>
        <source>%1 is uncordoned.</source>
        <translation>%1 ist entsperrt.</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>H&amp;ost</translation>
    </message>
    <message>
        <source>Enter &amp;Maintenance…</source>
        <translation>&amp;Wartungsmodus aktivieren…</translation>
    </message>
    <message>
        <source>&amp;Leave Maintenance</source>
        <translation>Wartungsmodus &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Cordon</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Uncordon</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>%1 is entering maintenance…</source>
        <translation>%1 wechselt in den Wartungsmodus …</translation>
    </message>
    <message>
        <source>%1 is leaving maintenance: uncordon, then restart the VMs it stopped.</source>
        <translation>%1 verlässt den Wartungsmodus: entsperren, dann die heruntergefahrenen VMs wieder starten.</translation>
    </message>
    <message>
        <source>Could not cancel the migration of %1: %2</source>
        <translation>Die Migration von %1 konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Screen &amp;Thumbnails</source>
        <translation>Bildschirm-&amp;Vorschau</translation>
    </message>
    <message>
        <source>%1 — TLS CHECKS OFF — Drover</source>
        <translation>%1 — TLS-PRÜFUNG AUS — Drover</translation>
    </message>
    <message>
        <source>%L1 VMs · %L2 instances running</source>
        <translation>%L1 VMs · %L2 Instanzen laufen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Snapshot Sc&amp;hedule…</source>
        <translation>Snapshot-&amp;Zeitplan…</translation>
    </message>
    <message>
        <source>Could not hand %1 to droverd: %2</source>
        <translation>%1 konnte nicht an droverd übergeben werden: %2</translation>
    </message>
    <message>
        <source>droverd carries out the maintenance of %1 (HostMaintenance %1); its progress shows in the Maintenance panel.</source>
        <translation>droverd führt die Wartung von %1 aus (HostMaintenance %1); der Fortschritt erscheint im Wartungsbereich.</translation>
    </message>
    <message>
        <source>Could not ask droverd to bring %1 back: %2</source>
        <translation>droverd konnte nicht gebeten werden, %1 zurückzuholen: %2</translation>
    </message>
    <message>
        <source>droverd brings %1 back into service.</source>
        <translation>droverd nimmt %1 wieder in Betrieb.</translation>
    </message>
    <message>
        <source>droverd&apos;s Plan</source>
        <translation>droverds Plan</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>A desktop console for private clouds on bare-metal Kubernetes: KubeVirt VMs, Ceph storage and the hosts under them.</source>
        <translation>Eine Desktop-Konsole für Private Clouds auf Bare-Metal-Kubernetes: KubeVirt-VMs, Ceph-Storage und die Hosts darunter.</translation>
    </message>
    <message>
        <source>A bug report that names these versions is answered sooner.</source>
        <translation>Ein Fehlerbericht, der diese Versionen nennt, wird schneller beantwortet.</translation>
    </message>
    <message>
        <source>About Drover</source>
        <translation>Über Drover</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;About Drover</source>
        <translation>&amp;Über Drover</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation>K&amp;lonen…</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Closed before it finished; the clone goes on in the cluster.</source>
        <translation>Geschlossen, bevor er fertig war; der Klon läuft im Cluster weiter.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>VM details</source>
        <translation>VM-Details</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Everything about the VM: its guest, disks, networks and YAML</source>
        <translation>Alles über die VM: Gast, Disks, Netzwerke und YAML</translation>
    </message>
    <message>
        <source>&amp;New VM…</source>
        <translation>&amp;Neue VM…</translation>
    </message>
    <message>
        <source>Create a VM: boot disk, size, networks and first boot, with the YAML shown before it is sent</source>
        <translation>Eine VM erstellen: Boot-Datenträger, Größe, Netzwerke und erster Start, mit Anzeige des YAML vor dem Senden</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected VM&apos;s size, disks, networks, labels and description, with what each change does to the running VM shown before saving</source>
        <translation>Größe, Datenträger, Netzwerke, Labels und Beschreibung der ausgewählten VM ändern, mit Anzeige vor dem Speichern, was jede Änderung an der laufenden VM bewirkt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>No console can open: %1</source>
        <translation>Keine Konsole kann geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Consoles</source>
        <translation>Konsolen</translation>
    </message>
</context>
<context>
    <name>drover::ui::MaintenanceDialog</name>
    <message>
        <source>Stop VMs that cannot live-migrate</source>
        <translation>VMs herunterfahren, die nicht live-migrieren können</translation>
    </message>
    <message>
        <source>…and start them again when %1 leaves maintenance</source>
        <translation>… und wieder starten, wenn %1 den Wartungsmodus verlässt</translation>
    </message>
    <message>
        <source>Enter Maintenance</source>
        <translation>Wartungsmodus aktivieren</translation>
    </message>
    <message>
        <source>Enter Maintenance — %1</source>
        <translation>Wartungsmodus aktivieren — %1</translation>
    </message>
    <message>
        <source>Drover cordons %1, asks Ceph whether its OSDs may stop, and evicts every pod through the Kubernetes Eviction API: KubeVirt live-migrates the VMs, their disruption budgets guard the rest. Nothing happens until you press Enter Maintenance.</source>
        <translation>Drover sperrt %1, fragt Ceph, ob dessen OSDs gestoppt werden dürfen, und verdrängt jeden Pod über die Eviction API von Kubernetes: KubeVirt migriert die VMs live, die übrigen Pods sind durch ihre Disruption Budgets geschützt. Es geschieht nichts, bevor Sie auf „Wartungsmodus aktivieren“ klicken.</translation>
    </message>
    <message>
        <source>e.g. replace nvme2, firmware update (kept on the node)</source>
        <translation>z. B. nvme2 tauschen, Firmware-Update (wird am Knoten gespeichert)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Reading what runs on %1…</source>
        <translation>Ermittle, was auf %1 läuft …</translation>
    </message>
    <message>
        <source>drain takes %1 at KubeVirt&apos;s migration limits</source>
        <translation>Leeren dauert %1 bei KubeVirts Migrationslimits</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more, listed first in the table below</source>
        <translation>
            <numerusform>• und %n weiterer, in der Tabelle unten zuerst aufgeführt</numerusform>
            <numerusform>• und %n weitere, in der Tabelle unten zuerst aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot enter maintenance yet:</source>
        <translation>Wartungsmodus noch nicht möglich:</translation>
    </message>
    <message>
        <source>Hand it to droverd: the cluster&apos;s reconciler carries it out, also when this console is closed</source>
        <translation>An droverd übergeben: der Reconciler des Clusters führt sie aus, auch wenn diese Konsole geschlossen ist</translation>
    </message>
    <message>
        <source>Creates the HostMaintenance %1; its progress shows in the Maintenance panel.</source>
        <translation>Legt die HostMaintenance %1 an; der Fortschritt erscheint im Wartungsbereich.</translation>
    </message>
    <message>
        <source>droverd is not deployed on this cluster (no HostMaintenance API).</source>
        <translation>droverd ist in diesem Cluster nicht installiert (keine HostMaintenance-API).</translation>
    </message>
</context>
<context>
    <name>drover::ui::MaintenancePanel</name>
    <message>
        <source>Leave Maintenance</source>
        <translation>Wartungsmodus beenden</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>VMs left</source>
        <translation>Verbleibende VMs</translation>
    </message>
    <message>
        <source>Pods left</source>
        <translation>Verbleibende Pods</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>No host is in maintenance. Select a host and choose Host ▸ Enter Maintenance… to see its plan before anything happens.</source>
        <translation>Kein Host ist im Wartungsmodus. Wählen Sie einen Host und dann Host ▸ Wartungsmodus aktivieren…, um seinen Plan zu sehen, bevor etwas geschieht.</translation>
    </message>
    <message>
        <source>droverd: not started</source>
        <translation>droverd: nicht begonnen</translation>
    </message>
    <message>
        <source>droverd: %1</source>
        <translation>droverd: %1</translation>
    </message>
    <message>
        <source>%1 (%2 steps done)</source>
        <translation>%1 (%2 Schritte erledigt)</translation>
    </message>
    <message>
        <source>Carried out by droverd (HostMaintenance %1)%2</source>
        <translation>Ausgeführt von droverd (HostMaintenance %1)%2</translation>
    </message>
</context>
<context>
    <name>drover::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>drover::ui::MigrationDrop</name>
    <message>
        <source>Live-migrate %1 to %2</source>
        <translation>%1 auf %2 live-migrieren</translation>
    </message>
    <message>
        <source>Live-migrate %1 of %2 VMs now</source>
        <translation>Jetzt %1 von %2 VMs live-migrieren</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for a free migration slot</source>
        <translation>
            <numerusform>%n wartet auf einen freien Migrations-Slot</numerusform>
            <numerusform>%n warten auf einen freien Migrations-Slot</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop on a host to live-migrate, or on the cluster to let Drover choose</source>
        <translation>Zum Live-Migrieren auf einem Host ablegen, oder auf dem Cluster, damit Drover wählt</translation>
    </message>
</context>
<context>
    <name>drover::ui::MigrationPanel</name>
    <message>
        <source>Cancel migration</source>
        <translation>Migration abbrechen</translation>
    </message>
    <message>
        <source>Drop queued</source>
        <translation>Wartende verwerfen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Waiting for a free migration slot: %1</source>
        <translation>Warten auf einen freien Migrations-Slot: %1</translation>
    </message>
    <message>
        <source>Cancel the live migration of %1?</source>
        <translation>Die Live-Migration von %1 abbrechen?</translation>
    </message>
    <message>
        <source>The VM keeps running where it is now.</source>
        <translation>Die VM läuft dort weiter, wo sie jetzt ist.</translation>
    </message>
    <message>
        <source>Keep migrating</source>
        <translation>Weiter migrieren</translation>
    </message>
</context>
<context>
    <name>drover::ui::NewVmDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>Neue VM</translation>
    </message>
    <message>
        <source>Reading what this cluster offers…</source>
        <translation>Verfügbare Optionen des Clusters werden gelesen…</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Boot disk</source>
        <translation>Boot-Datenträger</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>First boot</source>
        <translation>Erster Start</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 created; it starts once its disks are ready.</source>
        <translation>%1 erstellt; die VM startet, sobald ihre Datenträger bereit sind.</translation>
    </message>
    <message>
        <source>%1 created (stopped).</source>
        <translation>%1 erstellt (gestoppt).</translation>
    </message>
    <message>
        <source>%1 was not created: mend what the marked pages say.</source>
        <translation>%1 wurde nicht erstellt: Beheben Sie, was auf den markierten Seiten steht.</translation>
    </message>
    <message>
        <source>The cluster refused %1: %2</source>
        <translation>Der Cluster hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>No cluster is open.</source>
        <translation>Kein Cluster ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation>%1 wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <source>A golden image (DataSource), cloned</source>
        <translation>Ein Golden Image (DataSource), geklont</translation>
    </message>
    <message>
        <source>Import from a URL (http or https)</source>
        <translation>Import von einer URL (http oder https)</translation>
    </message>
    <message>
        <source>Import from a container registry</source>
        <translation>Import aus einer Container-Registry</translation>
    </message>
    <message>
        <source>Clone a volume of this namespace</source>
        <translation>Klon eines Volumes aus diesem Namespace</translation>
    </message>
    <message>
        <source>A container disk (ephemeral: lost at each restart)</source>
        <translation>Eine Container-Disk (flüchtig: geht bei jedem Neustart verloren)</translation>
    </message>
    <message>
        <source>A blank disk, installed from an ISO</source>
        <translation>Ein leerer Datenträger, Installation von einem ISO-Image</translation>
    </message>
    <message>
        <source>As the storage profile says</source>
        <translation>Laut Storage-Profil</translation>
    </message>
    <message>
        <source>ReadWriteMany (live-migratable)</source>
        <translation>ReadWriteMany (live-migrierbar)</translation>
    </message>
    <message>
        <source>ReadWriteOnce</source>
        <translation>ReadWriteOnce</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Filesystem</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Installer IS&amp;O:</source>
        <translation>Installations-IS&amp;O:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Access &amp;mode:</source>
        <translation>Zugriffs&amp;modus:</translation>
    </message>
    <message>
        <source>&amp;Volume mode:</source>
        <translation>&amp;Volume-Modus:</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Storage-Klasse</translation>
    </message>
    <message>
        <source>A&amp;dd blank disk</source>
        <translation>Leeren &amp;Datenträger hinzufügen</translation>
    </message>
    <message>
        <source>Remove dis&amp;k</source>
        <translation>Datenträger ent&amp;fernen</translation>
    </message>
    <message>
        <source>More disks (same storage class)</source>
        <translation>Weitere Datenträger (gleiche Storage-Klasse)</translation>
    </message>
    <message>
        <source>The disk the VM boots from. CDI copies or imports it into a volume the VM owns; the VM starts once it is ready.</source>
        <translation>Der Datenträger, von dem die VM bootet. CDI kopiert oder importiert ihn in ein Volume, das der VM gehört; die VM startet, sobald es bereit ist.</translation>
    </message>
    <message>
        <source>%1 (not ready: %2)</source>
        <translation>%1 (nicht bereit: %2)</translation>
    </message>
    <message>
        <source>No golden images in kubevirt-os-images or %1</source>
        <translation>Keine Golden Images in kubevirt-os-images oder %1</translation>
    </message>
    <message>
        <source> (default for VMs)</source>
        <translation> (Standard für VMs)</translation>
    </message>
    <message>
        <source> (cluster default)</source>
        <translation> (Cluster-Standard)</translation>
    </message>
    <message>
        <source>The cluster&apos;s default</source>
        <translation>Standard des Clusters</translation>
    </message>
    <message>
        <source>This disk will be ReadWriteOnce: the VM cannot live-migrate, so a host entering maintenance must stop it. Pick ReadWriteMany storage (Ceph RBD in Block mode) to keep it running.</source>
        <translation>Dieser Datenträger wird ReadWriteOnce: Die VM kann nicht live-migrieren, daher muss ein Host, der in den Wartungsmodus wechselt, sie herunterfahren. Wählen Sie ReadWriteMany-Storage (Ceph RBD im Block-Modus), damit sie weiterläuft.</translation>
    </message>
    <message>
        <source>&amp;Start the VM once it is created</source>
        <translation>Die VM &amp;starten, sobald sie erstellt ist</translation>
    </message>
    <message>
        <source>Started: runStrategy RerunOnFailure (restarted if it fails, not after a shutdown from inside). Not started: Halted.</source>
        <translation>Gestartet: runStrategy RerunOnFailure (Neustart nach einem Fehler, nicht nach einem Herunterfahren aus dem Gast heraus). Nicht gestartet: Halted.</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>Names&amp;pace:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Where the VM lives and what it is called. The name becomes the guest&apos;s hostname.</source>
        <translation>Wo die VM liegt und wie sie heißt. Der Name wird zum Hostnamen des Gasts.</translation>
    </message>
    <message>
        <source>An &amp;instancetype (vCPUs and memory set by the cluster&apos;s catalogue)</source>
        <translation>Ein &amp;Instancetype (vCPUs und Arbeitsspeicher aus dem Katalog des Clusters)</translation>
    </message>
    <message>
        <source>Instancetype</source>
        <translation>Instancetype</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>CPU soc&amp;kets:</source>
        <translation>CPU-&amp;Sockel:</translation>
    </message>
    <message>
        <source>C&amp;ores per socket:</source>
        <translation>&amp;Kerne pro Sockel:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>A&amp;rbeitsspeicher:</translation>
    </message>
    <message>
        <source>&amp;Preference (guest OS defaults):</source>
        <translation>&amp;Preference (Standardwerte des Gastbetriebssystems):</translation>
    </message>
    <message>
        <source>u1 suits most VMs, cx1 is for compute, m1 for memory, n1 for network functions, o1 overcommits memory.</source>
        <translation>u1 passt für die meisten VMs, cx1 ist für Rechenlast, m1 für speicherintensive Last, n1 für Netzwerkfunktionen, o1 überbucht den Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Anbindung</translation>
    </message>
    <message>
        <source>Pod network</source>
        <translation>Pod-Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Add interface</source>
        <translation>Schnittstelle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>The pod network (masquerade) reaches the cluster and the outside; Multus networks attach the VM to a VLAN or another network by bridge.</source>
        <translation>Das Pod-Netzwerk (masquerade) erreicht den Cluster und die Außenwelt; Multus-Netzwerke binden die VM per Bridge an ein VLAN oder ein anderes Netzwerk an.</translation>
    </message>
    <message>
        <source>&amp;Linux: cloud-init</source>
        <translation>&amp;Linux: cloud-init</translation>
    </message>
    <message>
        <source>W&amp;indows: sysprep answer file</source>
        <translation>W&amp;indows: sysprep-Antwortdatei</translation>
    </message>
    <message>
        <source>the image&apos;s default user</source>
        <translation>Standardbenutzer des Images</translation>
    </message>
    <message>
        <source>none: log in with a key</source>
        <translation>keins: Anmeldung per Schlüssel</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… you@laptop (one key per line)</source>
        <translation>ssh-ed25519 AAAA… name@laptop (ein Schlüssel pro Zeile)</translation>
    </message>
    <message>
        <source>Add &amp;key from ~/.ssh</source>
        <translation>&amp;Schlüssel aus ~/.ssh hinzufügen</translation>
    </message>
    <message>
        <source>No public keys in ~/.ssh</source>
        <translation>Keine öffentlichen Schlüssel in ~/.ssh</translation>
    </message>
    <message>
        <source>cloud-init network-config (empty: DHCP on every interface)</source>
        <translation>cloud-init network-config (leer: DHCP auf jeder Schnittstelle)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>SS&amp;H keys:</source>
        <translation>SS&amp;H-Schlüssel:</translation>
    </message>
    <message>
        <source>Network &amp;data:</source>
        <translation>&amp;Netzwerkdaten:</translation>
    </message>
    <message>
        <source>autounattend.xml: kept in a ConfigMap and given to Windows Setup on a CD-ROM</source>
        <translation>autounattend.xml: wird in einer ConfigMap abgelegt und Windows Setup auf einer CD-ROM übergeben</translation>
    </message>
    <message>
        <source>Load &amp;file…</source>
        <translation>&amp;Datei laden…</translation>
    </message>
    <message>
        <source>Answer file</source>
        <translation>Antwortdatei</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>What the guest is told the first time it boots. Keys are kept in a Secret the VM owns.</source>
        <translation>Was der Gast beim ersten Start erfährt. Schlüssel werden in einem Secret abgelegt, das der VM gehört.</translation>
    </message>
    <message>
        <source>Exactly what Create sends to the cluster.</source>
        <translation>Genau das, was „Erstellen“ an den Cluster sendet.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Storage c&amp;lass:</source>
        <translation>Storage-&amp;Klasse:</translation>
    </message>
    <message>
        <source>Cus&amp;tom</source>
        <translation>&amp;Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>drover::ui::PlanPanel</name>
    <message>
        <source>Not connected: droverd&apos;s intents are read from the cluster&apos;s SnapshotSchedule and HostMaintenance objects.</source>
        <translation>Nicht verbunden: droverds Absichten werden aus den SnapshotSchedule- und HostMaintenance-Objekten des Clusters gelesen.</translation>
    </message>
    <message>
        <source>Intents from %1 (%2)</source>
        <translation>Absichten aus %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · droverd&apos;s CRDs are served · planned as droverd would now</source>
        <translation>%1 · droverds CRDs sind vorhanden · geplant, wie droverd jetzt planen würde</translation>
    </message>
    <message>
        <source>%1 · droverd&apos;s CRDs are not served (kubectl apply -k packaging/kubernetes)</source>
        <translation>%1 · droverds CRDs sind nicht vorhanden (kubectl apply -k packaging/kubernetes)</translation>
    </message>
    <message>
        <source>%1 · the %2 CRD is not served (kubectl apply -k packaging/kubernetes)</source>
        <translation>%1 · die CRD %2 ist nicht vorhanden (kubectl apply -k packaging/kubernetes)</translation>
    </message>
    <message>
        <source>Nothing to plan: no cluster.</source>
        <translation>Nichts zu planen: kein Cluster.</translation>
    </message>
    <message>
        <source>Listing the cluster…</source>
        <translation>Cluster wird gelesen…</translation>
    </message>
    <message>
        <source>No SnapshotSchedule or HostMaintenance: droverd has nothing to do.</source>
        <translation>Kein SnapshotSchedule und keine HostMaintenance: droverd hat nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>drover::ui::ScheduleDialog</name>
    <message>
        <source>By &amp;name:</source>
        <translation>Nach &amp;Name:</translation>
    </message>
    <message>
        <source>By &amp;label selector:</source>
        <translation>Nach &amp;Label-Selektor:</translation>
    </message>
    <message>
        <source>Freeze the guest&apos;s file systems (through the guest agent, when one runs)</source>
        <translation>Dateisysteme des Gasts einfrieren (über den Gast-Agenten, wenn einer läuft)</translation>
    </message>
    <message>
        <source>New Snapshot Schedule</source>
        <translation>Neuer Snapshot-Zeitplan</translation>
    </message>
    <message>
        <source>e.g. web-nightly</source>
        <translation>z. B. web-nightly</translation>
    </message>
    <message>
        <source>web-01, web-02</source>
        <translation>web-01, web-02</translation>
    </message>
    <message>
        <source>app=shop, tier in (web,api)</source>
        <translation>app=shop, tier in (web,api)</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, e.g. 30 2 * * * or @daily</source>
        <translation>Minute Stunde Monatstag Monat Wochentag, z. B. 30 2 * * * oder @daily</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namespace:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Schedule (cron):</source>
        <translation>Zeitplan (cron):</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source>That many failed snapshots in a row suspend the schedule; 0 never suspends.</source>
        <translation>So viele fehlgeschlagene Snapshots in Folge setzen den Zeitplan aus; 0 setzt nie aus.</translation>
    </message>
    <message>
        <source>in a row (0: never)</source>
        <translation>in Folge (0: nie)</translation>
    </message>
    <message>
        <source>Suspend after:</source>
        <translation>Aussetzen nach:</translation>
    </message>
    <message>
        <source>Edit Snapshot Schedule %1</source>
        <translation>Snapshot-Zeitplan %1 bearbeiten</translation>
    </message>
    <message>
        <source>It never fires.</source>
        <translation>Er löst nie aus.</translation>
    </message>
    <message>
        <source>Cannot read this schedule: %1</source>
        <translation>Dieser Zeitplan ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächste: %1</translation>
    </message>
</context>
<context>
    <name>drover::ui::SchedulesPanel</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Last taken</source>
        <translation>Zuletzt erstellt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>— (suspended)</source>
        <translation>— (ausgesetzt)</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Mit keinem Cluster verbunden.</translation>
    </message>
    <message>
        <source>SnapshotSchedule CRD is not installed: droverd is not deployed on this cluster (kubectl apply -k packaging/kubernetes).</source>
        <translation>Die SnapshotSchedule-CRD ist nicht installiert: droverd ist auf diesem Cluster nicht bereitgestellt (kubectl apply -k packaging/kubernetes).</translation>
    </message>
    <message>
        <source>You may not read SnapshotSchedules on this cluster (403 Forbidden): ask a cluster admin for get, list and watch on snapshotschedules.drover.io.</source>
        <translation>Sie dürfen SnapshotSchedules auf diesem Cluster nicht lesen (403 Forbidden): Bitten Sie einen Cluster-Admin um get, list und watch auf snapshotschedules.drover.io.</translation>
    </message>
    <message>
        <source>No snapshot schedules yet. New… makes one; droverd takes the snapshots.</source>
        <translation>Noch keine Snapshot-Zeitpläne. Neu… legt einen an; droverd erstellt die Snapshots.</translation>
    </message>
    <message>
        <source>Select a schedule to see what droverd will do with it.</source>
        <translation>Wählen Sie einen Zeitplan, um zu sehen, was droverd damit tun wird.</translation>
    </message>
    <message>
        <source>%1 — %2, snapshots of %3.</source>
        <translation>%1 — %2, Snapshots von %3.</translation>
    </message>
    <message>
        <source>Keeps the last %1, daily %2, weekly %3; suspends after %4 failures in a row.</source>
        <translation>Behält die letzten %1, täglich %2, wöchentlich %3; setzt nach %4 Fehlern in Folge aus.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Behalten: %1</translation>
    </message>
    <message>
        <source>What droverd would do now:</source>
        <translation>Was droverd jetzt tun würde:</translation>
    </message>
    <message>
        <source>  • nothing: it selects no VM.</source>
        <translation>  • nichts: er wählt keine VM aus.</translation>
    </message>
    <message>
        <source>Delete Snapshot Schedule</source>
        <translation>Snapshot-Zeitplan löschen</translation>
    </message>
    <message>
        <source>Delete the snapshot schedule %1?

No new snapshots will be taken and none pruned. The snapshots it took stay: delete them from each VM&apos;s Snapshots window when you no longer need them.</source>
        <translation>Den Snapshot-Zeitplan %1 löschen?

Es werden keine neuen Snapshots erstellt und keine aufgeräumt. Die bereits erstellten Snapshots bleiben: Löschen Sie sie im Snapshot-Fenster der jeweiligen VM, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Delete Schedule</source>
        <translation>Zeitplan löschen</translation>
    </message>
    <message>
        <source>Created %1: droverd takes its snapshots from its next firing.</source>
        <translation>%1 angelegt: droverd erstellt die Snapshots ab dem nächsten Auslösezeitpunkt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Suspended %1: droverd takes no snapshots for it until it is resumed.</source>
        <translation>%1 ausgesetzt: droverd erstellt dafür keine Snapshots, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Resumed %1: failures before now no longer count.</source>
        <translation>%1 fortgesetzt: Fehler vor diesem Zeitpunkt zählen nicht mehr.</translation>
    </message>
    <message>
        <source>Deleted %1; the snapshots it took stay.</source>
        <translation>%1 gelöscht; die erstellten Snapshots bleiben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>drover::ui::SerialConsoleWindow</name>
    <message>
        <source>%1/%2 — Serial console</source>
        <translation>%1/%2 — Serielle Konsole</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Connecting to the serial console of %1…</source>
        <translation>Verbinde mit der seriellen Konsole von %1 …</translation>
    </message>
    <message>
        <source>Connected to the serial console of %1</source>
        <translation>Mit der seriellen Konsole von %1 verbunden</translation>
    </message>
    <message>
        <source>Disconnected: %1 — Reconnect to try again</source>
        <translation>Getrennt: %1 — „Neu verbinden“ versucht es erneut</translation>
    </message>
</context>
<context>
    <name>drover::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>drover::ui::SnapshotDialog</name>
    <message>
        <source>Snapshots of %1</source>
        <translation>Snapshots von %1</translation>
    </message>
</context>
<context>
    <name>drover::ui::SnapshotsPane</name>
    <message>
        <source>Take snapshot…</source>
        <translation>Snapshot erstellen…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
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
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Indications</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description (optional):</source>
        <translation>Beschreibung (optional):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Taking snapshot %1…</source>
        <translation>Snapshot %1 wird erstellt …</translation>
    </message>
    <message>
        <source>Stopping %1 to restore %2…</source>
        <translation>%1 wird heruntergefahren, um %2 wiederherzustellen …</translation>
    </message>
    <message>
        <source>Restoring %1 from %2…</source>
        <translation>%1 wird aus %2 wiederhergestellt …</translation>
    </message>
    <message>
        <source>Deleting snapshot %1…</source>
        <translation>Snapshot %1 wird gelöscht …</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Mit keinem Cluster verbunden.</translation>
    </message>
    <message>
        <source>Lost track of %1: the connection was switched or the object was deleted.</source>
        <translation>%1 nicht mehr verfolgbar: Die Verbindung wurde gewechselt oder das Objekt gelöscht.</translation>
    </message>
    <message>
        <source>Snapshot %1 is ready.</source>
        <translation>Snapshot %1 ist bereit.</translation>
    </message>
    <message>
        <source>Could not take snapshot %1: %2</source>
        <translation>Snapshot %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Snapshot %1 failed: %2</source>
        <translation>Snapshot %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is restored to %2. Start it when you are ready.</source>
        <translation>%1 ist auf %2 zurückgesetzt. Starten Sie die VM, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>The restore of %1 failed: %2</source>
        <translation>Die Wiederherstellung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Snapshot %1 deleted.</source>
        <translation>Snapshot %1 gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete snapshot %1: %2</source>
        <translation>Snapshot %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>drover::ui::TaskLog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>drover::ui::VmActionSet</name>
    <message>
        <source>Start the selected VMs</source>
        <translation>Die ausgewählten VMs starten</translation>
    </message>
    <message>
        <source>Shut the selected VMs down gracefully</source>
        <translation>Die ausgewählten VMs geordnet herunterfahren</translation>
    </message>
    <message>
        <source>Power the selected VMs off at once, without a guest shutdown</source>
        <translation>Die ausgewählten VMs sofort ausschalten, ohne das Gastsystem herunterzufahren</translation>
    </message>
    <message>
        <source>Restart the selected VMs</source>
        <translation>Die ausgewählten VMs neu starten</translation>
    </message>
    <message>
        <source>Pause the selected VMs (they keep their memory)</source>
        <translation>Die ausgewählten VMs anhalten (ihr Arbeitsspeicher bleibt erhalten)</translation>
    </message>
    <message>
        <source>Resume the selected paused VMs</source>
        <translation>Die ausgewählten angehaltenen VMs fortsetzen</translation>
    </message>
</context>
<context>
    <name>drover::ui::VmCloneDialog</name>
    <message>
        <source>&amp;Start the new VM once it is made</source>
        <translation>Die neue VM &amp;starten, sobald sie angelegt ist</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>%1 klonen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Anbindung</translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation>MAC der Quelle</translation>
    </message>
    <message>
        <source>New MAC</source>
        <translation>Neue MAC</translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation>Frage den Cluster…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Network interfaces: leave New MAC empty and the cluster&apos;s MAC pool gives the clone its own.</source>
        <translation>Netzwerkschnittstellen: bleibt „Neue MAC“ leer, gibt der MAC-Pool des Clusters dem Klon eine eigene.</translation>
    </message>
    <message>
        <source>%1 cannot be cloned from here.</source>
        <translation>%1 kann von hier aus nicht geklont werden.</translation>
    </message>
    <message>
        <source>KubeVirt copies %1 and its disks through a snapshot. %1 is running: the snapshot is taken while it runs (its guest agent, if it has one, freezes the file systems for it).</source>
        <translation>KubeVirt kopiert %1 und seine Platten über einen Snapshot. %1 läuft: der Snapshot wird im laufenden Betrieb erstellt (sein Gastagent, falls vorhanden, friert dafür die Dateisysteme ein).</translation>
    </message>
    <message>
        <source>KubeVirt copies %1 and its disks through a snapshot.</source>
        <translation>KubeVirt kopiert %1 und seine Platten über einen Snapshot.</translation>
    </message>
    <message>
        <source>not fixed (given at start)</source>
        <translation>nicht fest (beim Start vergeben)</translation>
    </message>
    <message>
        <source>%1 (given at start)</source>
        <translation>%1 (beim Start vergeben)</translation>
    </message>
    <message>
        <source>picked by the cluster</source>
        <translation>vom Cluster gewählt</translation>
    </message>
    <message>
        <source>Clone of %1 sent; waiting for KubeVirt…</source>
        <translation>Klon von %1 gesendet; warte auf KubeVirt…</translation>
    </message>
    <message>
        <source>Taking a snapshot of %1…</source>
        <translation>Snapshot von %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Making the new VM&apos;s disks from the snapshot…</source>
        <translation>Die Platten der neuen VM werden aus dem Snapshot erstellt…</translation>
    </message>
    <message>
        <source>Creating the new VM…</source>
        <translation>Die neue VM wird angelegt…</translation>
    </message>
    <message>
        <source>KubeVirt says: %1</source>
        <translation>KubeVirt meldet: %1</translation>
    </message>
    <message>
        <source>%1 cloned to %2, which is starting.</source>
        <translation>%1 nach %2 geklont; %2 startet.</translation>
    </message>
    <message>
        <source>%1 cloned to %2 (stopped).</source>
        <translation>%1 nach %2 geklont (gestoppt).</translation>
    </message>
    <message>
        <source>No cluster is open.</source>
        <translation>Kein Cluster ist geöffnet.</translation>
    </message>
    <message>
        <source>The cluster connection changed before the clone finished.</source>
        <translation>Die Cluster-Verbindung hat gewechselt, bevor der Klon fertig war.</translation>
    </message>
    <message>
        <source>%1 was not cloned: %2</source>
        <translation>%1 wurde nicht geklont: %2</translation>
    </message>
    <message>
        <source>KubeVirt gave no reason.</source>
        <translation>KubeVirt nannte keinen Grund.</translation>
    </message>
</context>
<context>
    <name>drover::ui::VmDeleteDialog</name>
    <message>
        <source>taking the kept disks out of its templates</source>
        <translation>die behaltenen Datenträger aus ihren Vorlagen nehmen</translation>
    </message>
    <message>
        <source>releasing disk %1 from the VM</source>
        <translation>Datenträger %1 von der VM lösen</translation>
    </message>
    <message>
        <source>deleting the VM</source>
        <translation>die VM löschen</translation>
    </message>
    <message>
        <source>deleting snapshot %1</source>
        <translation>Snapshot %1 löschen</translation>
    </message>
    <message>
        <source>deleting disk %1</source>
        <translation>Datenträger %1 löschen</translation>
    </message>
    <message>
        <source>Shut down within</source>
        <translation>Herunterfahren innerhalb von</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n VM(s)</source>
        <translation>
            <numerusform>%n VM löschen</numerusform>
            <numerusform>%n VMs löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n VMs</source>
        <translation>
            <numerusform>%n VM löschen</numerusform>
            <numerusform>%n VMs löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked disks are deleted with the VM; unticked ones stay in the namespace, owned by no VM. This cannot be undone.</source>
        <translation>Angehakte Datenträger werden mit der VM gelöscht; nicht angehakte bleiben im Namespace, ohne besitzende VM. Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>VM / disk</source>
        <translation>VM / Datenträger</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Storage-Klasse</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Reading its disks…</source>
        <translation>Datenträger werden gelesen…</translation>
    </message>
    <message>
        <source>Cannot be deleted: %1</source>
        <translation>Kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Running: its guest is shut down first</source>
        <translation>Läuft: das Gastsystem wird zuerst heruntergefahren</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source> · no disks that outlive it</source>
        <translation> · keine Datenträger, die sie überdauern</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>not made by this VM: kept unless ticked</source>
        <translation>nicht von dieser VM angelegt: bleibt, wenn nicht angehakt</translation>
    </message>
    <message>
        <source>also used by %1</source>
        <translation>auch verwendet von %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete their %n snapshot(s) too</source>
        <translation>
            <numerusform>Auch ihren %n Snapshot löschen</numerusform>
            <numerusform>Auch ihre %n Snapshots löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshots go with the VM unless you untick this; kept snapshots stay in the namespace.</source>
        <translation>Snapshots werden mit der VM gelöscht, wenn Sie dies nicht abwählen; behaltene Snapshots bleiben im Namespace.</translation>
    </message>
    <message numerus="yes">
        <source>(running guests get their own: up to %n s here)</source>
        <translation>
            <numerusform>(laufende Gastsysteme haben ihre eigene: hier bis zu %n s)</numerusform>
            <numerusform>(laufende Gastsysteme haben ihre eigene: hier bis zu %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none of these VMs is running)</source>
        <translation>(keine dieser VMs läuft)</translation>
    </message>
    <message>
        <source>Nothing can be deleted: see the notes above.</source>
        <translation>Nichts kann gelöscht werden: siehe die Hinweise oben.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1 deleted; kept: %2</source>
        <translation>%1 gelöscht; behalten: %2</translation>
    </message>
    <message>
        <source>%1 was not deleted here: someone else deleted it meanwhile, with whatever it owned</source>
        <translation>%1 wurde hier nicht gelöscht: jemand anderes hat sie inzwischen gelöscht, samt allem, was ihr gehörte</translation>
    </message>
    <message>
        <source>%1 was not deleted: it or its disks could not be read: %2</source>
        <translation>%1 wurde nicht gelöscht: sie oder ihre Datenträger ließen sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2 failed: %3</source>
        <translation>%1 wurde nicht gelöscht: %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 deleted, but %2</source>
        <translation>%1 gelöscht, aber %2</translation>
    </message>
    <message>
        <source>%1 was not deleted: no cluster is open</source>
        <translation>%1 wurde nicht gelöscht: kein Cluster geöffnet</translation>
    </message>
    <message>
        <source>%1: the connection changed before the delete finished; check what is left</source>
        <translation>%1: Die Verbindung wechselte, bevor das Löschen fertig war; prüfen Sie, was übrig ist</translation>
    </message>
    <message>
        <source>stopping the VM within the grace period</source>
        <translation>die VM innerhalb der Frist stoppen</translation>
    </message>
</context>
<context>
    <name>drover::ui::VmEditDialog</name>
    <message>
        <source>Add disk to %1</source>
        <translation>Datenträger zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>A new &amp;blank disk</source>
        <translation>Ein neuer &amp;leerer Datenträger</translation>
    </message>
    <message>
        <source>An &amp;existing volume claim</source>
        <translation>Ein &amp;vorhandener Volume-Claim</translation>
    </message>
    <message>
        <source>%1 (default for VMs)</source>
        <translation>%1 (Standard für VMs)</translation>
    </message>
    <message>
        <source>Give the disk a name the VM does not use yet.</source>
        <translation>Geben Sie dem Datenträger einen Namen, den die VM noch nicht verwendet.</translation>
    </message>
    <message>
        <source>The size is not a quantity such as 10Gi.</source>
        <translation>Die Größe muss eine Mengenangabe wie 10Gi sein.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Storage c&amp;lass:</source>
        <translation>Storage-&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;Claim:</translation>
    </message>
    <message>
        <source>B&amp;us:</source>
        <translation>&amp;Bus:</translation>
    </message>
    <message>
        <source>No Multus network (NetworkAttachmentDefinition) is available to %1.</source>
        <translation>Für %1 ist kein Multus-Netzwerk (NetworkAttachmentDefinition) verfügbar.</translation>
    </message>
    <message>
        <source>Add NIC to %1</source>
        <translation>NIC zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>&amp;Disks</source>
        <translation>&amp;Datenträger</translation>
    </message>
    <message>
        <source>Net&amp;works</source>
        <translation>Netz&amp;werke</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>What saving does:</source>
        <translation>Was das Speichern bewirkt:</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restart required: changes saved earlier wait for a restart (%1). Until then KubeVirt applies no CPU, memory or disk change live.</source>
        <translation>Neustart erforderlich: Früher gespeicherte Änderungen warten auf einen Neustart (%1). Bis dahin übernimmt KubeVirt keine Änderung an CPU, Arbeitsspeicher oder Datenträgern im laufenden Betrieb.</translation>
    </message>
    <message>
        <source>Reading what this cluster offers…</source>
        <translation>Verfügbare Optionen des Clusters werden gelesen…</translation>
    </message>
    <message>
        <source>The VM is stopped: every change is used when it next starts.</source>
        <translation>Die VM ist gestoppt: Alle Änderungen gelten ab ihrem nächsten Start.</translation>
    </message>
    <message>
        <source>This cluster&apos;s rollout strategy is Stage: size changes wait for a restart.</source>
        <translation>Die Rollout-Strategie dieses Clusters ist Stage: Größenänderungen warten auf einen Neustart.</translation>
    </message>
    <message numerus="yes">
        <source>CPU can grow live up to %n socket(s)</source>
        <translation>
            <numerusform>CPU im laufenden Betrieb erweiterbar auf bis zu %n Sockel</numerusform>
            <numerusform>CPU im laufenden Betrieb erweiterbar auf bis zu %n Sockel</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU cannot change live (no maxSockets on the running VM)</source>
        <translation>CPU im laufenden Betrieb nicht änderbar (kein maxSockets bei der laufenden VM)</translation>
    </message>
    <message>
        <source>memory up to %1</source>
        <translation>Arbeitsspeicher bis zu %1</translation>
    </message>
    <message>
        <source>memory cannot change live</source>
        <translation>Arbeitsspeicher im laufenden Betrieb nicht änderbar</translation>
    </message>
    <message>
        <source>a change is being applied now</source>
        <translation>eine Änderung wird gerade übernommen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Instancetype</source>
        <translation>Instancetype</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preference</translation>
    </message>
    <message>
        <source>CPU (sockets × cores × threads)</source>
        <translation>CPU (Sockel × Kerne × Threads)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>Boot-Reihenfolge</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Hot-plugged disks</source>
        <translation>Hotplug-Datenträger</translation>
    </message>
    <message>
        <source>Saved; the guest does not see it, no restart.</source>
        <translation>Nur gespeichert; der Gast merkt nichts davon, kein Neustart.</translation>
    </message>
    <message>
        <source>Used when the VM next starts.</source>
        <translation>Gilt ab dem nächsten Start der VM.</translation>
    </message>
    <message>
        <source>Applied live (KubeVirt moves the VM with a live migration to apply it).</source>
        <translation>Wird im laufenden Betrieb übernommen (KubeVirt verschiebt die VM dazu per Live-Migration).</translation>
    </message>
    <message>
        <source>Plugged into the running VM.</source>
        <translation>Wird im laufenden Betrieb in die VM eingesteckt.</translation>
    </message>
    <message>
        <source>Applied live once the migration under way ends.</source>
        <translation>Wird im laufenden Betrieb übernommen, sobald die laufende Migration beendet ist.</translation>
    </message>
    <message>
        <source>Restart needed: the cluster&apos;s rollout strategy is Stage.</source>
        <translation>Neustart nötig: Die Rollout-Strategie des Clusters ist Stage.</translation>
    </message>
    <message>
        <source>Restart needed: a restart is pending already, KubeVirt applies nothing live until then.</source>
        <translation>Neustart nötig: Ein Neustart steht bereits aus, bis dahin übernimmt KubeVirt nichts im laufenden Betrieb.</translation>
    </message>
    <message>
        <source>Restart needed: more sockets than the running VM can take (%1).</source>
        <translation>Neustart nötig: mehr Sockel, als die laufende VM aufnehmen kann (%1).</translation>
    </message>
    <message>
        <source>Restart needed: CPUs cannot be unplugged.</source>
        <translation>Neustart nötig: CPUs lassen sich im laufenden Betrieb nicht entfernen.</translation>
    </message>
    <message>
        <source>Restart needed: only sockets can be added live.</source>
        <translation>Neustart nötig: Im laufenden Betrieb lassen sich nur Sockel hinzufügen.</translation>
    </message>
    <message>
        <source>Restart needed: more memory than the running VM can take (%1).</source>
        <translation>Neustart nötig: mehr Arbeitsspeicher, als die laufende VM aufnehmen kann (%1).</translation>
    </message>
    <message>
        <source>Restart needed: memory cannot be unplugged.</source>
        <translation>Neustart nötig: Arbeitsspeicher lässt sich im laufenden Betrieb nicht entfernen.</translation>
    </message>
    <message>
        <source>Restart needed: memory hotplug needs at least 1 GiB.</source>
        <translation>Neustart nötig: Hotplug von Arbeitsspeicher erfordert mindestens 1 GiB.</translation>
    </message>
    <message>
        <source>Restart needed: the size is set as a resource request, not guest memory.</source>
        <translation>Neustart nötig: Die Größe ist als Ressourcenanforderung (Request) festgelegt, nicht als Arbeitsspeicher des Gasts.</translation>
    </message>
    <message>
        <source>Restart needed: KubeVirt cannot change this on a running VM.</source>
        <translation>Neustart nötig: KubeVirt kann dies bei einer laufenden VM nicht ändern.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>%1 was saved, but some disks were not changed: %2</source>
        <translation>%1 wurde gespeichert, aber einige Datenträger wurden nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to save for %1.</source>
        <translation>Für %1 gibt es nichts zu speichern.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you edited it: nothing was saved.</source>
        <translation>%1 wurde während Ihrer Bearbeitung von jemand anderem geändert: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 was not saved: no cluster is open.</source>
        <translation>%1 wurde nicht gespeichert: Kein Cluster ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1. The form now shows the VM as it is, with your changes on top; check them and save again.</source>
        <translation>Inzwischen geändert: %1. Das Formular zeigt jetzt den aktuellen Stand der VM mit Ihren Änderungen darüber; prüfen Sie diese und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>its status or other fields</source>
        <translation>ihr Status oder andere Felder</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>%1 neu starten?</translation>
    </message>
    <message>
        <source>%1 was saved. These changes apply after a restart: %2.

Restart the VM now?</source>
        <translation>%1 wurde gespeichert. Diese Änderungen gelten erst nach einem Neustart: %2.

Die VM jetzt neu starten?</translation>
    </message>
    <message>
        <source>key=value, one per line</source>
        <translation>key=value, ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>A&amp;nnotations:</source>
        <translation>Ann&amp;otationen:</translation>
    </message>
    <message>
        <source>An &amp;instancetype:</source>
        <translation>Ein &amp;Instancetype:</translation>
    </message>
    <message>
        <source>Cus&amp;tom:</source>
        <translation>Benu&amp;tzerdefiniert:</translation>
    </message>
    <message>
        <source>sockets ×</source>
        <translation>Sockel ×</translation>
    </message>
    <message>
        <source>cores ×</source>
        <translation>Kerne ×</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>&amp;CPU:</source>
        <translation>&amp;CPU:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>A&amp;rbeitsspeicher:</translation>
    </message>
    <message>
        <source>&amp;Preference:</source>
        <translation>&amp;Preference:</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Hot-plugged</source>
        <translation>Hotplug</translation>
    </message>
    <message>
        <source>&amp;Add disk…</source>
        <translation>Datenträger &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove disk</source>
        <translation>Datenträger &amp;entfernen</translation>
    </message>
    <message>
        <source>Only hot-plugged disks can be removed from a VM here.</source>
        <translation>Hier lassen sich nur per Hotplug eingesteckte Datenträger aus einer VM entfernen.</translation>
    </message>
    <message>
        <source>Boot order: 1 boots first; empty cells are not booted from. Added disks are hot-plugged (SCSI) into the running VM.</source>
        <translation>Boot-Reihenfolge: 1 bootet zuerst; von Datenträgern mit leerer Zelle wird nicht gebootet. Hinzugefügte Datenträger werden per Hotplug (SCSI) in die laufende VM eingesteckt.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Anbindung</translation>
    </message>
    <message>
        <source>Add &amp;NIC…</source>
        <translation>&amp;NIC hinzufügen…</translation>
    </message>
    <message>
        <source>A NIC added on a Multus network is a bridge interface; KubeVirt plugs it into the running VM.</source>
        <translation>Eine NIC in einem Multus-Netzwerk wird als Bridge-Schnittstelle angelegt; KubeVirt steckt sie im laufenden Betrieb in die VM ein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vCPU(s), %2)</source>
        <translation>
            <numerusform>%1 (%n vCPU, %2)</numerusform>
            <numerusform>%1 (%n vCPUs, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>new %1 disk %2</source>
        <translation>neuer Datenträger %2 (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Pod network</source>
        <translation>Pod-Netzwerk</translation>
    </message>
    <message>
        <source>Restart needed: memory can only be added live to a VM that can live-migrate.</source>
        <translation>Neustart nötig: Speicher lässt sich nur bei einer VM live hinzufügen, die live-migrieren kann.</translation>
    </message>
    <message>
        <source>Restart needed: memory can only be added live to a VM that can live-migrate (%1).</source>
        <translation>Neustart nötig: Speicher lässt sich nur bei einer VM live hinzufügen, die live-migrieren kann (%1).</translation>
    </message>
    <message>
        <source>Write the memory as a Kubernetes quantity, e.g. 4Gi or 512Mi.</source>
        <translation>Geben Sie den Speicher als Kubernetes-Menge an, z. B. 4Gi oder 512Mi.</translation>
    </message>
</context>
<context>
    <name>drover::ui::VmPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the guest agent again</source>
        <translation>Den Gast-Agenten erneut fragen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disks</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>&lt;b&gt;File systems&lt;/b&gt; (from the guest agent)</source>
        <translation>&lt;b&gt;Dateisysteme&lt;/b&gt; (vom Gast-Agenten)</translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Select one VM to see it here.</source>
        <translation>Wählen Sie eine VM, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is gone: it was deleted, or this account can no longer read it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist weg: gelöscht, oder dieses Konto darf sie nicht mehr lesen.</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span&gt;in %2&lt;/span&gt; — %3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span&gt;in %2&lt;/span&gt; — %3%4</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Run strategy</source>
        <translation>Laufstrategie</translation>
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
        <translation>, %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>der Domain</translation>
    </message>
    <message>
        <source>the guest agent</source>
        <translation>dem Gast-Agenten</translation>
    </message>
    <message>
        <source>Multus</source>
        <translation>Multus</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>frage…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connected (version %1)</source>
        <translation>verbunden (Version %1)</translation>
    </message>
    <message>
        <source>not connected: the guest runs no QEMU guest agent, or it has not started yet. Hostname, users and file systems need it (KubeVirt: %1)</source>
        <translation>nicht verbunden: Im Gast läuft kein QEMU-Gast-Agent, oder er ist noch nicht gestartet. Hostname, Benutzer und Dateisysteme brauchen ihn (KubeVirt: %1)</translation>
    </message>
    <message>
        <source>the VM is not running</source>
        <translation>die VM läuft nicht</translation>
    </message>
    <message>
        <source>could not ask it: %1</source>
        <translation>konnte ihn nicht fragen: %1</translation>
    </message>
    <message>
        <source>Guest agent</source>
        <translation>Gast-Agent</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Gastbetriebssystem</translation>
    </message>
    <message>
        <source>Kernel %1, %2</source>
        <translation>Kernel %1, %2</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>%1: %2 — from %3</source>
        <translation>%1: %2 — von %3</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Logged-in users</source>
        <translation>Angemeldete Benutzer</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>This account may not read events in namespace %1.</source>
        <translation>Dieses Konto darf die Ereignisse im Namespace %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Events could not be read: %1</source>
        <translation>Die Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>Lese Ereignisse…</translation>
    </message>
    <message>
        <source>No events. The cluster keeps them for an hour by default.</source>
        <translation>Keine Ereignisse. Der Cluster bewahrt sie standardmäßig eine Stunde auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first; the cluster keeps them for an hour by default.</source>
        <translation>
            <numerusform>%n Ereignis, neuestes zuerst; der Cluster bewahrt sie standardmäßig eine Stunde auf.</numerusform>
            <numerusform>%n Ereignisse, neueste zuerst; der Cluster bewahrt sie standardmäßig eine Stunde auf.</numerusform>
        </translation>
    </message>
    <message>
        <source> (×%1)</source>
        <translation> (×%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>DataVolume %1</source>
        <translation>DataVolume %1</translation>
    </message>
    <message>
        <source>PVC %1</source>
        <translation>PVC %1</translation>
    </message>
    <message>
        <source>container disk %1</source>
        <translation>Container-Disk %1</translation>
    </message>
    <message>
        <source>cloud-init data</source>
        <translation>cloud-init-Daten</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Storage-Klasse</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Zugriffsmodus</translation>
    </message>
    <message>
        <source>Hotplugged</source>
        <translation>Hotplug</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>In the guest</source>
        <translation>Im Gast</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>VirtualMachine</source>
        <translation>VirtualMachine</translation>
    </message>
    <message>
        <source>VirtualMachineInstance</source>
        <translation>VirtualMachineInstance</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this YAML to the clipboard</source>
        <translation>Dieses YAML in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>pod network</source>
        <translation>Pod-Netzwerk</translation>
    </message>
    <message>
        <source>Multus %1</source>
        <translation>Multus %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Restart required: saved changes wait for a restart (%1).</source>
        <translation>Neustart erforderlich: Gespeicherte Änderungen warten auf einen Neustart (%1).</translation>
    </message>
    <message>
        <source>Adding CPUs and memory to the running VM…</source>
        <translation>CPUs und Arbeitsspeicher werden der laufenden VM hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding CPUs to the running VM…</source>
        <translation>CPUs werden der laufenden VM hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding memory to the running VM…</source>
        <translation>Arbeitsspeicher wird der laufenden VM hinzugefügt…</translation>
    </message>
    <message>
        <source>Edit YAML…</source>
        <translation>YAML bearbeiten…</translation>
    </message>
    <message>
        <source>Change the VM as text, with a diff shown before it is saved</source>
        <translation>Die VM als Text ändern, mit einem Diff vor dem Speichern</translation>
    </message>
</context>
<context>
    <name>drover::ui::VmPane</name>
    <message>
        <source>Filter by name, namespace, host, OS, status or IP  (Ctrl+F)</source>
        <translation>Nach Name, Namespace, Host, Betriebssystem, Status oder IP filtern  (Strg+F)</translation>
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
            <numerusform>%L1 von %Ln VM</numerusform>
            <numerusform>%L1 von %Ln VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Group VMs By</source>
        <translation>VMs &amp;gruppieren nach</translation>
    </message>
    <message>
        <source>&amp;Nothing</source>
        <translation>&amp;Nichts</translation>
    </message>
    <message>
        <source>N&amp;amespace</source>
        <translation>N&amp;amespace</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>H&amp;ost</translation>
    </message>
    <message>
        <source>&amp;Tenant Cluster</source>
        <translation>&amp;Tenant-Cluster</translation>
    </message>
</context>
<context>
    <name>drover::ui::VmYamlDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Review changes</source>
        <translation>Änderungen &amp;prüfen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back to editing</source>
        <translation>&lt; &amp;Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Edit YAML of %1</source>
        <translation>YAML von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Edit, then Review changes to see what Save sends. The status is KubeVirt&apos;s: changes to it are not saved.</source>
        <translation>Bearbeiten, dann „Änderungen prüfen“, um zu sehen, was Speichern sendet. Der Status gehört KubeVirt: Änderungen daran werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>This is not valid YAML: %1</source>
        <translation>Das ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Lines starting with - are removed from %1, lines with + added. Save replaces the VM with your text.</source>
        <translation>Zeilen mit - werden aus %1 entfernt, Zeilen mit + hinzugefügt. Speichern ersetzt die VM durch Ihren Text.</translation>
    </message>
    <message>
        <source>Nothing to save: the text says what %1 already is.</source>
        <translation>Nichts zu speichern: Der Text beschreibt %1 so, wie sie schon ist.</translation>
    </message>
    <message>
        <source>The text must stay a kubevirt.io VirtualMachine.</source>
        <translation>Der Text muss eine kubevirt.io-VirtualMachine bleiben.</translation>
    </message>
    <message>
        <source>The name cannot change here: clone the VM to get one with another name.</source>
        <translation>Der Name kann hier nicht geändert werden: Klonen Sie die VM, um eine mit anderem Namen zu erhalten.</translation>
    </message>
    <message>
        <source>The namespace cannot change here.</source>
        <translation>Der Namespace kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you edited it: nothing was saved. The diff now compares your text with the VM as it is; lines they changed show as yours to undo. Check it and save again, or go back to editing.</source>
        <translation>%1 wurde von jemand anderem geändert, während Sie sie bearbeitet haben: Nichts wurde gespeichert. Der Diff vergleicht Ihren Text jetzt mit der VM, wie sie ist; deren Änderungen erscheinen als Zeilen, die Sie rückgängig machen würden. Prüfen Sie ihn und speichern Sie erneut, oder kehren Sie zum Bearbeiten zurück.</translation>
    </message>
    <message>
        <source>%1 was not saved: no cluster is open.</source>
        <translation>%1 wurde nicht gespeichert: Kein Cluster ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>drover::ui::VtermWidget</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for KubeVirt private clouds.</source>
        <translation>Konsole für Private Clouds auf KubeVirt.</translation>
    </message>
    <message>
        <source>Start a simulated demo cluster (drover-sim) and connect to it.</source>
        <translation>Einen simulierten Demo-Cluster (drover-sim) starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>Use this kubeconfig file instead of $KUBECONFIG or ~/.kube/config.</source>
        <translation>Diese Kubeconfig-Datei statt $KUBECONFIG oder ~/.kube/config verwenden.</translation>
    </message>
    <message>
        <source>Use this kubeconfig context instead of the current one.</source>
        <translation>Diesen Kubeconfig-Kontext statt des aktuellen verwenden.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the cluster is listed, then quit.</source>
        <translation>Ein Bild des Fensters speichern, sobald der Cluster gelistet ist, dann beenden.</translation>
    </message>
    <message>
        <source>Starting the demo cluster…</source>
        <translation>Der Demo-Cluster wird gestartet …</translation>
    </message>
    <message>
        <source>The demo cluster did not start</source>
        <translation>Der Demo-Cluster ist nicht gestartet</translation>
    </message>
</context>
</TS>
