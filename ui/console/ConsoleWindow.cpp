#include "ConsoleWindow.h"

#include "ConsoleView.h"
#include "PasteAsKeys.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QGridLayout>
#include <QVBoxLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <unistd.h>

namespace drover::ui {

using console::RfbClient;

ConsoleWindow::ConsoleWindow(const QString &title, QWidget *parent) : QMainWindow(parent), m_retry(new QTimer(this))
{
    setObjectName(QStringLiteral("consoleWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — Console").arg(title));
    m_view = new ConsoleView(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("consoleScroll"));
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignCenter);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setBackgroundRole(QPalette::Dark);

    m_overlay = new QWidget(this);
    m_overlay->setObjectName(QStringLiteral("consoleOverlay"));
    m_overlay->setAutoFillBackground(true);
    m_overlay->setStyleSheet(QStringLiteral("#consoleOverlay { background: rgba(20,22,26,220); border-radius: 8px; }"
                                            "#consoleOverlay QLabel { color: white; }"));
    auto *ol = new QVBoxLayout(m_overlay);
    m_overlayText = new QLabel(m_overlay);
    m_overlayText->setWordWrap(true);
    m_overlayText->setAlignment(Qt::AlignCenter);
    m_overlayText->setMinimumWidth(320);
    m_reconnect = new QPushButton(tr("Reconnect"), m_overlay);
    m_reconnect->setObjectName(QStringLiteral("consoleReconnect"));
    ol->addWidget(m_overlayText);
    ol->addWidget(m_reconnect, 0, Qt::AlignCenter);
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        m_retries = 0;
        connectNow();
    });

    auto *central = new QWidget(this);
    auto *grid = new QGridLayout(central);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(scroll, 0, 0);
    grid->addWidget(m_overlay, 0, 0, Qt::AlignCenter);
    setCentralWidget(central);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    buildToolbar();
    connect(m_view, &ConsoleView::grabChanged, this, [this](bool grabbed) {
        statusBar()->showMessage(grabbed ? tr("Keyboard grabbed — press Ctrl+Alt to release") : QString());
    });
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ConsoleWindow::connectNow);
    // The local clipboard goes to servers that have one (QEMU ignores it: paste as keystrokes).
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        if (m_client && m_client->state() == RfbClient::State::Connected && isActiveWindow())
            m_client->sendClipboard(QGuiApplication::clipboard()->text());
    });
    resize(1060, 860);
}

ConsoleWindow::~ConsoleWindow()
{
    m_closing = true;
    m_view->setClient(nullptr);
}

void ConsoleWindow::setKubeVirtTarget(const console::KubeVirtEndpoint &endpoint, const QString &ns, const QString &vmi)
{
    m_endpoint = endpoint;
    m_ns = ns;
    m_vmi = vmi;
}

void ConsoleWindow::setTcpTarget(const QString &host, quint16 port)
{
    m_endpoint.reset();
    m_opener = nullptr;
    m_host = host;
    m_port = port;
}

void ConsoleWindow::setFdTarget(const QString &description, FdOpener opener)
{
    m_endpoint.reset();
    m_via = description;
    m_opener = std::move(opener);
}

void ConsoleWindow::resetClient()
{
    if (m_stream)
        m_stream->deleteLater();
    m_view->setClient(nullptr);
    delete m_client;
    m_client = new RfbClient(this);
    m_view->setClient(m_client);
    m_client->setPasswordProvider([this]() -> std::optional<QString> {
        if (!m_password.isEmpty())
            return m_password;
        QTimer::singleShot(0, this, &ConsoleWindow::askPassword);
        return std::nullopt;
    });
    connect(m_client, &RfbClient::stateChanged, this, &ConsoleWindow::onState);
    connect(m_client, &RfbClient::errorOccurred, this, &ConsoleWindow::onError);
    connect(m_client, &RfbClient::serverCutText, this, [](const QString &text) { QGuiApplication::clipboard()->setText(text); });
    connect(m_client, &RfbClient::bell, this, [] { QApplication::beep(); });
    connect(m_client, &RfbClient::desktopResized, this, [this](const QSize &size) {
        if (!m_fit->isChecked())
            m_view->resize(size);
        m_status->setText(tr("%1 · %2×%3").arg(m_client->desktopName()).arg(size.width()).arg(size.height()));
    });
}

