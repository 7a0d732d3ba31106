// ConsoleWindow: the toolbar — Send key, scaling, full screen, paste as keystrokes, reconnect.
#include "ConsoleView.h"
#include "ConsoleWindow.h"

#include <QAction>
#include <QMenu>
#include <QScrollArea>
#include <QToolBar>
#include <QToolButton>

namespace drover::ui {

namespace {
using Key = console::RemoteSession::Key;
constexpr Key kCtrl{0xffe3, 0x1d}, kAlt{0xffe9, 0x38};
// XT set-1 scancodes of F1–F12 (F11/F12 are not contiguous with F1–F10).
constexpr quint32 kFnScan[12] = {0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x40, 0x41, 0x42, 0x43, 0x44, 0x57, 0x58};
} // namespace

void ConsoleWindow::buildToolbar()
{
    QToolBar *bar = addToolBar(tr("Console"));
    bar->setObjectName(QStringLiteral("consoleToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_ctrlAltDel = bar->addAction(tr("Ctrl+Alt+Del"), this, [this] {
        if (m_client)
            m_client->sendCtrlAltDel();
    });
    m_ctrlAltDel->setToolTip(tr("Send Ctrl+Alt+Del to the guest (the Windows sign-in and security screen)"));

    buildSendKeyMenu(bar);
    bar->addSeparator();

    m_pasteKeys = bar->addAction(tr("Paste as keystrokes"), this, &ConsoleWindow::pasteAsKeystrokes);
    m_pasteKeys->setObjectName(QStringLiteral("pasteKeys"));
    m_pasteKeys->setToolTip(tr("Type the clipboard's text into the guest — for servers without a clipboard (QEMU's VNC) "
                               "and guests without the SPICE agent"));
    bar->addSeparator();

    m_fit = bar->addAction(tr("Fit to window"));
    m_fit->setCheckable(true);
    m_fit->setChecked(true);
    m_fit->setToolTip(tr("Scale the screen to the window (smooth); off shows it 1:1 with scroll bars"));
    connect(m_fit, &QAction::toggled, this, [this](bool fit) {
        auto *scroll = findChild<QScrollArea *>(QStringLiteral("consoleScroll"));
        m_view->setScaling(fit ? ConsoleView::Scaling::Fit : ConsoleView::Scaling::OneToOne);
        scroll->setWidgetResizable(fit);
        if (!fit && m_client)
            m_view->resize(m_client->framebuffer().size());
    });
    m_fullScreen = bar->addAction(tr("Full screen"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    bar->addSeparator();
    bar->addAction(tr("Reconnect"), this, [this] {
        m_retries = 0;
        connectNow();
    });
}

// Keys the local desktop would take for itself (switching virtual terminals, the Start menu).
void ConsoleWindow::buildSendKeyMenu(QToolBar *bar)
{
    auto *sendMenu = new QMenu(tr("Send key"), this);
    sendMenu->setObjectName(QStringLiteral("sendKeyMenu"));
    for (int n = 1; n <= 12; ++n) {
        const Key fn{quint32(0xffbe + n - 1), kFnScan[n - 1]};
        sendMenu->addAction(tr("Ctrl+Alt+F%1").arg(n), this, [this, fn] {
            if (m_client)
                m_client->sendKeyCombo({kCtrl, kAlt, fn});
        });
    }
    sendMenu->addSeparator();
    sendMenu->addAction(tr("Print Screen"), this, [this] {
        if (m_client)
            m_client->sendKeyCombo({Key{0xff61, 0xb7}});
    });
    sendMenu->addAction(tr("Windows key"), this, [this] {
        if (m_client)
            m_client->sendKeyCombo({Key{0xffeb, 0xdb}});
    });
    sendMenu->addAction(tr("Ctrl+Esc"), this, [this] {
        if (m_client)
            m_client->sendKeyCombo({kCtrl, Key{0xff1b, 0x01}});
    });
    auto *sendButton = new QToolButton(bar);
    sendButton->setText(tr("Send key"));
    sendButton->setMenu(sendMenu);
    sendButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(sendButton);
}

} // namespace drover::ui
