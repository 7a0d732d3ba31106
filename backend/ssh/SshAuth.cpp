// SshWorker: user authentication — agent, then key files, then (optionally) a password.
#include "SshWorker.h"

#include "SshTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace drover::ssh {

namespace {
QString shortPath(const QString &p)
{
    const QString h = QDir::homePath();
    return p.startsWith(h + u'/') ? QStringLiteral("~") + p.mid(h.size()) : p;
}

// Whether a private key file needs a passphrase: PEM "ENCRYPTED" or an OpenSSH key whose
// cipher is not "none".
bool keyIsEncrypted(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = f.read(1 << 20);
    if (text.contains("ENCRYPTED"))
        return true;
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const qsizetype b = text.indexOf(begin);
    const qsizetype e = text.indexOf("-----END", b + 1);
    if (b < 0 || e < 0)
        return false;
    const QByteArray blob = QByteArray::fromBase64(text.mid(b + begin.size(), e - b - begin.size()).simplified().replace(' ', ""));
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob.startsWith(magic) || blob.size() < magic.size() + 4)
        return false;
    const auto *u = reinterpret_cast<const uchar *>(blob.constData() + magic.size());
    const quint32 len = (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | u[3];
    return blob.mid(magic.size() + 4, qsizetype(qMin<quint32>(len, 64))) != "none";
}
} // namespace

bool SshWorker::tryAgent(const QString &user, QStringList &tried)
{
    LIBSSH2_AGENT *agent = libssh2_agent_init(m_session);
    if (!agent)
        return false;
    bool ok = false;
    if (libssh2_agent_connect(agent) == 0 && libssh2_agent_list_identities(agent) == 0) {
        libssh2_agent_publickey *id = nullptr, *prev = nullptr;
        while (!ok && !m_stop && libssh2_agent_get_identity(agent, &id, prev) == 0) {
            if (libssh2_agent_userauth(agent, user.toUtf8().constData(), id) == 0)
                ok = true;
            else
                tried << Tr::tr("agent key '%1'").arg(QString::fromUtf8(id->comment ? id->comment : ""));
            prev = id;
        }
        libssh2_agent_disconnect(agent);
    }
    libssh2_agent_free(agent);
    return ok;
}

