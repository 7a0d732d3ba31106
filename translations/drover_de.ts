<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>PasteAsKeys</name>
    <message>
        <source>Paste as keystrokes</source>
        <translation>Als Tastenanschläge einfügen</translation>
    </message>
    <message>
        <source>Type %1 characters into the guest?</source>
        <translation>%1 Zeichen im Gast eintippen?</translation>
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
    <name>drover::ui::ConsoleView</name>
    <message>
        <source>Keyboard grabbed — press Ctrl+Alt to release</source>
        <translation>Tastatur erfasst — zum Freigeben Ctrl+Alt drücken</translation>
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
        <source>%1 · %2×%3</source>
        <translation>%1 · %2×%3</translation>
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
        <source>%1 · %2×%3%4</source>
        <translation>%1 · %2×%3%4</translation>
    </message>
    <message>
        <source> · keys sent as scancodes</source>
        <translation> · Tasten als Scancodes gesendet</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Disconnected: %1
Reconnecting in %2 s…</source>
        <translation>Getrennt: %1
Neue Verbindung in %2 s …</translation>
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
        <source>Type the clipboard&apos;s text into the guest — for servers without a clipboard, such as QEMU&apos;s</source>
        <translation>Den Text der Zwischenablage im Gast eintippen — für Server ohne Zwischenablage, etwa den von QEMU</translation>
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
        <source>Filter by name, namespace, host, OS, status or IP  (Ctrl+F)</source>
        <translation>Nach Name, Namespace, Host, Betriebssystem, Status oder IP filtern  (Strg+F)</translation>
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
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n VM(s)</source>
        <translation>
            <numerusform>%1 von %n VM</numerusform>
            <numerusform>%1 von %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hosts · %2 VMs · %3 instances running</source>
        <translation>%1 Hosts · %2 VMs · %3 Instanzen laufen</translation>
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
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Host map</source>
        <translation>Host-Karte</translation>
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
        <source>%1 VMs · %2 instances running</source>
        <translation>%1 VMs · %2 Instanzen laufen</translation>
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
        <source>Snapshots of %1</source>
        <translation>Snapshots von %1</translation>
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
        <source>Close</source>
        <translation>Schließen</translation>
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
        <source>Could not take snapshot %1: %2</source>
        <translation>Snapshot %1 konnte nicht erstellt werden: %2</translation>
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
        <source>Could not restore %1: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is restored to %2. Start it when you are ready.</source>
        <translation>%1 ist auf %2 zurückgesetzt. Starten Sie die VM, wenn Sie bereit sind.</translation>
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
    <message>
        <source>Size</source>
        <translation>Größe</translation>
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
        <source>Snapshot %1 failed: %2</source>
        <translation>Snapshot %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>drover::ui::SpiceWindow</name>
    <message>
        <source>%1 — SPICE console</source>
        <translation>%1 — SPICE-Konsole</translation>
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
        <source>Paste as keystrokes</source>
        <translation>Als Tastenanschläge einfügen</translation>
    </message>
    <message>
        <source>Type the clipboard&apos;s text into the guest — for guests without the SPICE agent</source>
        <translation>Den Text der Zwischenablage im Gast eintippen — für Gäste ohne SPICE-Agent</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connected · %1×%2</source>
        <translation>Verbunden · %1×%2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Disconnected: %1 — reconnecting (%2 of %3)…</source>
        <translation>Getrennt: %1 — neuer Verbindungsversuch (%2 von %3) …</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <source>Clipboard shared (guest agent)</source>
        <translation>Zwischenablage geteilt (Gast-Agent)</translation>
    </message>
    <message>
        <source>No guest agent: Paste as keystrokes</source>
        <translation>Kein Gast-Agent: Als Tastenanschläge einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Typed the clipboard; %n character(s) have no key on a US keyboard and were skipped</source>
        <translation>
            <numerusform>Zwischenablage eingetippt; %n Zeichen hat keine Taste auf einer US-Tastatur und wurde übersprungen</numerusform>
            <numerusform>Zwischenablage eingetippt; %n Zeichen haben keine Taste auf einer US-Tastatur und wurden übersprungen</numerusform>
        </translation>
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
