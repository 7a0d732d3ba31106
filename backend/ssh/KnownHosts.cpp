#include "KnownHosts.h"

#include "SshTr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

#include <memory>

namespace drover::ssh {

namespace {
struct KnownHostsDeleter
{
    void operator()(LIBSSH2_KNOWNHOSTS *k) const { libssh2_knownhost_free(k); }
};
using KnownHostsPtr = std::unique_ptr<LIBSSH2_KNOWNHOSTS, KnownHostsDeleter>;

QByteArray sessionKey(LIBSSH2_SESSION *s, int *type)
{
    size_t len = 0;
    const char *k = libssh2_session_hostkey(s, &len, type);
    return k ? QByteArray(k, qsizetype(len)) : QByteArray();
}

int knownHostKeyBits(int hostkeyType)
{
    switch (hostkeyType) {
    case LIBSSH2_HOSTKEY_TYPE_RSA: return LIBSSH2_KNOWNHOST_KEY_SSHRSA;
    case LIBSSH2_HOSTKEY_TYPE_DSS: return LIBSSH2_KNOWNHOST_KEY_SSHDSS;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_256: return LIBSSH2_KNOWNHOST_KEY_ECDSA_256;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_384: return LIBSSH2_KNOWNHOST_KEY_ECDSA_384;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_521: return LIBSSH2_KNOWNHOST_KEY_ECDSA_521;
    case LIBSSH2_HOSTKEY_TYPE_ED25519: return LIBSSH2_KNOWNHOST_KEY_ED25519;
    default: return LIBSSH2_KNOWNHOST_KEY_UNKNOWN;
    }
}

// A known_hosts host field (comma list of names or |1|salt|hash) names `name`.
bool hostFieldNames(const QByteArray &field, const QByteArray &name)
{
    const QList<QByteArray> entries = field.split(',');
    for (const QByteArray &e : entries) {
        if (e.startsWith("|1|")) {
            const QList<QByteArray> parts = e.mid(3).split('|');
            if (parts.size() == 2
                && QMessageAuthenticationCode::hash(name, QByteArray::fromBase64(parts[0]),
                                                    QCryptographicHash::Sha1)
                    == QByteArray::fromBase64(parts[1]))
                return true;
        } else if (e.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// libssh2 does not report line numbers: find the line for this host holding the recorded key.
int lineOfKey(const QString &file, const QByteArray &name, const QByteArray &base64Key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    int n = 0;
    while (!f.atEnd()) {
        ++n;
        QList<QByteArray> fields = f.readLine().simplified().split(' ');
        if (fields.value(0).startsWith('@'))
            fields.removeFirst(); // @cert-authority / @revoked marker
        if (fields.size() >= 3 && fields[2] == base64Key && hostFieldNames(fields[0], name))
            return n;
    }
    return 0;
}
} // namespace

QString KnownHosts::defaultFile() { return QDir::homePath() + QStringLiteral("/.ssh/known_hosts"); }

QString KnownHosts::entryName(const QString &host, quint16 port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    QByteArray b64 = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256).toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

QString KnownHosts::keyType(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const auto *u = reinterpret_cast<const uchar *>(blob.constData());
    const quint32 len = (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | u[3];
    if (len > quint32(blob.size() - 4) || len > 64)
        return {};
    return QString::fromLatin1(blob.mid(4, qsizetype(len)));
}

HostKeyCheck KnownHosts::check(LIBSSH2_SESSION *session, const QString &fileIn,
                               const QString &host, quint16 port)
{
    HostKeyCheck r;
    r.knownHostsFile = fileIn.isEmpty() ? defaultFile() : fileIn;
    r.host = entryName(host, port);
    int type = 0;
    const QByteArray key = sessionKey(session, &type);
    if (key.isEmpty()) {
        r.message = Tr::tr("the server at %1 sent no host key").arg(r.host);
        return r;
    }
    r.keyType = keyType(key);
    r.fingerprint = fingerprint(key);

    KnownHostsPtr kh(libssh2_knownhost_init(session));
    if (!kh) {
        r.message = Tr::tr("cannot initialise libssh2 known hosts");
        return r;
    }
    if (QFileInfo::exists(r.knownHostsFile)
        && libssh2_knownhost_readfile(kh.get(), QFile::encodeName(r.knownHostsFile).constData(),
                                      LIBSSH2_KNOWNHOST_FILE_OPENSSH) < 0) {
        r.message = Tr::tr("cannot read %1: it is not a valid known_hosts file")
                        .arg(r.knownHostsFile);
        return r;
    }
    libssh2_knownhost *found = nullptr;
    const int rc = libssh2_knownhost_checkp(
        kh.get(), host.toUtf8().constData(), port, key.constData(), size_t(key.size()),
        LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | knownHostKeyBits(type), &found);
    switch (rc) {
    case LIBSSH2_KNOWNHOST_CHECK_MATCH:
        r.status = HostKeyStatus::Match;
        return r;
    case LIBSSH2_KNOWNHOST_CHECK_NOTFOUND:
        r.status = HostKeyStatus::Unknown;
        r.message = Tr::tr("The authenticity of host %1 can't be established.\n"
                                   "%2 key fingerprint is %3.")
                        .arg(r.host, r.keyType, r.fingerprint);
        return r;
    case LIBSSH2_KNOWNHOST_CHECK_MISMATCH: {
        r.status = HostKeyStatus::Changed;
        QByteArray oldB64 = found && found->key ? QByteArray(found->key) : QByteArray();
        if (!oldB64.isEmpty()) {
            r.oldFingerprint = fingerprint(QByteArray::fromBase64(oldB64));
            if (const int line = lineOfKey(r.knownHostsFile, r.host.toUtf8(), oldB64))
                r.oldLocation = QStringLiteral("%1:%2").arg(r.knownHostsFile).arg(line);
        }
        r.message = Tr::tr("WARNING: THE HOST KEY FOR %1 HAS CHANGED! Someone could be intercepting "
                        "the connection (man-in-the-middle), or the host was reinstalled. "
                        "Refusing to connect.\nThe server now offers %2 key %3; %4 records %5. "
                        "If the change is expected, remove the old key (ssh-keygen -R '%1' -f %6).")
                        .arg(r.host, r.keyType, r.fingerprint,
                             r.oldLocation.isEmpty() ? r.knownHostsFile : r.oldLocation,
                             r.oldFingerprint.isEmpty() ? Tr::tr("a different key")
                                                        : r.oldFingerprint,
                             r.knownHostsFile);
        return r;
    }
    default:
        r.message = Tr::tr("cannot check the host key of %1 against %2")
                        .arg(r.host, r.knownHostsFile);
        return r;
    }
}

Result<void> KnownHosts::add(LIBSSH2_SESSION *session, const QString &fileIn, const QString &host, quint16 port)
{
    const QString file = fileIn.isEmpty() ? defaultFile() : fileIn;
    int type = 0;
    const QByteArray key = sessionKey(session, &type);
    const QString kt = keyType(key);
    if (key.isEmpty() || kt.isEmpty())
        return Result<void>::failure(Error::Kind::Invalid, Tr::tr("no host key to record"));
    // Append rather than rewrite through libssh2, which would drop lines it does not parse.
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append))
        return Result<void>::failure(Error::Kind::Io, Tr::tr("cannot write %1: %2").arg(file, f.errorString()));
    QByteArray line;
    if (f.size() > 0) {
        f.seek(f.size() - 1);
        if (f.read(1) != "\n")
            line += '\n';
    }
    line += entryName(host, port).toUtf8() + ' ' + kt.toLatin1() + ' ' + key.toBase64() + '\n';
    if (f.write(line) != line.size())
        return Result<void>::failure(Error::Kind::Io, Tr::tr("cannot write %1: %2").arg(file, f.errorString()));
    return {};
}

} // namespace drover::ssh
