#pragma once
// Host key verification against an OpenSSH known_hosts file (plain and hashed entries,
// [host]:port for ports other than 22). Call only on the thread that owns `session`.
#include "SshTypes.h"

#include <libssh2.h>

namespace drover::ssh {

class KnownHosts
{
public:
    // Checks the session's current host key. `file` empty means ~/.ssh/known_hosts.
    static HostKeyCheck check(LIBSSH2_SESSION *session, const QString &file, const QString &host,
                              quint16 port);
    // Appends the session's host key as a plain entry for host (or [host]:port); Io when the
    // file cannot be written, Invalid when the session has no host key.
    static Result<void> add(LIBSSH2_SESSION *session, const QString &file, const QString &host, quint16 port);

    // OpenSSH's "SHA256:..." for a raw key blob.
    static QString fingerprint(const QByteArray &keyBlob);
    // The algorithm name stored at the start of a key blob ("ssh-ed25519", ...).
    static QString keyType(const QByteArray &keyBlob);
    static QString entryName(const QString &host, quint16 port);
    static QString defaultFile();
};

} // namespace drover::ssh
