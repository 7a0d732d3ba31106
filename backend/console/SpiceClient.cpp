#include "SpiceClient.h"
#include "SpiceSignals.h"

#include <QPointer>

#include <spice-client.h>

#include <cstdlib>
#include <unistd.h>

namespace drover::console {

namespace {
using spice::on;
// XT set 1 with 0xE0-prefixed keys marked by bit 7 (keymap::) to spice's 0x100 marking.
guint spiceScancode(quint32 xt)
{
    return xt & 0x80 ? 0x100 | (xt & 0x7f) : xt;
}
} // namespace

SpiceClient::SpiceClient(QObject *parent) : RemoteSession(parent) {}

SpiceClient::~SpiceClient()
{
    blockSignals(true); // nothing is said from a destructor
    teardown();
}

void SpiceClient::connectToHost(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
    m_opener = nullptr;
    m_askedPassword = false;
    openSession();
}

void SpiceClient::connectThrough(FdOpener open)
{
    m_opener = std::move(open);
    m_askedPassword = false;
    openSession();
}

void SpiceClient::openSession()
{
    teardown();
    ++m_generation;
    m_reauthenticating = false;
    m_session = spice_session_new();
    g_object_set(m_session, "enable-audio", FALSE, nullptr); // no sound in an admin console
    if (!m_password.isEmpty()) {
        const QByteArray pw = m_password.toUtf8();
        g_object_set(m_session, "password", pw.constData(), nullptr);
    }
    on(m_session, "channel-new", &SpiceClient::onChannelNew, this);
    setState(State::Connecting);
    if (m_opener) {
        // -1: every channel, the main one first, asks for its socket with "open-fd".
        if (!spice_session_open_fd(m_session, -1))
            fail(Error::ConnectFailed, tr("could not start a SPICE session"));
        return;
    }
    const QByteArray h = m_host.toUtf8(), p = QByteArray::number(m_port);
    g_object_set(m_session, "host", h.constData(), "port", p.constData(), nullptr);
    if (!spice_session_connect(m_session))
        fail(Error::ConnectFailed, tr("could not start a SPICE session to %1:%2").arg(m_host).arg(m_port));
}

void SpiceClient::onOpenFd(SpiceChannel *channel, int, gpointer self)
{
    auto *me = static_cast<SpiceClient *>(self);
    if (!me->m_opener)
        return;
    g_object_ref(channel);
    QPointer<SpiceClient> guard(me);
    const quint64 generation = me->m_generation;
    me->m_opener(me, [guard, generation, channel](const Result<int, OpenFailure> &fd) {
        if (guard && guard->m_generation == generation && guard->m_session) {
            if (fd)
                spice_channel_open_fd(channel, *fd); // the channel's socket owns it now
            else
                guard->fail(fd.error().kind, fd.error().message);
        } else if (fd) {
            ::close(*fd);
        }
        g_object_unref(channel);
    });
}

void SpiceClient::disconnectFromServer()
{
    teardown();
    setState(State::Disconnected);
}

void SpiceClient::teardown()
{
    ++m_generation; // late sockets and queued password answers for this session are dropped
    if (!m_session)
        return;
    SpiceSession *s = m_session;
    m_session = nullptr;
    m_main = m_inputs = m_display = nullptr;
    stopTyping();
    m_hostGrab = false;
    m_guestText.clear();
    g_signal_handlers_disconnect_by_data(s, this);
    // Channels hold signal handlers on us too.
    GList *channels = spice_session_get_channels(s);
    for (GList *l = channels; l; l = l->next)
        g_signal_handlers_disconnect_by_data(l->data, this);
    g_list_free(channels);
    spice_session_disconnect(s);
    g_object_unref(s);
    m_screen = QImage();
    updateClipboardAvailable();
}

void SpiceClient::reauthenticate()
{
    teardown();
    setState(State::Authenticating);
    askPassword(); // answered now or later through providePassword()
}

void SpiceClient::providePassword(const QString &password)
{
    if (state() != State::Authenticating || m_session)
        return;
    m_password = password;
    openSession();
}

void SpiceClient::cancelPassword()
{
    if (state() != State::Authenticating || m_session)
        return;
    setError(Error::NoPassword, tr("the SPICE server wants a password, and none was given"));
    setState(State::Disconnected);
}

void SpiceClient::onChannelNew(SpiceSession *, SpiceChannel *channel, gpointer self)
{
    auto *me = static_cast<SpiceClient *>(self);
    on(channel, "channel-event", &SpiceClient::onChannelEvent, self);
    on(channel, "open-fd", &SpiceClient::onOpenFd, self);
    if (SPICE_IS_DISPLAY_CHANNEL(channel)) {
        int id = 0;
        g_object_get(channel, "channel-id", &id, nullptr);
        if (id != 0)
            return; // one monitor
        me->m_display = channel;
        on(channel, "display-primary-create", &SpiceClient::onPrimaryCreate, self);
        on(channel, "display-primary-destroy", &SpiceClient::onPrimaryDestroy, self);
        on(channel, "display-invalidate", &SpiceClient::onInvalidate, self);
        spice_channel_connect(channel);
    } else if (SPICE_IS_INPUTS_CHANNEL(channel)) {
        me->m_inputs = channel;
        spice_channel_connect(channel);
    } else if (SPICE_IS_CURSOR_CHANNEL(channel)) {
        // "notify::cursor" rather than the deprecated "cursor-set" (same data, since 0.34).
        on(channel, "notify::cursor", &SpiceClient::onCursor, self);
        on(channel, "cursor-hide", &SpiceClient::onCursorHide, self);
        on(channel, "cursor-reset", &SpiceClient::onCursorReset, self);
        spice_channel_connect(channel);
    } else if (SPICE_IS_MAIN_CHANNEL(channel)) {
        me->connectMainChannel(channel); // the session connects it itself
    }
}

void SpiceClient::onChannelEvent(SpiceChannel *channel, int event, gpointer self)
{
    auto *me = static_cast<SpiceClient *>(self);
    if (me->m_reauthenticating)
        return;
    switch (SpiceChannelEvent(event)) {
    case SPICE_CHANNEL_OPENED:
        if (SPICE_IS_MAIN_CHANNEL(channel))
            me->setState(State::Connected);
        break;
    case SPICE_CHANNEL_ERROR_AUTH:
        // Without a password yet, ask for one (once per connect) and open again, as
        // remote-viewer does; a password the server refused is said.
        if (!me->m_askedPassword && me->m_password.isEmpty() && me->hasPasswordProvider()) {
            me->m_askedPassword = true;
            me->m_reauthenticating = true; // this session's other events no longer matter
            QMetaObject::invokeMethod(
                me, [me, generation = me->m_generation] {
                    if (generation == me->m_generation)
                        me->reauthenticate();
                },
                Qt::QueuedConnection);
        } else {
            const bool none = me->m_password.isEmpty();
            me->m_password.clear(); // refused: the next connect asks again
            me->fail(Error::AuthFailed, none ? tr("the SPICE server wants a password") : tr("Authentication failed: wrong SPICE password"));
        }
        break;
    case SPICE_CHANNEL_ERROR_CONNECT:
        me->fail(Error::ConnectFailed, tr("could not connect to the SPICE server"));
        break;
    case SPICE_CHANNEL_ERROR_TLS:
        me->fail(Error::UnsupportedSecurity, tr("the SPICE server's TLS could not be verified"));
        break;
    case SPICE_CHANNEL_ERROR_LINK: // not SPICE, or a server going down mid-handshake: not permanent
        me->fail(Error::ProtocolError, tr("the SPICE handshake failed (not a SPICE server?)"));
        break;
    case SPICE_CHANNEL_ERROR_IO:
        me->fail(Error::ServerClosed, tr("the SPICE connection broke (not a SPICE server, or it went away)"));
        break;
    case SPICE_CHANNEL_CLOSED:
        if (SPICE_IS_MAIN_CHANNEL(channel))
            me->fail(Error::ServerClosed, tr("the server closed the connection"));
        break;
    default:
        break;
    }
}

void SpiceClient::onPrimaryCreate(SpiceChannel *, int format, int width, int height, int stride, int, gpointer data, gpointer self)
{
    auto *me = static_cast<SpiceClient *>(self);
    // 32-bit xRGB is what QEMU's QXL primary surfaces use; others are not drawn.
    if (format != SPICE_SURFACE_FMT_32_xRGB && format != SPICE_SURFACE_FMT_32_ARGB) {
        me->fail(Error::ProtocolError, tr("the guest's screen format %1 is not supported").arg(format));
        return;
    }
    me->m_screen = QImage(static_cast<const uchar *>(data), width, height, stride, QImage::Format_RGB32);
    Q_EMIT me->desktopResized(QSize(width, height));
    Q_EMIT me->framebufferUpdated(QRegion(0, 0, width, height));
}

void SpiceClient::onPrimaryDestroy(SpiceChannel *, gpointer self)
{
    static_cast<SpiceClient *>(self)->m_screen = QImage();
}

void SpiceClient::onInvalidate(SpiceChannel *, int x, int y, int w, int h, gpointer self)
{
    Q_EMIT static_cast<SpiceClient *>(self)->framebufferUpdated(QRegion(x, y, w, h));
}

void SpiceClient::onCursor(SpiceChannel *channel, GParamSpec *, gpointer self)
{
    SpiceCursorShape *shape = nullptr;
    g_object_get(channel, "cursor", &shape, nullptr);
    if (!shape)
        return;
    // 32-bit pixels whose bytes are R, G, B, A (spice-glib swaps them for GdkPixbuf); copied,
    // as spice-glib frees its buffer with the next shape.
    const QImage image = QImage(static_cast<const uchar *>(shape->data), shape->width, shape->height, shape->width * 4,
                                QImage::Format_RGBA8888)
                             .copy();
    const QPoint hot(shape->hot_spot_x, shape->hot_spot_y);
    g_boxed_free(SPICE_TYPE_CURSOR_SHAPE, shape);
    if (!image.isNull())
        Q_EMIT static_cast<SpiceClient *>(self)->cursorShape(image, hot);
}

void SpiceClient::onCursorHide(SpiceChannel *, gpointer self)
{
    Q_EMIT static_cast<SpiceClient *>(self)->cursorShape(QImage(), QPoint());
}

void SpiceClient::onCursorReset(SpiceChannel *, gpointer self)
{
    Q_EMIT static_cast<SpiceClient *>(self)->cursorReset();
}

void SpiceClient::fail(Error e, const QString &message)
{
    if (state() == State::Disconnected && lastError() != Error::None)
        return;
    setError(e, message);
    // Tear down after the current GLib callback returns, unless a new session began meanwhile.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation)
                disconnectFromServer();
        },
        Qt::QueuedConnection);
}

