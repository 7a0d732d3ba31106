#pragma once
// The credential a KubeClient sends: static (token, client certificate, basic auth), re-read
// from a tokenFile, or from an exec plugin run asynchronously.
//
// Why a QObject and not a function: an exec plugin (OIDC kubelogin, a cloud CLI) may take
// seconds or minutes (a browser login), so it runs as a QProcess driven by signals, never
// waited for; requests that need the credential are parked here and released when it
// arrives, or failed with the plugin's error in words. One run serves every parked request
// and every concurrent 401.
//
// Threading: lives on its client's thread; callbacks run there, only while their context
// object is alive. A callback may run before acquire()/refresh() returns (credential ready).
#include "ExecCredential.h"
#include "Kubeconfig.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <functional>

class QProcess;
class QTimer;

namespace drover::kube {

struct Credential
{
    QByteArray authorization; // the Authorization header, empty for none
    QSslCertificate certificate; // null: no client certificate
    QSslKey key;
    QDateTime expiry;         // invalid: does not expire
    quint64 generation = 0;   // increases whenever the credential changes
};

class CredentialProvider : public QObject
{
    Q_OBJECT
public:
    // ok: a credential is ready (current()); else the error in words.
    using Callback = std::function<void(const Result<void> &)>;

    CredentialProvider(const ResolvedContext &ctx, QObject *parent = nullptr);
    ~CredentialProvider() override;

    // Reads the static parts (kubeconfig token/cert/key, tokenFile). Errors say what cannot
    // be used. Without an exec plugin the credential is ready after this.
    Result<void> loadStatic();
    // How long a plugin may run. Long by default: a person may be logging in in a browser,
    // and nothing waits on it but the requests that need it.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    bool usesExec() const { return m_ctx.user.exec.has_value(); }
    // A credential is there, not expired, and no refresh is running.
    bool ready() const;
    bool running() const { return m_process != nullptr; }
    const Credential &current() const { return m_current; }

    // cb once a credential is ready: at once when ready(), else after the plugin ran (started
    // now unless running).
    void acquire(QObject *context, Callback cb);
    // The server refused the credential of generation `rejected` (401). cb(changed): whether
    // a different credential is now there, worth one retry. A credential already replaced
    // since `rejected` answers true at once; concurrent 401s share one plugin run.
    void refresh(quint64 rejected, QObject *context, std::function<void(bool changed)> cb);

Q_SIGNALS:
    // A plugin started (detail: which, for a status line) or finished.
    void pluginRunning(bool running, const QString &detail);
    void credentialChanged();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback cb;
    };
    void startPlugin();
    void finishPlugin(const Result<ExecCredentialResult> &r);
    Result<void> apply(const QString &token, const QByteArray &certPem, const QByteArray &keyPem,
                       const QDateTime &expiry);

    ResolvedContext m_ctx;
    Credential m_current;
    bool m_haveCredential = false;
    QString m_staticToken;
    QProcess *m_process = nullptr;
    QTimer *m_timeout = nullptr;
    int m_timeoutMs = 120000;
    QList<Waiter> m_waiters;
};

} // namespace drover::kube
