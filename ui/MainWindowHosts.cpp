// MainWindow: hosts as their agents see them — health badges on the tree and the map, the
// host details dock (NVMe, OSDs, inventory), and the cluster's storage health from Rook in the
// status bar and, when not healthy, a banner.
#include "Appearance.h"
#include "DialogPrompter.h"
#include "HostDetails.h"
#include "MainWindow.h"
#include "MessageBanner.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <qt6keychain/keychain.h>
#include <QStatusBar>
#include <QVBoxLayout>

namespace drover::ui {

void MainWindow::buildHostDetails()
{
    m_health = new models::HealthTracker(this);
    m_hostDetails = new HostDetails(m_health, this);
    m_hostDock = dockPanel(m_hostDetails, tr("Host details"), "hostDock", m_chartsDock);
    m_cephLabel = new QLabel(this);
    m_cephLabel->setObjectName(QStringLiteral("cephLabel"));
    statusBar()->addPermanentWidget(m_cephLabel);
    m_storageBanner = new MessageBanner(this);
    m_storageBanner->setObjectName(QStringLiteral("storageBanner"));
    if (auto *lay = qobject_cast<QVBoxLayout *>(m_actionBanner->parentWidget()->layout()))
        lay->insertWidget(lay->indexOf(m_actionBanner) + 1, m_storageBanner);
    connect(m_health, &models::HealthTracker::hostChanged, this, [this](const QString &host) {
        const models::HostHealth h = m_health->host(host);
        m_hostModel->setHostHealth(host, int(h.level), h.problems.join(QLatin1Char('\n')));
    });
    connect(m_health, &models::HealthTracker::cephChanged, this, [this] {
        const models::CephSummary c = m_health->ceph();
        m_cephLabel->setText(c.level == models::Health::Unknown ? QString() : c.text);
        m_cephLabel->setStyleSheet(c.level == models::Health::Critical  ? toneStyle(Tone::Error, palette()) + QStringLiteral(" font-weight: bold")
                                   : c.level == models::Health::Warning ? toneStyle(Tone::Warning, palette()) + QStringLiteral(" font-weight: bold")
                                                                        : QString());
        if (c.level == models::Health::Warning || c.level == models::Health::Critical)
            m_storageBanner->showMessage(c.level == models::Health::Critical ? MessageBanner::Severity::Error : MessageBanner::Severity::Warning,
                                         tr("Storage: %1").arg(c.text));
        else
            m_storageBanner->clear();
    });
    buildAgentFetch();
}

void MainWindow::showHostDetails(const QString &host)
{
    m_hostDetails->showHost(host);
    m_hostDock->show();
    m_hostDock->raise();
}

namespace {
const QString kKeychainService = QStringLiteral("drover-ssh");

// The passphrase of an SSH key: from the keychain when the user let Drover keep it there,
// else asked (with the offer to keep it).
void askPassphrase(QWidget *parent, const ssh::PassphraseRequest &req, std::function<void(std::optional<QString>)> answer)
{
    const auto ask = [parent, req, answer] {
        QDialog dlg(parent);
        dlg.setObjectName(QStringLiteral("passphraseDialog"));
        dlg.setWindowTitle(QObject::tr("SSH key passphrase"));
        auto *lay = new QVBoxLayout(&dlg);
        lay->addWidget(new QLabel(req.previousWasWrong ? QObject::tr("Wrong passphrase. Passphrase for %1:").arg(req.keyFile)
                                                       : QObject::tr("Passphrase for %1:").arg(req.keyFile), &dlg));
        auto *edit = new QLineEdit(&dlg);
        edit->setEchoMode(QLineEdit::Password);
        lay->addWidget(edit);
        auto *remember = new QCheckBox(QObject::tr("Keep it in the system keychain"), &dlg);
        lay->addWidget(remember);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
        lay->addWidget(buttons);
        if (dlg.exec() != QDialog::Accepted) {
            answer(std::nullopt);
            return;
        }
        if (remember->isChecked()) {
            auto *job = new QKeychain::WritePasswordJob(kKeychainService);
            job->setKey(req.keyFile);
            job->setTextData(edit->text());
            job->start(); // deletes itself; a keychain that is not there only means asking next time
        }
        answer(edit->text());
    };
    if (req.previousWasWrong) {
        ask();
        return;
    }
    auto *read = new QKeychain::ReadPasswordJob(kKeychainService);
    read->setKey(req.keyFile);
    QObject::connect(read, &QKeychain::Job::finished, parent, [read, ask, answer] {
        if (read->error() == QKeychain::NoError && !read->textData().isEmpty())
            answer(read->textData());
        else
            ask();
    });
    read->start();
}
} // namespace

ssh::SshPrompts MainWindow::sshPrompts()
{
    ssh::SshPrompts prompts;
    prompts.hostKey = [this](const ssh::HostKeyCheck &c, std::function<void(bool)> answer) {
        ops::Question q;
        q.id = QStringLiteral("ssh.hostKey");
        q.title = tr("Unknown host key");
        q.text = tr("%1 is not in %2.").arg(c.host, c.knownHostsFile);
        q.detail = tr("Its %1 key has the fingerprint\n%2\n\nCompare it with the host's own "
                      "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before you trust it.")
                       .arg(c.keyType, c.fingerprint);
        q.yes = tr("Trust and remember");
        m_prompter->ask(q, std::move(answer));
    };
    prompts.passphrase = [this](const ssh::PassphraseRequest &req, std::function<void(std::optional<QString>)> answer) {
        askPassphrase(this, req, std::move(answer));
    };
    return prompts;
}

void MainWindow::buildAgentFetch()
{
    m_fetcher = new models::AgentFetcher(this);
    const ssh::SshPrompts prompts = sshPrompts();
    m_tunnels = new models::SshTunnels(this);
    m_tunnels->setPrompts(prompts);
    m_fetcher->setPrompts(prompts);
    m_fetcher->setAgentPath(QSettings().value(QStringLiteral("agent/path"), QStringLiteral("drover-agent")).toString());
    m_hostDetails->setAddressProvider([this](const QString &host) {
        const QString saved = QSettings().value(QStringLiteral("sshAddress/%1/%2").arg(m_connection->contextName(), host)).toString();
        return saved.isEmpty() ? m_hostModel->internalIpOf(host) : saved;
    });
    connect(m_hostDetails, &HostDetails::fetchRequested, this, [this](const QString &host, const QString &address) {
        // An address other than the Node's is this cluster's override for that host.
        const QString key = QStringLiteral("sshAddress/%1/%2").arg(m_connection->contextName(), host);
        if (address != m_hostModel->internalIpOf(host))
            QSettings().setValue(key, address);
        else
            QSettings().remove(key);
        m_fetcher->fetch(host, address);
    });
    connect(m_fetcher, &models::AgentFetcher::fetched, this, [this](const QString &host, const QJsonObject &report) {
        m_health->addReport(host, report, QStringLiteral("SSH"));
        if (m_hostDetails->host() == host)
            m_hostDetails->setFetchStatus(false, tr("Report fetched over SSH."));
    });
    connect(m_fetcher, &models::AgentFetcher::failed, this, [this](const QString &host, const QString &message) {
        if (m_hostDetails->host() == host)
            m_hostDetails->setFetchStatus(true, message);
        m_actionBanner->showMessage(MessageBanner::Severity::Error, tr("Could not fetch the agent report of %1: %2").arg(host, message));
    });
}

} // namespace drover::ui
