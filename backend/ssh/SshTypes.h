#pragma once
// Values that cross the SshSession boundary: requests in, outcomes out (STYLE 7, 8).
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace drover::ssh {

enum class SshState { Disconnected, Connecting, Authenticating, Connected };

enum class SshError {
    None,
    Resolve,         // host name does not resolve
    Refused,         // TCP connection refused
    Timeout,         // connect, handshake or a command took too long
    Protocol,        // the peer did not speak SSH or broke the protocol
    HostKeyUnknown,  // not in known_hosts and the caller did not accept it
    HostKeyChanged,  // known_hosts holds a different key: refused, always
    WrongPassphrase, // a key file's passphrase was wrong
    AuthFailed,      // the server refused every method tried
    NotConnected,    // a command queued without a live connection
    Channel,         // the server refused a channel (exec, direct-tcpip)
    OutputTooLarge,  // exec output passed the cap
    Closed,          // the connection dropped mid-command
    Cancelled,       // the session was destroyed or disconnected first
};

// Why an SSH step failed: the kind a caller acts on (retry, ask again, give up) and the words of
// whoever failed (libssh2, the server, the system). Results are Result<T, SshFailure>.
struct SshFailure
{
    SshError kind = SshError::None; // None only in a default SshFailure (a success's error())
    QString message;

    // Result<T, SshFailure>::failure(kind, message) constructs it with parentheses, which clang 14
    // (the fuzz build) does not accept for an aggregate (C++20's P0960, which GCC 12 has).
    SshFailure() = default;
    SshFailure(SshError k, QString m) : kind(k), message(std::move(m)) {}
};

struct SshTarget
{
    QString host;                // alias or address; ~/.ssh/config HostName applies
    quint16 port = 0;            // 0: from config, else 22
    QString user;                // empty: from config, else the local user
    QStringList identityFiles;   // empty: from config, else ~/.ssh/id_{ed25519,ecdsa,rsa}
    QString configPath;          // empty: ~/.ssh/config; "none": no config
    QString knownHostsPath;      // empty: ~/.ssh/known_hosts
    bool useAgent = true;        // try $SSH_AUTH_SOCK first
    bool allowPassword = false;  // ask for a password if keys fail and the server offers it
    int connectTimeoutMs = 15000;
    int ioTimeoutMs = 60000;     // per blocking protocol step (handshake, auth, channel open)
    int keepaliveSeconds = 30;   // while idle; a failed keepalive reports Disconnected. 0: off
};

struct SshConnectionInfo
{
    QString host; // as connected (after HostName)
    quint16 port = 0;
    QString user;
    QString authMethod; // "agent", "publickey <file>", "password"
    QString hostKeyFingerprint;
};

struct ExecResult
{
    int exitStatus = -1; // -1 when killed by a signal
    QString exitSignal;  // e.g. "KILL"; empty if it exited
    QByteArray stdOut;
    QByteArray stdErr;
};

// Owned by the caller once delivered: close(fd) when done. A connected AF_UNIX stream whose
// other end the session's worker pumps to/from the direct-tcpip channel.
struct SshTunnel
{
    int fd = -1;
    QString target; // host:port as seen from the server
};

enum class HostKeyStatus { Match, Unknown, Changed, Error };

struct HostKeyCheck
{
    HostKeyStatus status = HostKeyStatus::Error;
    QString host; // known_hosts name: host, or [host]:port when port != 22
    QString keyType;     // e.g. ssh-ed25519
    QString fingerprint; // SHA256:base64-without-padding
    QString oldFingerprint; // Changed: the recorded key's fingerprint
    QString oldLocation;    // Changed: "file:line" of the recorded key, if found
    QString knownHostsFile;
    QString message;        // human text for Unknown/Changed/Error
};

struct PassphraseRequest
{
    QString keyFile;        // as the user wrote it (~ abbreviated)
    bool previousWasWrong;  // the last answer for this key was wrong: ask, do not reuse a stored one
};

struct PasswordRequest
{
    QString user;
    QString host;
};

// UI seams (STYLE 12). Each is called on the SshSession's thread and must call its `answer`
// exactly once, now or later, on that same thread. Unset members answer "refuse"/"none".
struct SshPrompts
{
    std::function<void(const HostKeyCheck &, std::function<void(bool accept)> answer)> hostKey;
    std::function<void(const PassphraseRequest &, std::function<void(std::optional<QString>)> answer)>
        passphrase;
    std::function<void(const PasswordRequest &, std::function<void(std::optional<QString>)> answer)>
        password;
};

} // namespace drover::ssh
