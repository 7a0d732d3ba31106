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
    begin(request.key(), models::VmActionText::name(request.action), request.key(), message, actionIcon(request.action));
}

void TaskLog::addFinished(const ops::ActionResult &result, const QString &message)
{
    finish(result.request.key(),
           result.status == ops::ActionResult::Succeeded   ? Outcome::Succeeded
           : result.status == ops::ActionResult::Abandoned ? Outcome::Warning
                                                           : Outcome::Failed,
           message);
}

void TaskLog::begin(const QString &key, const QString &task, const QString &target, const QString &message, const QIcon &taskIcon)
{
    auto *item = new QTreeWidgetItem;
    item->setText(Time, QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")));
    item->setText(Task, task);
    item->setIcon(Task, taskIcon);
    item->setText(Target, target);
    item->setText(Result, message);
    item->setIcon(Result, icon(Glyph::Info));
    insertTopLevelItem(0, item);
    m_open.insert(key, item);
    while (topLevelItemCount() > kMaxItems) {
        QTreeWidgetItem *last = takeTopLevelItem(topLevelItemCount() - 1);
        for (auto it = m_open.begin(); it != m_open.end();)
            it = it.value() == last ? m_open.erase(it) : std::next(it);
        delete last;
    }
}

void TaskLog::finish(const QString &key, Outcome outcome, const QString &message)
{
    QTreeWidgetItem *item = m_open.take(key);
    if (!item)
        return;
    item->setText(Result, message);
    item->setToolTip(Result, message);
    item->setIcon(Result, icon(outcome == Outcome::Succeeded ? Glyph::Success : outcome == Outcome::Warning ? Glyph::Warning : Glyph::Error));
}

} // namespace drover::ui
