#include "RfbErrors.h"

#include "ConsoleTr.h"

#include <rfb/rfbclient.h>

#include <cstdarg>
#include <cstdio>
#include <mutex>

namespace drover::console::detail {

namespace {

thread_local RfbLogCapture *t_capture = nullptr;

void logHook(const char *format, ...)
{
    char buf[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buf, sizeof buf, format, args);
    va_end(args);
    static const bool debug = qEnvironmentVariableIsSet("DROVER_RFB_DEBUG");
    if (debug)
        std::fprintf(stderr, "libvncclient: %s", buf);
    if (t_capture)
        t_capture->append(QString::fromLocal8Bit(buf).trimmed());
}

QString reasonAfter(const RfbLogCapture &log, QLatin1String prefix)
{
    for (const QString &line : log.lines())
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    return {};
}

} // namespace

void installRfbLogHooks()
{
    static std::once_flag once;
    std::call_once(once, [] {
        rfbClientLog = logHook;
        rfbClientErr = logHook;
    });
}

RfbLogCapture::RfbLogCapture() : m_previous(t_capture)
{
    t_capture = this;
}
RfbLogCapture::~RfbLogCapture()
{
    t_capture = m_previous;
}

void RfbLogCapture::append(const QString &line)
{
    if (line.isEmpty())
        return;
    if (m_lines.size() > 200) // a chatty server must not grow this without bound
        m_lines.removeFirst();
    m_lines.append(line);
}

bool RfbLogCapture::contains(QLatin1String needle) const
{
    for (const QString &line : m_lines)
        if (line.contains(needle))
            return true;
    return false;
}

Failure classifyFailure(Phase phase, bool passwordSent, bool passwordMissing,
                        const RfbLogCapture &log)
{
    using E = RfbClient::Error;
    const QString refused = reasonAfter(log, QLatin1String("VNC connection failed:"));
    if (passwordMissing)
        return {E::NoPassword, Tr::tr("Authentication failed: the server wants a VNC "
                                      "password and none was given")};
    if (log.contains(QLatin1String("Not a valid VNC server")))
        return {E::NotVnc, Tr::tr("not a VNC server (it did not answer with an RFB "
                                  "protocol version)")};
    if (passwordSent && (log.contains(QLatin1String("authentication failed")) ||
                         log.contains(QLatin1String("VNC connection failed")) ||
                         log.contains(QLatin1String("Unknown VNC authentication result")))) {
        QString msg = Tr::tr("Authentication failed: wrong VNC password");
        if (log.contains(QLatin1String("too many tries")))
            msg = Tr::tr("Authentication failed: too many attempts, the server is "
                         "refusing connections for a while");
        else if (!refused.isEmpty())
            msg += Tr::tr(" (server said: %1)").arg(refused);
        return {E::AuthFailed, msg};
    }
    if (log.contains(QLatin1String("Unknown authentication scheme")))
        return {E::UnsupportedSecurity,
                Tr::tr("the server offers no security type Drover supports (%1)")
                    .arg(reasonAfter(
                        log, QLatin1String("Unknown authentication scheme from VNC server:")))};
    if (!refused.isEmpty())
        return {E::AuthFailed, Tr::tr("the server refused the connection: %1").arg(refused)};
    if (log.contains(QLatin1String("security types is ZERO")))
        return {E::ProtocolError, Tr::tr("the server refused the connection without a reason")};
    if (log.contains(QLatin1String("Rect too large")))
        return {E::ProtocolError, Tr::tr("protocol error: the server sent a rectangle "
                                         "outside the desktop (%1)")
                                      .arg(reasonAfter(log, QLatin1String("Rect too large:")))};
    if (log.contains(QLatin1String("VNC server closed connection")) ||
        log.contains(QLatin1String("Connection reset")))
        return {E::ServerClosed, phase == Phase::Handshake
                                     ? Tr::tr("the server closed the connection during "
                                              "the handshake")
                                     : Tr::tr("the server closed the connection")};
    if (log.contains(QLatin1String("Connection timed out")))
        return {E::ServerClosed, Tr::tr("the server stopped answering (timed out in the "
                                        "middle of a message)")};
    const QString last = log.last();
    return {E::ProtocolError,
            last.isEmpty() ? Tr::tr("protocol error") : Tr::tr("protocol error: %1").arg(last)};
}

} // namespace drover::console::detail
