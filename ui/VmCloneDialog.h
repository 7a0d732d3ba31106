#pragma once
// Clone one VM: a name for the new VM (free in the namespace), whether it starts once made
// (off by default: a copy booting next to its source with the same hostname surprises), and a
// new MAC per interface (empty: the cluster's MAC pool picks one). The workflow is
// ops::VmCloner's; the dialog shows each phase KubeVirt reports while it waits, closes when
// the new VM exists, and on any refusal stays open with what was typed, saying why in words.
#include "VmCloner.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace drover::ui {

class VmCloneDialog : public QDialog
{
    Q_OBJECT
public:
    VmCloneDialog(ops::ClusterConnection *connection, const QString &vmKey, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *startBox() const { return m_start; }
    QTreeWidget *interfaces() const { return m_interfaces; }
    // The new-MAC field of interface name, or nullptr.
    QLineEdit *macEdit(const QString &interfaceName) const;
    QPushButton *cloneButton() const { return m_clone; }
    QLabel *statusLabel() const { return m_status; }
    ops::VmCloner *operations() const { return m_ops; }
    bool ready() const { return m_ready; } // the source was read
    core::CloneRequest request() const;
    // The outcome in words ("prod/web cloned to prod/web-clone").
    static QString describe(const ops::VmCloneResult &r);
    static QString phaseInWords(const QString &phase, const QString &source);

private:
    void onInspected(const ops::VmCloneSource &s);
    void onProgressed(const ops::VmCloneProgress &p);
    void onFinished(const ops::VmCloneResult &r);
    void revalidate();
    void setBusy(bool busy);
    void say(bool error, const QString &text);

    ops::VmCloner *m_ops;
    QString m_key;
    ops::VmCloneSource m_source;
    bool m_ready = false;
    bool m_busy = false;
    QLabel *m_intro;
    QLineEdit *m_name;
    QCheckBox *m_start;
    QTreeWidget *m_interfaces;
    QLabel *m_status;
    QPushButton *m_clone;
};

} // namespace drover::ui
