#pragma once
// "Recent tasks": one line per lifecycle action with its target, when it began, and how it
// ended — the trail an admin checks after clicking through several VMs.
#include "VmActions.h"

#include <QHash>
#include <QIcon>
#include <QTreeWidget>

namespace drover::ui {

class TaskLog : public QTreeWidget
{
    Q_OBJECT
public:
    explicit TaskLog(QWidget *parent = nullptr);

    void addStarted(const ops::ActionRequest &request, const QString &message);
    void addFinished(const ops::ActionResult &result, const QString &message);
    // Any other task (a clone, a delete): key names it until finish(); the icon says how it ended.
    void begin(const QString &key, const QString &task, const QString &target, const QString &message, const QIcon &taskIcon = {});
    enum class Outcome { Succeeded, Warning, Failed };
    void finish(const QString &key, Outcome outcome, const QString &message);

private:
    QHash<QString, QTreeWidgetItem *> m_open; // VM key -> its running task line
};

} // namespace drover::ui
