#include "ConsoleView.h"

#include "Keymap.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

namespace drover::ui {

namespace km = console::keymap;

ConsoleView::ConsoleView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("consoleView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled, false);
}

void ConsoleView::setClient(console::RemoteSession *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_held.clear();
    m_client = client;
    m_guestCursor = false;
    unsetCursor();
    update();
    if (!client)
        return;
    connect(client, &console::RemoteSession::framebufferUpdated, this, &ConsoleView::onDamage);
    connect(client, &console::RemoteSession::desktopResized, this, [this] {
        updateGeometry();
        applyCursor();
        update();
    });
    connect(client, &console::RemoteSession::cursorShape, this, [this](const QImage &image, const QPoint &hotspot) {
        m_cursor = image;
        m_hotspot = hotspot;
        m_guestCursor = true;
        applyCursor();
    });
    connect(client, &console::RemoteSession::cursorReset, this, [this] {
        m_guestCursor = false;
        unsetCursor();
    });
}

void ConsoleView::applyCursor()
{
    if (!m_guestCursor || !m_client)
        return;
    if (m_cursor.isNull()) {
        setCursor(Qt::BlankCursor);
        return;
    }
    const QSize fb = m_client->framebuffer().size();
    const double s = fb.isEmpty() ? 1.0 : double(targetRect().width()) / fb.width();
    if (qFuzzyCompare(s, 1.0) || s <= 0) {
        setCursor(QCursor(QPixmap::fromImage(m_cursor), m_hotspot.x(), m_hotspot.y()));
        return;
    }
    const QSize size = (QSizeF(m_cursor.size()) * s).toSize().expandedTo(QSize(1, 1));
    setCursor(QCursor(QPixmap::fromImage(m_cursor.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)),
                      int(m_hotspot.x() * s), int(m_hotspot.y() * s)));
}

void ConsoleView::resizeEvent(QResizeEvent *event)
{
    applyCursor();
    QWidget::resizeEvent(event);
}

QSize ConsoleView::sizeHint() const
{
    const QSize fb = m_client ? m_client->framebuffer().size() : QSize();
    return fb.isEmpty() ? QSize(1024, 768) : fb;
}

void ConsoleView::setScaling(Scaling s)
{
    m_scaling = s;
    updateGeometry();
    applyCursor();
    update();
}

