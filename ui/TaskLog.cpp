#include "TaskLog.h"

#include "Icons.h"

#include <QDateTime>
#include <QHeaderView>

namespace drover::ui {

namespace {
constexpr int kMaxItems = 200;
enum Col { Time, Task, Target, Result };
} // namespace

TaskLog::TaskLog(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("taskLog"));
    setColumnCount(4);
    setHeaderLabels({tr("Time"), tr("Task"), tr("Target"), tr("Result")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    setColumnWidth(Time, 80);
    setColumnWidth(Task, 110);
    setColumnWidth(Target, 190);
}

void TaskLog::addStarted(const ops::ActionRequest &request, const QString &message)
{
    auto *item = new QTreeWidgetItem;
    item->setText(Time, QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")));
    item->setText(Task, models::VmActionText::name(request.action));
    item->setIcon(Task, actionIcon(request.action));
    item->setText(Target, request.key());
    item->setText(Result, message);
    item->setIcon(Result, icon(Glyph::Info));
    insertTopLevelItem(0, item);
    m_open.insert(request.key(), item);
    while (topLevelItemCount() > kMaxItems) {
        QTreeWidgetItem *last = takeTopLevelItem(topLevelItemCount() - 1);
        for (auto it = m_open.begin(); it != m_open.end();)
            it = it.value() == last ? m_open.erase(it) : std::next(it);
        delete last;
    }
}

void TaskLog::addFinished(const ops::ActionResult &result, const QString &message)
{
    QTreeWidgetItem *item = m_open.take(result.request.key());
    if (!item)
        return;
    item->setText(Result, message);
    item->setToolTip(Result, message);
    const Glyph g = result.status == ops::ActionResult::Succeeded ? Glyph::Success
        : result.status == ops::ActionResult::Abandoned           ? Glyph::Warning
                                                                  : Glyph::Error;
    item->setIcon(Result, icon(g));
}

} // namespace drover::ui
