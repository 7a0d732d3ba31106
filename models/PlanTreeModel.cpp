#include "PlanTreeModel.h"

#include <QFont>

namespace drover::models {

PlanTreeModel::PlanTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setColumnCount(1);
    setHorizontalHeaderLabels({tr("Intent and plan")});
}

void PlanTreeModel::setRow(QStandardItem *item, const QString &text)
{
    if (item->text() != text)
        item->setText(text);
    if (item->toolTip() != text)
        item->setToolTip(text);
}

void PlanTreeModel::setChildren(QStandardItem *parent, const QStringList &lines)
{
    for (int i = 0; i < lines.size(); ++i) {
        if (i < parent->rowCount()) {
            setRow(parent->child(i), lines.at(i));
            continue;
        }
        auto *child = new QStandardItem;
        child->setEditable(false);
        setRow(child, lines.at(i));
        parent->appendRow(child);
    }
    if (parent->rowCount() > lines.size())
        parent->removeRows(int(lines.size()), parent->rowCount() - int(lines.size()));
}

void PlanTreeModel::setEntries(const QList<ops::IntentPlan> &entries, const QString &placeholder)
{
    QList<QPair<QString, QStringList>> rows;
    for (const ops::IntentPlan &e : entries) {
        QStringList lines = e.lines;
        if (!e.synced)
            lines.prepend(tr("planning…"));
        rows.append({e.title, lines});
    }
    const bool empty = rows.isEmpty();
    if (empty)
        rows.append({placeholder, {}});
    QStandardItem *root = invisibleRootItem();
    for (int i = 0; i < rows.size(); ++i) {
        QStandardItem *item = i < root->rowCount() ? root->child(i) : nullptr;
        if (!item) {
            item = new QStandardItem;
            item->setEditable(false);
            root->appendRow(item);
        }
        setRow(item, rows.at(i).first);
        QFont font = item->font();
        font.setBold(!empty);
        font.setItalic(empty);
        if (item->font() != font)
            item->setFont(font);
        setChildren(item, rows.at(i).second);
    }
    if (root->rowCount() > rows.size())
        root->removeRows(int(rows.size()), root->rowCount() - int(rows.size()));
}

QStringList PlanTreeModel::linesOf(int row) const
{
    QStringList out;
    const QStandardItem *item = invisibleRootItem()->child(row);
    for (int i = 0; item && i < item->rowCount(); ++i)
        out << item->child(i)->text();
    return out;
}

} // namespace drover::models
