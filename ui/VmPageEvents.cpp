// VmPage's Events tab: the VM's, its VMI's and its launcher pods' events, newest first, warnings
// marked, kept current by the watches in ops::VmEvents.
#include "VmPage.h"

#include "Appearance.h"
#include "ObjectMeta.h"
#include "ReadOnlyTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace drover::ui {

namespace {

QString agoText(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const qint64 s = qMax<qint64>(0, t.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 60)
        return VmPage::tr("%n s ago", nullptr, int(s));
    if (s < 3600)
        return VmPage::tr("%n min ago", nullptr, int(s / 60));
    if (s < 86400)
        return VmPage::tr("%n h ago", nullptr, int(s / 3600));
    return VmPage::tr("%n d ago", nullptr, int(s / 86400));
}

} // namespace

QWidget *VmPage::buildEvents()
{
    auto *w = new QWidget(this);
    auto *lay = new QVBoxLayout(w);
    m_eventStatus = new QLabel(w);
    m_eventStatus->setObjectName(QStringLiteral("vmPageEventsStatus"));
    m_eventStatus->setWordWrap(true);
    lay->addWidget(m_eventStatus);
    m_eventTable = readOnlyTable({tr("Last seen"), tr("Type"), tr("Reason"), tr("Object"), tr("Message"), tr("Source")}, w,
                                 QStringLiteral("vmPageEvents"));
    lay->addWidget(m_eventTable, 1);
    return w;
}

void VmPage::fillEvents()
{
    const QList<core::KubeEvent> events = m_eventSource->events();
    const kube::KubeError error = m_eventSource->error();
    if (m_key.isEmpty())
        m_eventStatus->clear();
    else if (!error.ok())
        m_eventStatus->setText(error.httpStatus == 403 ? tr("This account may not read events in namespace %1.").arg(core::namespaceOfKey(m_key))
                                                       : tr("Events could not be read: %1").arg(error.userMessage()));
    else if (!m_eventSource->synced())
        m_eventStatus->setText(tr("Reading events…"));
    else if (events.isEmpty())
        m_eventStatus->setText(tr("No events. The cluster keeps them for an hour by default."));
    else
        m_eventStatus->setText(tr("%n event(s), newest first; the cluster keeps them for an hour by default.", nullptr, int(events.size())));
    m_eventTable->setRowCount(int(events.size()));
    const ToneColors warn = toneColors(Tone::Warning, palette());
    for (int r = 0; r < events.size(); ++r) {
        const core::KubeEvent &e = events[r];
        const QString count = e.count > 1 ? tr(" (×%1)").arg(e.count) : QString();
        const QStringList cells{agoText(e.lastSeen) + count, e.type, e.reason, tr("%1 %2").arg(e.objectKind, e.objectName), e.message, e.source};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setToolTip(QLocale().toString(e.lastSeen.toLocalTime(), QLocale::LongFormat));
            if (c == 4)
                item->setToolTip(e.message);
            if (e.warning()) {
                item->setBackground(warn.background);
                item->setForeground(warn.text);
            }
            m_eventTable->setItem(r, c, item);
        }
    }
    m_eventTable->resizeColumnsToContents();
}

} // namespace drover::ui
