#pragma once
// The read-only tables of the detail panes (host details, the VM page): headers, no row
// numbers, whole rows selected, the last column stretched, no wrapping.
#include <QHeaderView>
#include <QTableWidget>

namespace drover::ui {

inline QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent, const QString &objectName = {})
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace drover::ui
