#pragma once
// Looks for secrets where Drover could leave them: files under a directory (binary-safe, every
// file, any size), the messages the process logged (qDebug/qWarning/... captured from the start)
// and the texts its windows showed (collected while they were open). A secret is kept as bytes;
// a key file or PEM adds each of its base64 lines, so a copy of any part of the key is found.
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace drover::test {

class SecretScan
{
public:
    void addSecret(const QString &label, const QByteArray &secret);
    void addSecret(const QString &label, const char *secret) { addSecret(label, QByteArray(secret)); }
    // A PEM (or OpenSSH) private key: every base64 line of its body, and its base64 as a
    // kubeconfig's client-key-data holds it.
    void addPem(const QString &label, const QByteArray &pem);
    void addKeyFile(const QString &label, const QString &path);
    QByteArray secret(const QString &label) const;
    qsizetype secretCount() const { return m_secrets.size(); }

    // The `token:` of a kubeconfig file.
    static QByteArray tokenOf(const QString &kubeconfig);
    // openssl: a self-signed EC certificate and its key (PEM) in dir; nullopt and why on failure.
    static drover::Result<QPair<QByteArray, QByteArray>> makeClientCertificate(const QString &dir);

    // Installs a message handler keeping every message (and passing it on to QTest's).
    static void captureMessages();
    static QStringList messages();
    // Every text the application's widgets show now: titles, labels, buttons, line and text
    // edits, tooltips, status tips.
    void collectTexts();
    qsizetype textCount() const { return m_texts.size(); }

    // "label: in FILE" / "label: in a message: …" / "label: on screen: …" for every place a
    // secret was found (files under each dir, messages, collected texts).
    QStringList findAll(const QStringList &dirs) const;
    static int filesUnder(const QString &dir);
    // Plants a canary inside binary data in dir and proves the file search finds it.
    bool canaryFound(const QString &dir) const;

    // Runs the real drover executable (cwd: a fresh folder, core size unlimited), lets it start
    // and kills it with SIGSEGV: 1 when a core file appeared in the folder, 0 when none did,
    // -1 when this machine's core_pattern sends cores elsewhere (why says so).
    static int crashLeavesCore(const QString &droverBin, const QString &kubeconfig, bool allowCores, QString *why);

private:
    QList<QPair<QString, QByteArray>> m_secrets;
    QStringList m_texts;
};

} // namespace drover::test