QRect ConsoleView::targetRect() const
{
    const QSize fb = m_client ? m_client->framebuffer().size() : QSize();
    if (fb.isEmpty())
        return rect();
    QSize size = fb;
    if (m_scaling == Scaling::Fit)
        size = fb.scaled(this->size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QPoint ConsoleView::toFramebuffer(const QPointF &pos) const
{
    const QSize fb = m_client ? m_client->framebuffer().size() : QSize();
    const QRect t = targetRect();
    if (fb.isEmpty() || t.isEmpty())
        return {};
    const int x = int((pos.x() - t.left()) * fb.width() / t.width());
    const int y = int((pos.y() - t.top()) * fb.height() / t.height());
    return QPoint(qBound(0, x, fb.width() - 1), qBound(0, y, fb.height() - 1));
}

void ConsoleView::onDamage(const QRegion &damage)
{
    const QSize fb = m_client->framebuffer().size();
    const QRect t = targetRect();
    if (fb.isEmpty() || t.isEmpty())
        return;
    if (t.size() == fb) {
        update(damage.translated(t.topLeft()));
        return;
    }
    // Scaled: each damaged rectangle maps to a slightly grown widget rectangle (smoothing
    // reaches one source pixel further).
    const double sx = double(t.width()) / fb.width(), sy = double(t.height()) / fb.height();
    QRegion r;
    for (const QRect &d : damage)
        r += QRectF(t.left() + d.left() * sx - 2, t.top() + d.top() * sy - 2, d.width() * sx + 4, d.height() * sy + 4).toAlignedRect();
    update(r);
}

void ConsoleView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QImage &fb = m_client ? m_client->framebuffer() : QImage();
    const QRect t = targetRect();
    if (fb.isNull()) {
        p.fillRect(rect(), QColor(0x20, 0x22, 0x26));
        return;
    }
    // Letterbox bands, then only the part of the frame this paint covers.
    const QRegion bands = QRegion(event->rect()) - t;
    for (const QRect &b : bands)
        p.fillRect(b, QColor(0x20, 0x22, 0x26));
    const QRect dst = event->rect() & t;
    if (!dst.isEmpty()) {
        if (t.size() == fb.size()) {
            p.drawImage(dst.topLeft(), fb, dst.translated(-t.topLeft()));
        } else {
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            const double sx = double(fb.width()) / t.width(), sy = double(fb.height()) / t.height();
            const QRectF src((dst.left() - t.left()) * sx, (dst.top() - t.top()) * sy, dst.width() * sx, dst.height() * sy);
            p.drawImage(QRectF(dst), fb, src);
        }
    }
    ++m_frames;
}

void ConsoleView::grabInput()
{
    if (m_grabbed)
        return;
    setFocus(Qt::MouseFocusReason);
    grabKeyboard();
    m_grabbed = true;
    Q_EMIT grabChanged(true);
}

void ConsoleView::releaseInput()
{
    if (!m_grabbed)
        return;
    releaseKeyboard();
    releaseHeldKeys();
    m_grabbed = false;
    Q_EMIT grabChanged(false);
}

void ConsoleView::sendPointer(const QPointF &pos, Qt::MouseButtons buttons)
{
    m_buttons = (buttons & Qt::LeftButton ? 1 : 0) | (buttons & Qt::MiddleButton ? 2 : 0) | (buttons & Qt::RightButton ? 4 : 0);
    const QPoint fb = toFramebuffer(pos);
    if (m_client)
        m_client->sendPointer(fb.x(), fb.y(), m_buttons);
}

void ConsoleView::mousePressEvent(QMouseEvent *e)
{
    grabInput();
    sendPointer(e->position(), e->buttons());
}

void ConsoleView::mouseReleaseEvent(QMouseEvent *e) { sendPointer(e->position(), e->buttons()); }
void ConsoleView::mouseMoveEvent(QMouseEvent *e) { sendPointer(e->position(), e->buttons()); }

void ConsoleView::wheelEvent(QWheelEvent *e)
{
    const QPoint fb = toFramebuffer(e->position());
    const int v = e->angleDelta().y() / 120, h = e->angleDelta().x() / 120;
    if (m_client && (v || h))
        m_client->sendPointer(fb.x(), fb.y(), m_buttons, v, h);
    e->accept();
}

bool ConsoleView::event(QEvent *e)
{
    // Shortcuts of the window (and Tab focus moves) must not eat keys meant for the guest.
    if (e->type() == QEvent::ShortcutOverride && m_grabbed) {
        e->accept();
        return true;
    }
    return QWidget::event(e);
}

void ConsoleView::key(QKeyEvent *e, bool down)
{
    if (!m_client)
        return;
    const int id = e->nativeScanCode() ? int(e->nativeScanCode()) : e->key();
    if (!down) {
        // Release what was pressed, even if modifiers changed the keysym in between.
        const auto it = m_held.constFind(id);
        if (it != m_held.cend()) {
            m_client->sendKey(it->first, it->second, false);
            m_held.erase(it);
        }
        return;
    }
    static const km::NativeScheme scheme = km::nativeSchemeForPlatform(QGuiApplication::platformName());
    quint32 scancode = e->nativeScanCode() ? km::xtScancodeFromNative(e->nativeScanCode(), scheme) : 0;
    if (!scancode)
        scancode = km::xtScancodeForQtKey(e->key());
    const quint32 keysym = km::keysymForQtKey(e->key(), e->text());
    if (!keysym && !scancode)
        return;
    m_held.insert(id, {keysym, scancode});
    m_client->sendKey(keysym, scancode, true);
}

void ConsoleView::keyPressEvent(QKeyEvent *e)
{
    const auto mods = e->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
    const bool releaseCombo = mods == (Qt::ControlModifier | Qt::AltModifier) &&
                              (e->key() == Qt::Key_Control || e->key() == Qt::Key_Alt);
    if (releaseCombo && m_grabbed) {
        releaseInput();
        return;
    }
    key(e, true);
}

void ConsoleView::keyReleaseEvent(QKeyEvent *e) { key(e, false); }

void ConsoleView::focusOutEvent(QFocusEvent *e)
{
    releaseHeldKeys(); // a key held while focus left would repeat forever in the guest
    QWidget::focusOutEvent(e);
}

void ConsoleView::releaseHeldKeys()
{
    if (m_client)
        for (auto it = m_held.cbegin(); it != m_held.cend(); ++it)
            m_client->sendKey(it->first, it->second, false);
    m_held.clear();
}

} // namespace drover::ui
