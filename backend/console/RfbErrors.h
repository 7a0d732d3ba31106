#pragma once
// Turning libvncclient's failures into a plain-words message. libvncclient reports why it failed
// only through its global log callbacks; RfbLogCapture routes them, per worker thread, into the
// session that caused them.
#include "RfbClient.h"

#include <QStringList>

namespace drover::console::detail {

// Install the libvncclient log hooks once per process; harmless to call again.
void installRfbLogHooks();

// While alive on a thread, libvncclient log lines from that thread are collected here.
class RfbLogCapture
{
public:
    RfbLogCapture();
    ~RfbLogCapture();
    RfbLogCapture(const RfbLogCapture &) = delete;
    RfbLogCapture &operator=(const RfbLogCapture &) = delete;
    const QStringList &lines() const { return m_lines; }
    bool contains(QLatin1String needle) const;
    QString last() const { return m_lines.isEmpty() ? QString() : m_lines.last(); }
    void append(const QString &line);
    void clear() { m_lines.clear(); } // e.g. after the handshake: session errors stand alone

private:
    QStringList m_lines;
    RfbLogCapture *m_previous = nullptr;
};

enum class Phase { Handshake, Session };

struct Failure
{
    RfbClient::Error error = RfbClient::Error::ProtocolError;
    QString message;
};

// What went wrong, from the phase, whether a password was sent, and the captured log.
Failure classifyFailure(Phase phase, bool passwordSent, bool passwordMissing,
                        const RfbLogCapture &log);

} // namespace drover::console::detail
