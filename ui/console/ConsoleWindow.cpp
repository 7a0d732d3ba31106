#include "ConsoleWindow.h"

#include "ConsoleView.h"
#include "RfbClient.h"
#include "SpiceClient.h"

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

using console::ReconnectPolicy;
using console::RemoteSession;

namespace {
// The clipboard's text to type into the guest, after asking when it is long (typing it takes a
// while and cannot be taken back). Empty when there is nothing to type or the user said no.
QString clipboardTextToType(QWidget *parent)
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.size() > 4000 &&
        QMessageBox::question(parent, ConsoleWindow::tr("Paste as keystrokes"),
                              ConsoleWindow::tr("Type %1 characters into the guest?").arg(text.size())) != QMessageBox::Yes)
        return {};
    return text;
}
} // namespace

ConsoleWindow::ConsoleWindow(const QString &title, QWidget *parent, Protocol protocol)
    : QMainWindow(parent), m_protocol(protocol), m_retry(new QTimer(this))
{
    setObjectName(QStringLiteral("consoleWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(protocol == Protocol::Spice ? tr("%1 — SPICE console").arg(title) : tr("%1 — Console").arg(title));
    setCentralWidget(buildScreen());
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_clipboardHint = new QLabel(this);
    m_clipboardHint->setObjectName(QStringLiteral("clipboardHint"));
    statusBar()->addPermanentWidget(m_clipboardHint);
    m_clipboardHint->setVisible(protocol == Protocol::Spice);
    updateClipboardHint();
    buildToolbar();
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ConsoleWindow::connectNow);
    // The local clipboard goes to the guest when copied while this window is the active one;
    // QEMU's VNC server ignores it: paste as keystrokes.
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] { offerClipboard(true); });
    resize(1060, 860);
}

// The remote screen in a scroll area (1:1 scrolls), with the status overlay and the grab hint
// floating over it.
QWidget *ConsoleWindow::buildScreen()
{
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
    // While the keyboard is grabbed, a hint in the visible corner says how to let go (in 1:1 the
    // screen's own corner may be scrolled away).
    auto *grabHint = new QLabel(tr("Keyboard grabbed — press Ctrl+Alt to release"), central);
    grabHint->setObjectName(QStringLiteral("grabHint"));
    grabHint->setStyleSheet(QStringLiteral("#grabHint { background: rgba(0,0,0,160); color: white; border-radius: 4px; "
                                           "padding: 4px 8px; margin: 8px 24px 0 0; }"));
    grabHint->hide();
    grid->addWidget(grabHint, 0, 0, Qt::AlignTop | Qt::AlignRight);
    connect(m_view, &ConsoleView::grabChanged, this, [this, grabHint](bool grabbed) {
        statusBar()->showMessage(grabbed ? grabHint->text() : QString());
        grabHint->setVisible(grabbed);
        grabHint->raise();
    });
    return central;
}

ConsoleWindow::~ConsoleWindow()
{
    m_closing = true;
    m_view->setClient(nullptr);
    // The session goes first: what it says while it ends must not reach half-destroyed widgets.
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    delete m_client;
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
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    delete m_client;
    if (m_protocol == Protocol::Spice) {
        auto *spice = new console::SpiceClient(this);
        spice->setPassword(m_password); // tried first; the server's refusal of none asks later
        m_client = spice;
    } else {
        m_client = new console::RfbClient(this);
    }
    m_view->setClient(m_client);
    m_client->setPasswordProvider([this]() -> std::optional<QString> {
        if (!m_password.isEmpty())
            return m_password;
        QTimer::singleShot(0, this, &ConsoleWindow::askPassword);
        return std::nullopt;
    });
    connect(m_client, &RemoteSession::stateChanged, this, &ConsoleWindow::onState);
    connect(m_client, &RemoteSession::errorOccurred, this, &ConsoleWindow::onError);
    connect(m_client, &RemoteSession::remoteClipboardText, this, [this](const QString &text) {
        m_remoteText = text; // not sent back when it lands on the local clipboard
        QGuiApplication::clipboard()->setText(text);
    });
    connect(m_client, &RemoteSession::bell, this, [] { QApplication::beep(); });
    connect(m_client, &RemoteSession::desktopResized, this, [this](const QSize &size) {
        if (!m_fit->isChecked())
            m_view->resize(size);
        updateStatus();
    });
    connect(m_client, &RemoteSession::clipboardAvailableChanged, this, [this] {
        updateClipboardHint();
        offerClipboard(false); // what the host copied before the guest's agent came up
    });
    updateClipboardHint();
}