void SpiceClient::sendKey(quint32, quint32 xtScancode, bool down)
{
    if (!m_inputs || !xtScancode)
        return;
    auto *in = SPICE_INPUTS_CHANNEL(m_inputs);
    down ? spice_inputs_channel_key_press(in, spiceScancode(xtScancode)) : spice_inputs_channel_key_release(in, spiceScancode(xtScancode));
}

void SpiceClient::sendPointer(int x, int y, int buttonMask, int wheelSteps, int)
{
    if (!m_inputs)
        return;
    auto *in = SPICE_INPUTS_CHANNEL(m_inputs);
    const int state = (buttonMask & 1 ? SPICE_MOUSE_BUTTON_MASK_LEFT : 0) | (buttonMask & 2 ? SPICE_MOUSE_BUTTON_MASK_MIDDLE : 0) |
                      (buttonMask & 4 ? SPICE_MOUSE_BUTTON_MASK_RIGHT : 0);
    spice_inputs_channel_position(in, x, y, 0, state);
    const int changed = buttonMask ^ m_buttons;
    static const int buttons[3] = {SPICE_MOUSE_BUTTON_LEFT, SPICE_MOUSE_BUTTON_MIDDLE, SPICE_MOUSE_BUTTON_RIGHT};
    for (int b = 0; b < 3; ++b)
        if (changed & (1 << b))
            (buttonMask & (1 << b)) ? spice_inputs_channel_button_press(in, buttons[b], state)
                                    : spice_inputs_channel_button_release(in, buttons[b], state);
    m_buttons = buttonMask;
    // The wheel: a press and release of SPICE's up or down button per step.
    const int wheel = wheelSteps > 0 ? SPICE_MOUSE_BUTTON_UP : SPICE_MOUSE_BUTTON_DOWN;
    for (int i = 0; i < std::abs(wheelSteps); ++i) {
        spice_inputs_channel_button_press(in, wheel, state);
        spice_inputs_channel_button_release(in, wheel, state);
    }
}

QString SpiceClient::libraryVersion()
{
    return QString::fromUtf8(spice_util_get_version_string());
}

} // namespace drover::console
