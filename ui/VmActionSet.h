#pragma once
// The VM lifecycle actions of the main window (toolbar, menu, context menus): icons, shortcuts,
// the VMs they apply to (the selection of the view the user touched last), and enabled according
// to those VMs' state — an action is enabled when KubeVirt would accept it for at least one.
#include "VmStatus.h"
#include "VmSummary.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace drover::ui {

class VmActionSet : public QObject
{
    Q_OBJECT
public:
    // The actions are added to window so that their shortcuts work anywhere in it.
    explicit VmActionSet(QWidget *window);

    QAction *action(models::VmAction a) const;
    // In toolbar order: Start, Stop, Restart, Pause, Resume, Force stop.
    QList<QAction *> actions() const { return m_actions; }
    // The VMs (namespace/name) the actions and the window's VM menu apply to.
    void setTargets(const QStringList &keys) { m_targets = keys; }
    QStringList targets() const { return m_targets; }
    // Enables each action for the targets' summaries as they are now.
    void setSelection(const QList<models::VmSummary> &selected);

Q_SIGNALS:
    void triggered(drover::ops::VmAction action);

private:
    QList<QAction *> m_actions;
    QStringList m_targets;
};

} // namespace drover::ui