void ConsoleWindow::connectNow()
{
    m_retry->stop();
    m_failedHard = false;
    resetClient();
    if (m_endpoint) {
        openKubeVirtStream();
    } else if (m_opener) {
        showOverlay(tr("Connecting to %1…").arg(m_via), false);
        m_client->connectThrough(m_opener);
    } else {
        showOverlay(tr("Connecting to %1:%2…").arg(m_host).arg(m_port), false);
        m_client->connectToHost(m_host, m_port);
    }
}

void ConsoleWindow::openKubeVirtStream()
{
    showOverlay(tr("Connecting to the console of %1/%2…").arg(m_ns, m_vmi), false);
    m_stream = new console::KubeVirtStream(*m_endpoint, this);
    connect(m_stream, &console::KubeVirtStream::opened, this, [this] {
        const int fd = m_stream->takeClientFd();
        if (auto *vnc = qobject_cast<console::RfbClient *>(m_client); vnc && fd >= 0)
            vnc->connectFd(fd);
        else if (fd >= 0)
            ::close(fd); // KubeVirt serves VNC only
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
}

void ConsoleWindow::onState(RemoteSession::State s)
{
    if (s == RemoteSession::State::Authenticating)
        showOverlay(tr("Authenticating…"), false);
    if (s != RemoteSession::State::Connected)
        return;
    hideOverlay();
    m_wasConnected = true;
    m_passwordRefused = false;
    m_retries = 0;
    updateStatus();
    if (m_client->clipboardNeedsAgent())
        offerClipboard(false); // an offer only: the guest fetches it when something is pasted there
    Q_EMIT connectedChanged(true);
}

void ConsoleWindow::updateStatus()
{
    if (!m_client || m_client->state() != RemoteSession::State::Connected)
        return;
    QStringList parts{tr("Connected")};
    if (!m_client->desktopName().isEmpty())
        parts << m_client->desktopName();
    const QSize size = m_client->framebuffer().size();
    if (!size.isEmpty())
        parts << tr("%1×%2").arg(size.width()).arg(size.height());
    if (m_client->keysAsScancodes())
        parts << tr("keys sent as scancodes");
    if (m_opener)
        parts << m_via;
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void ConsoleWindow::onError(RemoteSession::Error e, const QString &message)
{
    if (RemoteSession::isPermanent(e)) {
        m_failedHard = true;
        if (e == RemoteSession::Error::AuthFailed)
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
    if (!m_failedHard && wasUp && m_retries < ReconnectPolicy::kTries) {
        const int ms = ReconnectPolicy::delayMs(m_retries);
        ++m_retries;
        showOverlay(tr("Disconnected: %1 — reconnecting in %2 s (%3 of %4)…")
                        .arg(reason)
                        .arg(ms / 1000)
                        .arg(m_retries)
                        .arg(ReconnectPolicy::kTries),
                    true);
        m_retry->start(ms);
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
    if (!m_client || m_client->state() != RemoteSession::State::Connected)
        return;
    const QString text = clipboardTextToType(this);
    if (text.isEmpty())
        return;
    if (const int skipped = m_client->typeText(text))
        statusBar()->showMessage(
            tr("Typed the clipboard; %n character(s) have no key on a US keyboard and were skipped", "", skipped), 10000);
}

void ConsoleWindow::updateClipboardHint()
{
    const bool agent = m_client && m_client->clipboardAvailable();
    m_clipboardHint->setText(agent ? tr("Clipboard shared (guest agent)") : tr("No guest agent: Paste as keystrokes"));
}

void ConsoleWindow::offerClipboard(bool onlyIfActive)
{
    if (!m_client || m_client->state() != RemoteSession::State::Connected || !m_client->clipboardAvailable())
        return;
    if (onlyIfActive && !isActiveWindow())
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (text != m_remoteText)
        m_client->setLocalClipboardText(text);
}

bool ConsoleWindow::event(QEvent *event)
{
    // What was copied elsewhere meanwhile, offered to a SPICE guest (fetched only when pasted
    // there). VNC sends the text itself, so it goes only when copied while this window is active.
    if (event->type() == QEvent::WindowActivate && m_client && m_client->clipboardNeedsAgent())
        offerClipboard(false);
    return QMainWindow::event(event);
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
