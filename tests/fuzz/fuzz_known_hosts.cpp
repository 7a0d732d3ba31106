// known_hosts files: KnownHosts::check reads the file with libssh2 and, when the recorded key
// differs, finds its line itself (plain and hashed host fields, markers). The session's host key
// comes from the stub of libssh2_session_hostkey below (this executable's definition wins over
// libssh2's), so no SSH server is needed. Input byte 0 picks the key and the port, the rest is
// the file.
#include "FuzzCommon.h"
#include "KnownHosts.h"

using namespace drover;

namespace {
struct StubKey
{
    QByteArray blob;
    int type = LIBSSH2_HOSTKEY_TYPE_UNKNOWN;
};
StubKey g_key;
} // namespace

extern "C" const char *libssh2_session_hostkey(LIBSSH2_SESSION *, size_t *len, int *type)
{
    *len = size_t(g_key.blob.size());
    if (type)
        *type = g_key.type;
    return g_key.blob.isEmpty() ? nullptr : g_key.blob.constData();
}

// libssh2 1.10 leaks an HMAC context (OpenSSL) for every hashed entry whose hash is not 20 bytes
// long (knownhost.c breaks out of its loop before libssh2_hmac_cleanup): a third-party bug, not
// Drover's, that would end every run. Its stack ends in libcrypto (no frame pointers there), and
// this target reaches OpenSSL only through libssh2. Regression input: crash-libssh2-short-hash-leak.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libcrypto.so\n";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    static LIBSSH2_SESSION *session = [] {
        libssh2_init(0);
        return libssh2_session_init();
    }();
    if (size < 1)
        return 0;
    switch (data[0] & 3) {
    case 0:
        g_key = {QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIJp0G1yjYxecQOKG1t25rx1GtT3bNDUny/SqhkOQMjFK"),
                 LIBSSH2_HOSTKEY_TYPE_ED25519};
        break;
    case 1:
        g_key = {QByteArray::fromBase64("AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFIQJWaDwHuFfW5y/"
                                        "M9nkRmEVJDu9vao1pBykOU1hCQx8f0D1/yDCqdDDvwkVDnIeWzsQ+Cy9nsCESlg58f/8eM="),
                 LIBSSH2_HOSTKEY_TYPE_ECDSA_256};
        break;
    case 2:
        g_key = {fuzz::bytes(data + 1, qMin<size_t>(size - 1, 64)), LIBSSH2_HOSTKEY_TYPE_RSA};
        break;
    default:
        g_key = {};
        break;
    }
    const quint16 port = (data[0] & 4) ? 2222 : 22;
    const QString file = fuzz::writeScratch(QStringLiteral("known_hosts"), fuzz::bytes(data + 1, size - 1));
    const ssh::HostKeyCheck r = ssh::KnownHosts::check(session, file, QStringLiteral("node-a01"), port);
    (void)r;
    (void)ssh::KnownHosts::keyType(fuzz::bytes(data + 1, size - 1));
    return 0;
}
