#include "RemoteSession.h"

#include "Keymap.h"

namespace drover::console {

RemoteSession::RemoteSession(QObject *parent) : QObject(parent)
{
    connect(&m_typeTimer, &QTimer::timeout, this, &RemoteSession::typeNext);
}

RemoteSession::~RemoteSession() = default;

bool RemoteSession::isPermanent(Error e)
{
    switch (e) {
    case Error::TransportRefused:
    case Error::NotVnc:
    case Error::AuthFailed:
    case Error::NoPassword:
    case Error::UnsupportedSecurity:
        return true;
    case Error::None:
    case Error::ConnectFailed:
    case Error::ServerClosed:
    case Error::ProtocolError:
        return false;
    }
    return false;
}

void RemoteSession::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    if (s == State::Connecting)
        clearError();
    if (s == State::Disconnected)
        stopTyping();
    Q_EMIT stateChanged(s);
}

void RemoteSession::setError(Error e, const QString &message)
{
    m_lastError = e;
    m_errorString = message;
    Q_EMIT errorOccurred(e, message);
}

void RemoteSession::clearError()
{
    m_lastError = Error::None;
    m_errorString.clear();
}

void RemoteSession::askPassword()
{
    Q_EMIT passwordRequested();
    if (m_passwordProvider) {
        if (const std::optional<QString> pw = m_passwordProvider())
            providePassword(*pw);
    }
}

void RemoteSession::sendKeyCombo(const QList<Key> &keys)
{
    for (const Key &k : keys)
        sendKey(k.keysym, k.scancode, true);
    for (auto it = keys.crbegin(); it != keys.crend(); ++it)
        sendKey(it->keysym, it->scancode, false);
}

void RemoteSession::sendCtrlAltDel()
{
    using namespace keymap;
    sendKeyCombo({{KeysymControl, ScanControl}, {KeysymAlt, ScanAlt}, {KeysymDelete, ScanDelete}});
}

int RemoteSession::typeText(const QString &text)
{
    if (m_state != State::Connected)
        return 0;
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QList<keymap::TypedKey> keys = keymap::keysForText(normalized);
    const bool keysyms = typesKeysyms(), scancodes = typesScancodes();
    const quint32 shiftScan = scancodes ? keymap::ScanShift : 0;
    int skipped = 0;
    bool shift = false;
    for (const keymap::TypedKey &k : keys) {
        const quint32 scancode = scancodes ? k.scancode : 0;
        if (!scancode && !(keysyms && k.keysym)) {
            ++skipped;
            continue;
        }
        if (k.shift != shift)
            m_typing.append({keymap::KeysymShift, shiftScan, k.shift});
        shift = k.shift;
        m_typing.append({k.keysym, scancode, true});
        m_typing.append({k.keysym, scancode, false});
    }
    if (shift)
        m_typing.append({keymap::KeysymShift, shiftScan, false});
    if (typingIntervalMs() <= 0) {
        while (!m_typing.isEmpty())
            typeNext();
    } else if (!m_typing.isEmpty() && !m_typeTimer.isActive()) {
        m_typeTimer.start(typingIntervalMs());
    }
    return skipped + int(normalized.toUcs4().size() - keys.size());
}

void RemoteSession::typeNext()
{
    if (m_typing.isEmpty() || m_state != State::Connected) {
        stopTyping();
        return;
    }
    const TypedEvent e = m_typing.takeFirst();
    sendKey(e.keysym, e.scancode, e.down);
    if (m_typing.isEmpty())
        m_typeTimer.stop();
}

void RemoteSession::stopTyping()
{
    m_typing.clear();
    m_typeTimer.stop();
}

} // namespace drover::console
