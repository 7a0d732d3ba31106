// ConsoleWindow: the VNC password — from the system keychain when the user let Drover keep it
// there (and it was not just refused), else asked, with the offer to keep it. A refused password
// is forgotten, also in the keychain, so the next attempt asks again.
#include "ConsoleWindow.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <qt6keychain/keychain.h>

namespace drover::ui {

namespace {
const QString kKeychainService = QStringLiteral("drover-vnc");
}

void ConsoleWindow::askPassword()
{
    if (m_keychainKey.isEmpty() || m_passwordRefused) {
        promptPassword();
        return;
    }
    auto *read = new QKeychain::ReadPasswordJob(kKeychainService);
    read->setAutoDelete(true);
    read->setKey(m_keychainKey);
    connect(read, &QKeychain::Job::finished, this, [this, read] {
        if (!m_client)
            return;
        if (read->error() != QKeychain::NoError || read->textData().isEmpty()) {
            promptPassword(); // not kept, or no keychain on this desktop: just ask
            return;
        }
        m_password = read->textData();
        m_passwordStored = true;
        m_client->providePassword(m_password);
    });
    read->start();
}

void ConsoleWindow::promptPassword()
{
    QDialog dlg(this);
    dlg.setObjectName(QStringLiteral("vncPasswordDialog"));
    dlg.setWindowTitle(m_protocol == Protocol::Spice ? tr("SPICE password") : tr("VNC password"));
    auto *lay = new QVBoxLayout(&dlg);
    lay->addWidget(new QLabel(m_passwordRefused ? tr("The password was refused. Password for the console of %1:").arg(windowTitle())
                                                : tr("Password for the console of %1:").arg(windowTitle()),
                              &dlg));
    auto *edit = new QLineEdit(&dlg);
    edit->setObjectName(QStringLiteral("vncPassword"));
    edit->setEchoMode(QLineEdit::Password);
    lay->addWidget(edit);
    auto *remember = new QCheckBox(tr("Keep it in the system keychain"), &dlg);
    remember->setObjectName(QStringLiteral("vncPasswordRemember"));
    remember->setVisible(!m_keychainKey.isEmpty());
    lay->addWidget(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    lay->addWidget(buttons);
    const bool ok = dlg.exec() == QDialog::Accepted;
    if (!m_client)
        return;
    if (!ok) {
        m_client->cancelPassword();
        return;
    }
    m_password = edit->text();
    m_passwordStored = false;
    if (remember->isChecked() && !m_keychainKey.isEmpty()) {
        auto *write = new QKeychain::WritePasswordJob(kKeychainService);
        write->setAutoDelete(true);
        write->setKey(m_keychainKey);
        write->setTextData(m_password);
        connect(write, &QKeychain::Job::finished, this, [this, write] {
            if (write->error() != QKeychain::NoError)
                m_status->setText(tr("The password was not kept: %1").arg(write->errorString()));
            else
                Q_EMIT passwordKept();
        });
        m_passwordStored = true;
        write->start();
    }
    m_client->providePassword(m_password);
}

void ConsoleWindow::forgetStoredPassword()
{
    m_password.clear();
    m_passwordRefused = true;
    if (!m_passwordStored || m_keychainKey.isEmpty())
        return;
    m_passwordStored = false;
    auto *del = new QKeychain::DeletePasswordJob(kKeychainService);
    del->setAutoDelete(true);
    del->setKey(m_keychainKey);
    del->start();
}

} // namespace drover::ui