void ConsoleWindow::connectNow()
{
    m_retry->stop();
    m_failedHard = false;
    resetClient();
    if (m_endpoint) {
        showOverlay(tr("Connecting to the console of %1/%2…").arg(m_ns, m_vmi), false);
        m_stream = new console::KubeVirtStream(*m_endpoint, this);
        connect(m_stream, &console::KubeVirtStream::opened, this, [this] {
            const int fd = m_stream->takeClientFd();
            if (fd >= 0)
                m_client->connectFd(fd);
        });
        connect(m_stream, &console::KubeVirtStream::sessionBusy, this, [this] {
            bool take = m_takeOverAnswer.value_or(false);
            if (!m_takeOverAnswer) {
                QMessageBox box(QMessageBox::Question, tr("Console in use"),
                                tr("Someone else has the console of %1/%2 open.").arg(m_ns, m_vmi), QMessageBox::Cancel, this);
                box.setObjectName(QStringLiteral("takeOverQuestion"));
                box.setInformativeText(tr("Take it over? Their session will be closed."));
                QPushButton *takeIt = box.addButton(tr("Take over"), QMessageBox::DestructiveRole);
                box.exec();
                take = box.clickedButton() == takeIt;
            }
            if (take) {
                showOverlay(tr("Taking over the console…"), false);
                m_stream->takeOver();
            } else {
                m_failedHard = true;
                m_stream->close();
                showOverlay(tr("Someone else has this console open."), true);
            }
        });
        connect(m_stream, &console::KubeVirtStream::closed, this, [this](const QString &reason) { dropped(reason); });
        m_stream->open(console::KubeVirtStream::Mode::Vnc, m_ns, m_vmi);
    } else if (m_opener) {
        showOverlay(tr("Connecting to %1…").arg(m_via), false);
        m_opener(m_client, [this, client = QPointer<RfbClient>(m_client)](int fd, const QString &error, bool hard) {
            if (!client || client != m_client) { // a newer attempt replaced this one
                if (fd >= 0)
                    ::close(fd);
                return;
            }
            if (fd >= 0) {
                m_client->connectFd(fd);
                return;
            }
            m_failedHard = hard;
            dropped(error);
        });
    } else {
        showOverlay(tr("Connecting to %1:%2…").arg(m_host).arg(m_port), false);
        m_client->connectToHost(m_host, m_port);
    }
}

void ConsoleWindow::onState(RfbClient::State s)
{
    if (s == RfbClient::State::Authenticating)
        showOverlay(tr("Authenticating…"), false);
    if (s != RfbClient::State::Connected)
        return;
    hideOverlay();
    m_wasConnected = true;
    m_passwordRefused = false;
    m_retries = 0;
    m_status->setText(tr("%1 · %2×%3%4").arg(m_client->desktopName()).arg(m_client->framebuffer().width())
                          .arg(m_client->framebuffer().height())
                          .arg(m_client->extendedKeyEvents() ? tr(" · keys sent as scancodes") : QString())
                      + (m_opener ? tr(" · %1").arg(m_via) : QString()));
    Q_EMIT connectedChanged(true);
}

void ConsoleWindow::onError(RfbClient::Error e, const QString &message)
{
    if (e == RfbClient::Error::AuthFailed || e == RfbClient::Error::NoPassword || e == RfbClient::Error::NotVnc ||
        e == RfbClient::Error::UnsupportedSecurity) {
        m_failedHard = true;
        if (e == RfbClient::Error::AuthFailed)
            forgetStoredPassword(); // ask again on Reconnect, and do not offer the keychain's again
    }
    dropped(message);
}

void ConsoleWindow::dropped(const QString &reason)
{
    if (m_closing)
        return;
    const bool wasUp = m_client && m_wasConnected;
    if (m_client)
        m_client->disconnectFromServer();
    Q_EMIT connectedChanged(false);
    if (!m_failedHard && wasUp && m_retries < 3) {
        const int secs = 1 << m_retries; // 1, 2, 4 s
        ++m_retries;
        showOverlay(tr("Disconnected: %1\nReconnecting in %2 s…").arg(reason).arg(secs), true);
        m_retry->start(secs * 1000);
        return;
    }
    showOverlay(m_wasConnected ? tr("Disconnected: %1").arg(reason) : tr("Cannot open the console: %1").arg(reason), true);
}

void ConsoleWindow::showOverlay(const QString &text, bool offerReconnect)
{
    m_overlayText->setText(text);
    m_reconnect->setVisible(offerReconnect);
    m_overlay->show();
    m_overlay->raise();
}

void ConsoleWindow::hideOverlay() { m_overlay->hide(); }
bool ConsoleWindow::overlayVisible() const { return m_overlay->isVisibleTo(this); }
QString ConsoleWindow::statusText() const { return m_overlay->isVisibleTo(this) ? m_overlayText->text() : m_status->text(); }

void ConsoleWindow::pasteAsKeystrokes()
{
    if (!m_client)
        return;
    if (const QString text = clipboardTextToType(this); !text.isEmpty())
        m_client->typeText(text);
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    m_closing = true;
    m_retry->stop();
    if (m_client)
        m_client->disconnectFromServer();
    if (m_stream)
        m_stream->close();
    QMainWindow::closeEvent(event);
}

} // namespace drover::ui
