#include "VmActionSet.h"

#include "Icons.h"

#include <QAction>
#include <QWidget>

namespace drover::ui {

using models::VmAction;

namespace {

QKeySequence shortcutFor(VmAction a)
{
    switch (a) {
    case VmAction::Start: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    case VmAction::Stop: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    case VmAction::ForceStop: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete);
    case VmAction::Restart: return QKeySequence(Qt::CTRL | Qt::Key_R);
    case VmAction::Pause: return QKeySequence(Qt::CTRL | Qt::Key_P);
    case VmAction::Resume: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    }
    return {};
}

QString tipFor(VmAction a)
{
    switch (a) {
    case VmAction::Start: return VmActionSet::tr("Start the selected VMs");
    case VmAction::Stop: return VmActionSet::tr("Shut the selected VMs down gracefully");
    case VmAction::ForceStop: return VmActionSet::tr("Power the selected VMs off at once, without a guest shutdown");
    case VmAction::Restart: return VmActionSet::tr("Restart the selected VMs");
    case VmAction::Pause: return VmActionSet::tr("Pause the selected VMs (they keep their memory)");
    case VmAction::Resume: return VmActionSet::tr("Resume the selected paused VMs");
    }
    return {};
}

} // namespace

VmActionSet::VmActionSet(QWidget *window) : QObject(window)
{
    for (VmAction a : models::allVmActions) {
        auto *act = new QAction(actionIcon(a), models::VmActionText::name(a), window);
        act->setObjectName(QStringLiteral("action%1").arg(int(a)));
        act->setShortcut(shortcutFor(a));
        act->setShortcutContext(Qt::WindowShortcut);
        act->setToolTip(QStringLiteral("%1 (%2)").arg(tipFor(a), act->shortcut().toString(QKeySequence::NativeText)));
        act->setStatusTip(tipFor(a));
        act->setEnabled(false);
        act->setData(QVariant::fromValue(a));
        window->addAction(act);
        connect(act, &QAction::triggered, this, [this, a] { Q_EMIT triggered(a); });
        m_actions << act;
    }
}

QAction *VmActionSet::action(VmAction a) const
{
    for (QAction *act : m_actions)
        if (act->data().value<VmAction>() == a)
            return act;
    return nullptr;
}

void VmActionSet::setSelection(const QList<models::VmSummary> &selected)
{
    for (QAction *act : std::as_const(m_actions)) {
        const VmAction a = act->data().value<VmAction>();
        bool any = false;
        for (const auto &s : selected)
            if (models::actionAllowed(a, s)) {
                any = true;
                break;
            }
        act->setEnabled(any);
    }
}

} // namespace drover::ui
