#include "SpiceWindow.h"

#include "Keymap.h"
#include "PasteAsKeys.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace drover::ui {

namespace km = console::keymap;

namespace {
constexpr int kRetries = 5, kRetryMs = 2000;
}

// The guest's screen, scaled to fit with smooth scaling; repaints what the server changed.
class SpiceScreen : public QWidget
{
public:
    SpiceScreen(console::SpiceClient *c, QWidget *parent) : QWidget(parent), m_c(c)
    {
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(true);
        setAttribute(Qt::WA_OpaquePaintEvent);
        connect(c, &console::SpiceClient::framebufferUpdated, this, [this] { update(); });
        connect(c, &console::SpiceClient::cursorShape, this, [this](const QImage &image, const QPoint &hot) {
            m_cursor = image;
            m_hot = hot;
            m_guestCursor = true;
            applyCursor();
        });
        connect(c, &console::SpiceClient::cursorReset, this, [this] {
            m_guestCursor = false;
            unsetCursor();
        });
    }
    // The guest's pointer drawn by the local cursor, scaled as the screen is.
    void applyCursor()
    {
        if (!m_guestCursor)
            return;
        if (m_cursor.isNull()) {
            setCursor(Qt::BlankCursor);
            return;
        }
        const QSize fb = m_c->framebuffer().size();
        const qreal scale = fb.isEmpty() ? 1.0 : qreal(target().width()) / fb.width();
        const QSize size = (QSizeF(m_cursor.size()) * scale).toSize().expandedTo(QSize(1, 1));
        const QPixmap pixmap = QPixmap::fromImage(m_cursor.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        setCursor(QCursor(pixmap, int(m_hot.x() * scale), int(m_hot.y() * scale)));
    }
    QRect target() const
    {
        const QSize fb = m_c->framebuffer().size();
        if (fb.isEmpty())
            return rect();
        const QSize s = fb.scaled(size(), Qt::KeepAspectRatio);
        return QRect(QPoint((width() - s.width()) / 2, (height() - s.height()) / 2), s);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(0x20, 0x22, 0x26));
        if (m_c->framebuffer().isNull())
            return;
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target(), m_c->framebuffer());
    }
    void key(QKeyEvent *e, bool down)
    {
        static const km::NativeScheme scheme = km::nativeSchemeForPlatform(QGuiApplication::platformName());
        quint32 sc = e->nativeScanCode() ? km::xtScancodeFromNative(e->nativeScanCode(), scheme) : 0;
        if (!sc)
            sc = km::xtScancodeForQtKey(e->key());
        m_c->sendKey(sc, down);
    }
    void keyPressEvent(QKeyEvent *e) override { key(e, true); }
    void keyReleaseEvent(QKeyEvent *e) override { key(e, false); }
    bool focusNextPrevChild(bool) override { return false; }
    void pointer(QMouseEvent *e)
    {
        const QRect t = target();
        const QSize fb = m_c->framebuffer().size();
        if (fb.isEmpty() || t.isEmpty())
            return;
        const int x = int((e->position().x() - t.left()) * fb.width() / t.width());
        const int y = int((e->position().y() - t.top()) * fb.height() / t.height());
        const int b = (e->buttons() & Qt::LeftButton ? 1 : 0) | (e->buttons() & Qt::MiddleButton ? 2 : 0) |
                      (e->buttons() & Qt::RightButton ? 4 : 0);
        m_c->sendPointer(qBound(0, x, fb.width() - 1), qBound(0, y, fb.height() - 1), b);
    }
    void mousePressEvent(QMouseEvent *e) override { pointer(e); }
    void mouseReleaseEvent(QMouseEvent *e) override { pointer(e); }
    void mouseMoveEvent(QMouseEvent *e) override { pointer(e); }
    void resizeEvent(QResizeEvent *) override { applyCursor(); }

private:
    console::SpiceClient *m_c;
    QImage m_cursor;
    QPoint m_hot;
    bool m_guestCursor = false;
};

