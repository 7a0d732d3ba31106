#include "ConnectionIndicator.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>

namespace drover::ui {

using State = ops::ClusterConnection::State;

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent), m_dot(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(4, 0, 4, 0);
    lay->setSpacing(6);
    m_dot->setFixedSize(14, 14);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    lay->addWidget(m_dot);
    lay->addWidget(m_text, 1);
    setState(State::Closed, {}, {}, {});
}

void ConnectionIndicator::setState(State state, const QString &server, const QString &context, const QString &detail)
{
    models::StatusKind kind = models::StatusKind::Stopped;
    QString text;
    switch (state) {
    case State::Closed:
        text = tr("Not connected");
        break;
    case State::Connecting:
        kind = models::StatusKind::Transitional;
        text = tr("Connecting to %1 (context %2)…").arg(server, context);
        if (!detail.isEmpty()) // e.g. an exec credential plugin that may wait for a browser login
            text += QStringLiteral(" · ") + detail;
        break;
    case State::Synced:
        kind = models::StatusKind::Running;
        text = tr("Connected to %1 (context %2) · up to date").arg(server, context);
        break;
    case State::Reconnecting:
        kind = models::StatusKind::Error;
        text = tr("Reconnecting to %1 — showing the last known state. %2").arg(server, detail);
        break;
    }
    m_dot->setPixmap(dotIcon(models::statusColor(kind)).pixmap(QSize(14, 14), devicePixelRatioF()));
    m_text->setText(text);
    setToolTip(text);
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

InsecureWarning::InsecureWarning(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("insecureWarning"));
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("⚠ TLS certificate checks are OFF for this cluster (insecure-skip-tls-verify)"), this);
    label->setStyleSheet(QStringLiteral("QLabel { background:#d03535; color:white; font-weight:bold;"
                                        " padding:2px 8px; border-radius:3px; }"));
    label->setToolTip(tr("Your kubeconfig sets insecure-skip-tls-verify: anyone between you and the "
                         "cluster can read and change what Drover sends, including your credentials. "
                         "Set certificate-authority-data instead."));
    lay->addWidget(label);
}

} // namespace drover::ui
