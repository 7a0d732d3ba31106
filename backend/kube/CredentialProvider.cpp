#include "CredentialProvider.h"

#include "KubeTr.h"

#include <QFile>
#include <QProcess>
#include <QTimer>

#include <utility>

namespace drover::kube {

using namespace Qt::StringLiterals;

namespace {

Result<QSslKey> parseKey(const QByteArray &pem)
{
    for (auto alg : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, alg, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return Result<QSslKey>::failure(Tr::tr("the client key is not a PEM private key"));
}

} // namespace

CredentialProvider::CredentialProvider(const ResolvedContext &ctx, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finishPlugin(Result<ExecCredentialResult>::failure(
            execTimeoutMessage(*m_ctx.user.exec, m_timeoutMs)));
    });
}

CredentialProvider::~CredentialProvider()
{
    m_waiters.clear(); // nobody is told: the client that asked is going away too
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill(); // ~QProcess reaps it; SIGKILL makes that immediate
    }
}

Result<void> CredentialProvider::loadStatic()
{
    m_staticToken = m_ctx.user.token;
    if (!m_ctx.user.tokenFile.isEmpty()) {
        QFile f(m_ctx.user.tokenFile);
        if (!f.open(QIODevice::ReadOnly))
            return Result<void>::failure(Tr::tr("user '%1': cannot read tokenFile %2: %3").arg(
                m_ctx.user.name, m_ctx.user.tokenFile, f.errorString()));
        m_staticToken = QString::fromUtf8(f.readAll()).trimmed();
    }
    if (usesExec())
        return {}; // the plugin's answer completes (and may override) these; see finishPlugin
    auto r = apply(m_staticToken, m_ctx.user.clientCertPem, m_ctx.user.clientKeyPem, {});
    if (r)
        m_haveCredential = true;
    return r;
}

bool CredentialProvider::ready() const
{
    if (!m_haveCredential || running())
        return false;
    // client-go's rule: an expired exec credential is fetched again before it is used.
    return !m_current.expiry.isValid() || QDateTime::currentDateTimeUtc() < m_current.expiry;
}

void CredentialProvider::acquire(QObject *context, Callback cb)
{
    if (!context)
        return;
    if (ready() || !usesExec()) {
        cb({});
        return;
    }
    m_waiters.append({context, std::move(cb)});
    if (!running())
        startPlugin();
}

void CredentialProvider::refresh(quint64 rejected, QObject *context,
                                 std::function<void(bool changed)> cb)
{
    if (!context)
        return;
    if (!usesExec() && m_ctx.user.tokenFile.isEmpty()) {
        cb(false); // a static credential cannot change
        return;
    }
    if (m_current.generation > rejected) {
        cb(true); // replaced since that request went out: retry with the new one
        return;
    }
    if (!usesExec()) {
        // The tokenFile may have been rotated. A local file: read it here.
        (void)loadStatic();
        cb(m_current.generation > rejected);
        return;
    }
    m_waiters.append({context, [this, rejected, cb = std::move(cb)](const Result<void> &r) {
                          cb(r.ok() && m_current.generation > rejected);
                      }});
    if (!running())
        startPlugin();
}

void CredentialProvider::startPlugin()
{
    const ExecConfig &exec = *m_ctx.user.exec;
    auto launch = prepareExecPlugin(exec, m_ctx.cluster);
    m_process = new QProcess(this);
    Q_EMIT pluginRunning(true, Tr::tr("waiting for %1").arg(execPluginName(exec)));
    if (!launch) {
        // Answer on the next turn: callers never get their callback inside their own call.
        const QString error = launch.error().message;
        QTimer::singleShot(0, this, [this, error] {
            finishPlugin(Result<ExecCredentialResult>::failure(error));
        });
        return;
    }
    configureExecProcess(*m_process, *launch);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) // no finished() follows
            finishPlugin(Result<ExecCredentialResult>::failure(
                Tr::tr("%1 could not be started: %2").arg(execPluginName(*m_ctx.user.exec),
                                                      m_process->errorString())));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus st) {
        finishPlugin(parseExecOutput(*m_ctx.user.exec, st != QProcess::NormalExit, code,
                                     m_process->readAllStandardOutput(),
                                     m_process->readAllStandardError()));
    });
    m_timeout->start(m_timeoutMs);
    m_process->start();
}

void CredentialProvider::finishPlugin(const Result<ExecCredentialResult> &r)
{
    m_timeout->stop();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning)
            m_process->kill(); // timed out
        m_process->deleteLater(); // we may be inside its signal
        m_process = nullptr;
    }
    Result<void> outcome;
    if (!r) {
        outcome = Result<void>::failure(Tr::tr("user '%1': %2").arg(m_ctx.user.name, r.error().message));
    } else {
        // The plugin's token and certificate take the place of the kubeconfig's, as in client-go.
        const bool cert = !r->clientCertPem.isEmpty();
        outcome = apply(r->token.isEmpty() ? m_staticToken : r->token,
                        cert ? r->clientCertPem : m_ctx.user.clientCertPem,
                        cert ? r->clientKeyPem : m_ctx.user.clientKeyPem, r->expiration);
        if (outcome)
            m_haveCredential = true;
    }
    Q_EMIT pluginRunning(false, outcome ? QString() : outcome.error().message);
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters)
        if (w.context)
            w.cb(outcome);
}

Result<void> CredentialProvider::apply(const QString &token, const QByteArray &certPem,
                                       const QByteArray &keyPem, const QDateTime &expiry)
{
    Credential c;
    if (!certPem.isEmpty()) {
        const auto certs = QSslCertificate::fromData(certPem, QSsl::Pem);
        if (certs.isEmpty())
            return Result<void>::failure(
                Tr::tr("user '%1': the client certificate is not PEM").arg(m_ctx.user.name));
        auto key = parseKey(keyPem);
        if (!key)
            return Result<void>::failure(Tr::tr("user '%1': %2").arg(m_ctx.user.name, key.error().message));
        c.certificate = certs.first();
        c.key = *key;
    }
    if (!token.isEmpty())
        c.authorization = "Bearer " + token.toUtf8();
    else if (!m_ctx.user.username.isEmpty())
        c.authorization = "Basic " + (m_ctx.user.username + QLatin1Char(':') + m_ctx.user.password)
                                         .toUtf8()
                                         .toBase64();
    c.expiry = expiry;
    const bool changed = !m_haveCredential || c.authorization != m_current.authorization ||
                         c.certificate != m_current.certificate;
    c.generation = m_current.generation + (changed ? 1 : 0);
    m_current = c;
    if (changed)
        Q_EMIT credentialChanged();
    return {};
}

} // namespace drover::kube
