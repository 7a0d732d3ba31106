#include "SerialConsoleWindow.h"

#include "VtermWidget.h"

#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

namespace drover::ui {

SerialConsoleWindow::SerialConsoleWindow(const console::KubeVirtEndpoint &endpoint, const QString &ns, const QString &vmi,
                                         QWidget *parent)
    : QMainWindow(parent), m_endpoint(endpoint), m_ns(ns), m_vmi(vmi), m_term(new VtermWidget(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("serialConsoleWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1/%2 — Serial console").arg(ns, vmi));
    setCentralWidget(m_term);
    statusBar()->addWidget(m_status, 1);
    QToolBar *bar = addToolBar(tr("Serial console"));
    bar->setMovable(false);
    bar->addAction(tr("Reconnect"), this, &SerialConsoleWindow::connectNow);
    bar->addAction(tr("Clear"), m_term, &VtermWidget::clear);
    connect(m_term, &VtermWidget::typed, this, [this](const QByteArray &b) {
        if (m_stream)
            m_stream->write(b);
    });
    resize(900, 560);
}

void SerialConsoleWindow::connectNow()
{
    if (m_stream)
        m_stream->deleteLater();
    m_status->setText(tr("Connecting to the serial console of %1…").arg(vmKey()));
    m_stream = new console::KubeVirtStream(m_endpoint, this);
    connect(m_stream, &console::KubeVirtStream::opened, this, [this] {
        m_status->setText(tr("Connected to the serial console of %1").arg(vmKey()));
        m_term->setFocus();
    });
    connect(m_stream, &console::KubeVirtStream::received, m_term, &VtermWidget::feed);
    connect(m_stream, &console::KubeVirtStream::closed, this, [this](const QString &reason) {
        m_status->setText(tr("Disconnected: %1 — Reconnect to try again").arg(reason));
    });
    m_stream->open(console::KubeVirtStream::Mode::Serial, m_ns, m_vmi);
}

QString SerialConsoleWindow::statusText() const { return m_status->text(); }

} // namespace drover::ui