Result<QString, SshFailure> SshWorker::authenticate(const QString &user, const QStringList &ids, const SshTarget &target,
                                                    const SshPrompts &prompts)
{
    using R = Result<QString, SshFailure>;
    const QByteArray u = user.toUtf8();
    const char *list = libssh2_userauth_list(m_session, u.constData(), unsigned(u.size()));
    if (!list) {
        if (libssh2_userauth_authenticated(m_session))
            return QStringLiteral("none");
        const int rc = libssh2_session_last_errno(m_session);
        return R::failure(rc == LIBSSH2_ERROR_TIMEOUT ? SshError::Timeout : SshError::Closed,
                          Tr::tr("%1 closed the connection before authentication (%2)").arg(m_peer, lastError()));
    }
    const QStringList methods = QString::fromLatin1(list).split(u',');
    QStringList tried;
    QString wrongPassphraseFor;
    auto deadCheck = [&](int rc) -> std::optional<R> {
        if (!isDeadError(rc))
            return std::nullopt;
        return R::failure(rc == LIBSSH2_ERROR_TIMEOUT ? SshError::Timeout : SshError::Closed,
                          Tr::tr("connection to %1 lost during authentication (%2)").arg(m_peer, lastError()));
    };

    if (methods.contains(QLatin1String("publickey"))) {
        if (target.useAgent && !qEnvironmentVariable("SSH_AUTH_SOCK").isEmpty() && tryAgent(user, tried))
            return QStringLiteral("agent");
        if (auto d = deadCheck(libssh2_session_last_errno(m_session)))
            return *d;
        for (const QString &file : ids) {
            if (m_stop)
                return R::failure(SshError::Cancelled, Tr::tr("cancelled"));
            if (!QFileInfo::exists(file)) {
                if (!target.identityFiles.isEmpty())
                    tried << shortPath(file) + Tr::tr(" (missing)");
                continue;
            }
            QString passphrase;
            const bool encrypted = keyIsEncrypted(file);
            if (encrypted) {
                if (m_passphrases.contains(file)) {
                    passphrase = m_passphrases.value(file);
                } else {
                    std::optional<std::optional<QString>> answer;
                    if (prompts.passphrase) {
                        const auto p = prompts.passphrase;
                        const PassphraseRequest req{shortPath(file), m_wrongPassphrase.contains(file)};
                        answer = ask<std::optional<QString>>(
                            [p, req](std::function<void(std::optional<QString>)> a) { p(req, a); });
                    }
                    if (!answer || !*answer) {
                        tried << shortPath(file) + Tr::tr(" (no passphrase given)");
                        continue;
                    }
                    passphrase = **answer;
                }
            }
            const QString pub = file + QStringLiteral(".pub");
            const QByteArray pubPath = QFile::encodeName(pub);
            const int rc = libssh2_userauth_publickey_fromfile_ex(
                m_session, u.constData(), unsigned(u.size()),
                // An encrypted key is opened without its .pub so that a wrong passphrase shows
                // as LIBSSH2_ERROR_FILE before anything is sent, not as a refusal.
                QFileInfo::exists(pub) && !encrypted ? pubPath.constData() : nullptr,
                QFile::encodeName(file).constData(), passphrase.toUtf8().constData());
            if (rc == 0) {
                if (encrypted)
                    m_passphrases.insert(file, passphrase);
                m_wrongPassphrase.remove(file);
                return QStringLiteral("publickey ") + shortPath(file);
            }
            if (auto d = deadCheck(rc))
                return *d;
            if (rc == LIBSSH2_ERROR_FILE && encrypted) {
                m_passphrases.remove(file);
                m_wrongPassphrase.insert(file);
                wrongPassphraseFor = shortPath(file);
                tried << shortPath(file) + Tr::tr(" (wrong passphrase)");
            } else if (rc == LIBSSH2_ERROR_FILE) {
                tried << shortPath(file) + Tr::tr(" (unreadable: %1)").arg(lastError());
            } else {
                if (encrypted)
                    m_passphrases.insert(file, passphrase); // it decrypted; the server said no
                tried << shortPath(file);
            }
        }
    }

    if (target.allowPassword && methods.contains(QLatin1String("password")) && prompts.password) {
        const auto p = prompts.password;
        const PasswordRequest req{user, m_peer};
        const auto answer = ask<std::optional<QString>>(
            [p, req](std::function<void(std::optional<QString>)> a) { p(req, a); });
        if (answer && *answer) {
            const QByteArray pw = (**answer).toUtf8();
            const int rc = libssh2_userauth_password_ex(m_session, u.constData(), unsigned(u.size()),
                                                        pw.constData(), unsigned(pw.size()), nullptr);
            if (rc == 0)
                return QStringLiteral("password");
            if (auto d = deadCheck(rc))
                return *d;
            tried << QStringLiteral("password");
        }
    }

    if (!wrongPassphraseFor.isEmpty())
        return R::failure(SshError::WrongPassphrase, Tr::tr("wrong passphrase for key %1").arg(wrongPassphraseFor));
    if (!methods.contains(QLatin1String("publickey")))
        return R::failure(
            SshError::AuthFailed,
            Tr::tr("%1 does not accept public keys for %2 (offers: %3)").arg(m_peer, user, methods.join(QLatin1String(", "))));
    if (tried.isEmpty())
        return R::failure(SshError::AuthFailed, Tr::tr("no key to offer %1: no ssh-agent and none of %2 exists").arg(m_peer, [&] {
            QStringList s;
            for (const auto &f : ids)
                s << shortPath(f);
            return s.join(QLatin1String(", "));
        }()));
    return R::failure(
        SshError::AuthFailed,
        Tr::tr("the server %1 refused all keys for user %2 (tried: %3)").arg(m_peer, user, tried.join(QLatin1String(", "))));
}

} // namespace drover::ssh
