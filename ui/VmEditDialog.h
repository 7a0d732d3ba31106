#pragma once
// Edit VM (Ctrl+E): one VM's description, labels and annotations; its size (an instancetype or
// sockets × cores × threads and memory) and preference; its disks' boot order, hot-plugged
// disks added (a new blank disk or an existing claim) and removed; NICs added on Multus
// networks. Below the tabs, before anything is sent, "What saving does" lists each change with
// what it does to this VM now — applied live (CPU and memory within the VM's hotplug limits
// under the LiveUpdate rollout), at the next restart (RestartRequired), at the next start, or
// nothing the guest sees — as KubeVirt decides it (core::planVmEdit). The workflow is
// ops::VmEditor's. A VM changed by someone else meanwhile is not overwritten: the dialog reloads
// it, says what changed, and keeps what the user typed. Changes that need a restart offer one.
#include "VmCreator.h"
#include "VmEditor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace drover::ui {

class VmEditDialog : public QDialog
{
    Q_OBJECT
public:
    VmEditDialog(ops::ClusterConnection *connection, const QString &vmKey, QWidget *parent = nullptr);

    ops::VmEditor *operations() const { return m_ops; }
    bool ready() const { return m_loaded && m_choicesLoaded; }
    const ops::VmEditSource &source() const { return m_source; }
    // What the form says now.
    core::VmEditable edited() const;
    // The plan's lines as shown ("CPU: 2 × 1 × 1 → 4 × 1 × 1 — applied live"); tests read it.
    QStringList planLines() const;
    static QString describe(const ops::VmEditResult &r);
    // The VM this dialog edits ("namespace/name").
    QString vmKey() const { return m_key; }
    // Refused while a save is under way (Esc, Cancel, the close button): closing then would drop
    // the hot-plugs still to come and leave a new blank disk behind without its VM.
    void reject() override;

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *labelsEdit() const { return m_labels; }
    QRadioButton *customSizeButton() const { return m_custom; }
    QComboBox *instancetypeBox() const { return m_instancetype; }
    QSpinBox *socketsBox() const { return m_sockets; }
    QLineEdit *memoryEdit() const { return m_memory; }
    QTableWidget *diskTable() const { return m_disks; }
    QTableWidget *nicTable() const { return m_nics; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    // Adds a hot-plugged disk as the Add disk form would: a new blank one (size set) or an existing claim.
    void addDisk(const core::VmEditDisk &disk);
    void addNic(const QString &network);

Q_SIGNALS:
    // Saved; restartNow: the user asked for the restart the changes need.
    void saved(const QString &vmKey, bool restartNow);

private:
    QWidget *buildGeneral();
    QWidget *buildSize();
    QWidget *buildDisks();
    QWidget *buildNetworks();
    void onLoaded(const ops::VmEditSource &source);
    void onChoices(const ops::NewVmChoices &choices);
    void onFinished(const ops::VmEditResult &result);
    void fill(const core::VmEditable &e);
    void fillDisks(const QList<core::VmEditDisk> &disks);
    void fillNics(const QList<core::VmNic> &nics);
    void fillInstancetypes(const QString &instancetype, const QString &preference);
    void prefillCustomSize();
    void withCatalogSize(core::VmEditable *e) const;
    const core::InstancetypeInfo *catalogInstancetype(const QString &name) const; // nullptr: not listed
    void setSaving(bool saving);
    void updatePlan();
    void setBusy(bool busy);
    QString effectText(const core::VmEditChange &c) const;
    QString fieldText(core::VmEditField f) const;
    QString limitsText() const;
    void promptAddDisk();
    void promptAddNic();

    QString m_key;
    ops::VmEditor *m_ops;
    ops::VmCreator *m_catalog;
    ops::VmEditSource m_source;
    ops::NewVmChoices m_choices;
    bool m_loaded = false, m_choicesLoaded = false, m_busy = false, m_saving = false, m_filling = false;
    // Disks and NICs as edited (the tables render them).
    QList<core::VmEditDisk> m_diskRows;
    QList<core::VmNic> m_nicRows;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_description = nullptr;
    QPlainTextEdit *m_labels = nullptr, *m_annotations = nullptr;
    QRadioButton *m_useInstancetype = nullptr, *m_custom = nullptr;
    QComboBox *m_instancetype = nullptr, *m_preference = nullptr;
    QSpinBox *m_sockets = nullptr, *m_cores = nullptr, *m_threads = nullptr;
    QLineEdit *m_memory = nullptr;
    QLabel *m_limits = nullptr;
    QTableWidget *m_disks = nullptr, *m_nics = nullptr;
    QPushButton *m_removeDisk = nullptr;
    QTreeWidget *m_plan = nullptr;
    QLabel *m_restartBanner = nullptr, *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace drover::ui