SpiceWindow::SpiceWindow(const QString &title, QWidget *parent)
    : QMainWindow(parent), m_client(new console::SpiceClient(this)), m_screen(new SpiceScreen(m_client, this)),
      m_status(new QLabel(this)), m_clipboardHint(new QLabel(this)), m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (m_connect)
            m_connect();
    });
    setObjectName(QStringLiteral("spiceWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — SPICE console").arg(title));
    setCentralWidget(m_screen);
    statusBar()->addWidget(m_status, 1);
    QToolBar *bar = addToolBar(tr("Console"));
    bar->setMovable(false);
    bar->addAction(tr("Ctrl+Alt+Del"), m_client, &console::SpiceClient::sendCtrlAltDel);
    QAction *paste = bar->addAction(tr("Paste as keystrokes"), this, &SpiceWindow::pasteAsKeystrokes);
    paste->setObjectName(QStringLiteral("pasteKeys"));
    paste->setToolTip(tr("Type the clipboard's text into the guest — for guests without the SPICE agent"));
    QAction *again = bar->addAction(tr("Reconnect"), this, &SpiceWindow::reconnect);
    again->setObjectName(QStringLiteral("spiceReconnect"));
    m_clipboardHint->setObjectName(QStringLiteral("clipboardHint"));
    statusBar()->addPermanentWidget(m_clipboardHint);
    updateClipboardHint();
    // The clipboard is shared both ways while the guest agent runs (no echo: the client ignores
    // the guest's own text coming back).
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &SpiceWindow::offerClipboard);
    connect(m_client, &console::SpiceClient::clipboardAvailableChanged, this, [this] {
        updateClipboardHint();
        offerClipboard();
    });
    connect(m_client, &console::SpiceClient::guestClipboardText, this,
            [](const QString &text) { QGuiApplication::clipboard()->setText(text); });
    connect(m_client, &console::SpiceClient::stateChanged, this, [this](console::SpiceClient::State s) {
        if (s == console::SpiceClient::State::Connected) {
            m_status->setText(tr("Connected"));
            m_established = true;
            m_retries = 0;
        }
        else if (s == console::SpiceClient::State::Connecting)
            m_status->setText(tr("Connecting…"));
    });
    connect(m_client, &console::SpiceClient::desktopResized, this, [this](const QSize &s) {
        m_status->setText(tr("Connected · %1×%2").arg(s.width()).arg(s.height()));
    });
    connect(m_client, &console::SpiceClient::errorOccurred, this, &SpiceWindow::onError);
    resize(1060, 860);
}

void SpiceWindow::connectTo(const QString &host, quint16 port, const QString &password)
{
    m_client->setPassword(password);
    m_connect = [this, host, port] {
        m_client->connectToHost(host, port);
        offerClipboard(); // shared when the guest agent comes up
    };
    reconnect();
}

void SpiceWindow::connectThrough(const QString &description, console::SpiceClient::FdOpener open, const QString &password)
{
    m_client->setPassword(password);
    m_connect = [this, description, open = std::move(open)] {
        m_client->connectThrough(open);
        m_status->setText(tr("Connecting to %1…").arg(description));
        offerClipboard();
    };
    reconnect();
}

void SpiceWindow::reconnect()
{
    m_retry->stop();
    m_retries = 0;
    m_established = false;
    if (m_connect)
        m_connect();
}

void SpiceWindow::onError(const QString &message)
{
    m_screen->update();
    // Only a session that was up is tried again (a wrong password or a closed port is not).
    if (m_established && m_retries < kRetries) {
        ++m_retries;
        m_status->setText(tr("Disconnected: %1 — reconnecting (%2 of %3)…").arg(message).arg(m_retries).arg(kRetries));
        m_retry->start();
        return;
    }
    m_established = false;
    m_status->setText(tr("Disconnected: %1").arg(message));
}

void SpiceWindow::offerClipboard()
{
    m_client->setHostClipboardText(QGuiApplication::clipboard()->text());
}

void SpiceWindow::updateClipboardHint()
{
    m_clipboardHint->setText(m_client->clipboardAvailable() ? tr("Clipboard shared (guest agent)")
                                                            : tr("No guest agent: Paste as keystrokes"));
}

void SpiceWindow::pasteAsKeystrokes()
{
    if (m_client->state() != console::SpiceClient::State::Connected)
        return;
    const QString text = clipboardTextToType(this);
    if (text.isEmpty())
        return;
    if (const int skipped = m_client->typeText(text))
        m_status->setText(tr("Typed the clipboard; %n character(s) have no key on a US keyboard and were skipped", "", skipped));
}

QWidget *SpiceWindow::screen() const { return m_screen; }
QString SpiceWindow::statusText() const { return m_status->text(); }

} // namespace drover::ui
