#pragma once
// droverd's plan as a tree (the console's Plan view): a row per intent (ops::IntentPlans' entry
// title) with a child row per line of its plan, or "planning…" while it is still listing. Updated
// in place (texts set, rows inserted or removed at the end), never reset, so what the user
// expanded or selected stays. With no entry, one row says why (setPlaceholder).
#include "IntentPlans.h"

#include <QStandardItemModel>

namespace drover::models {

class PlanTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    explicit PlanTreeModel(QObject *parent = nullptr);

    // placeholder: the row shown when entries is empty ("Nothing to plan…").
    void setEntries(const QList<ops::IntentPlan> &entries, const QString &placeholder);
    // The lines under a title row, as shown ("planning…" included), for tests.
    QStringList linesOf(int row) const;

private:
    static void setRow(QStandardItem *item, const QString &text);
    void setChildren(QStandardItem *parent, const QStringList &lines);
};

} // namespace drover::models
