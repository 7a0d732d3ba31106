#pragma once
// The VM lifecycle actions of the main window (toolbar, menu, context menus): icons, shortcuts,
// and enabled according to the selected VMs' state — an action is enabled when KubeVirt would
// accept it for at least one of them.
#include "VmStatus.h"
#include "VmSummary.h"

#include <QList>
#include <QObject>

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
    void setSelection(const QList<models::VmSummary> &selected);

Q_SIGNALS:
    void triggered(drover::ops::VmAction action);

private:
    QList<QAction *> m_actions;
};

} // namespace drover::ui
