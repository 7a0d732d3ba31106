// SpiceClient: the clipboard through the SPICE guest agent.
// The agent (spice-vdagent in the guest) shares the clipboard "by demand": whoever copies grabs
// the selection with the types it has, and the other side requests the data when it pastes.
#include "SpiceClient.h"
#include "SpiceSignals.h"

#include <spice-client.h>
#include <spice/vd_agent.h>

namespace drover::console {

namespace {
using spice::on;
constexpr guint Clipboard = VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD;
} // namespace

void SpiceClient::connectMainChannel(SpiceChannel *channel)
{
    m_main = channel;
    on(channel, "main-agent-update", &SpiceClient::onAgentUpdate, this);
    on(channel, "notify::agent-connected", &SpiceClient::onAgentNotify, this);
    on(channel, "main-clipboard-selection-grab", &SpiceClient::onGuestGrab, this);
    on(channel, "main-clipboard-selection", &SpiceClient::onGuestData, this);
    on(channel, "main-clipboard-selection-request", &SpiceClient::onGuestRequest, this);
}

void SpiceClient::onAgentUpdate(SpiceChannel *, gpointer self)
{
    static_cast<SpiceClient *>(self)->updateClipboardAvailable();
}

void SpiceClient::onAgentNotify(SpiceChannel *, GParamSpec *, gpointer self)
{
    static_cast<SpiceClient *>(self)->updateClipboardAvailable();
}

void SpiceClient::updateClipboardAvailable()
{
    gboolean agent = FALSE;
    if (m_main)
        g_object_get(m_main, "agent-connected", &agent, nullptr);
    SpiceMainChannel *mc = agent ? SPICE_MAIN_CHANNEL(m_main) : nullptr;
    const bool available = mc && spice_main_channel_agent_test_capability(mc, VD_AGENT_CAP_CLIPBOARD_BY_DEMAND);
    m_crlf = mc && spice_main_channel_agent_test_capability(mc, VD_AGENT_CAP_GUEST_LINEEND_CRLF);
    if (available == m_clipboard)
        return;
    m_clipboard = available;
    m_hostGrab = false;
    Q_EMIT clipboardAvailableChanged(available);
    if (available && !m_hostText.isEmpty()) {
        const QString text = m_hostText;
        m_hostText.clear();
        setLocalClipboardText(text); // what the host copied before the agent came up
    }
}

void SpiceClient::setLocalClipboardText(const QString &text)
{
    if (!text.isEmpty() && text == m_guestText)
        return; // the guest's own text, put on the host clipboard by us
    if (text == m_hostText && m_hostGrab)
        return;
    m_hostText = text;
    if (!m_clipboard)
        return;
    auto *mc = SPICE_MAIN_CHANNEL(m_main);
    if (text.isEmpty()) {
        if (m_hostGrab)
            spice_main_channel_clipboard_selection_release(mc, Clipboard);
        m_hostGrab = false;
        return;
    }
    guint32 types[] = {VD_AGENT_CLIPBOARD_UTF8_TEXT};
    spice_main_channel_clipboard_selection_grab(mc, Clipboard, types, 1);
    m_hostGrab = true;
}

int SpiceClient::onGuestGrab(SpiceChannel *channel, guint selection, gpointer types, guint ntypes, gpointer self)
{
    auto *me = static_cast<SpiceClient *>(self);
    if (selection != Clipboard)
        return TRUE; // PRIMARY/SECONDARY: not shared
    me->m_hostGrab = false; // the guest owns the clipboard now
    const auto *t = static_cast<const guint32 *>(types);
    for (guint i = 0; i < ntypes; ++i)
        if (t[i] == VD_AGENT_CLIPBOARD_UTF8_TEXT) {
            spice_main_channel_clipboard_selection_request(SPICE_MAIN_CHANNEL(channel), selection, t[i]);
            break;
        }
    return TRUE;
}

void SpiceClient::onGuestData(SpiceChannel *, guint selection, guint type, gpointer data, guint size, gpointer self)
{
    auto *me = static_cast<SpiceClient *>(self);
    if (selection != Clipboard || type != VD_AGENT_CLIPBOARD_UTF8_TEXT || !data)
        return;
    QString text = QString::fromUtf8(static_cast<const char *>(data), qsizetype(size));
    while (text.endsWith(QChar(0)))
        text.chop(1);
    if (me->m_crlf)
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    me->m_guestText = text;
    Q_EMIT me->remoteClipboardText(text);
}

int SpiceClient::onGuestRequest(SpiceChannel *channel, guint selection, guint type, gpointer self)
{
    auto *me = static_cast<SpiceClient *>(self);
    if (selection != Clipboard || type != VD_AGENT_CLIPBOARD_UTF8_TEXT || !me->m_hostGrab)
        return FALSE;
    QString text = me->m_hostText;
    if (me->m_crlf)
        text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    const QByteArray utf8 = text.toUtf8();
    spice_main_channel_clipboard_selection_notify(SPICE_MAIN_CHANNEL(channel), selection, type,
                                                  reinterpret_cast<const guchar *>(utf8.constData()), size_t(utf8.size()));
    return TRUE;
}

} // namespace drover::console
