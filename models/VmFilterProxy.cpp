#include "VmFilterProxy.h"

#include "ModelRoles.h"
#include "VmTableModel.h"

namespace drover::models {

VmFilterProxy::VmFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void VmFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool VmFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    static constexpr int columns[] = {VmTableModel::Name, VmTableModel::Namespace, VmTableModel::Host,
                                      VmTableModel::Os,   VmTableModel::Status,    VmTableModel::Ip};
    QStringList fields;
    fields.reserve(std::size(columns));
    for (int c : columns)
        fields << sourceModel()->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
    for (const QString &w : m_words) {
        bool hit = false;
        for (const QString &f : std::as_const(fields))
            if (f.contains(w, Qt::CaseInsensitive)) {
                hit = true;
                break;
            }
        if (!hit)
            return false;
    }
    return true;
}

} // namespace drover::models
