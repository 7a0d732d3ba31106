#include "SecretScan.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <csignal>

namespace drover::test {

namespace {

QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages << msg;
    }
    if (g_previous)
        g_previous(type, context, msg);
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    // Overlapping chunks: a secret across a chunk boundary is still seen.
    QByteArray tail;
    while (!f.atEnd()) {
        const QByteArray chunk = tail + f.read(1 << 20);
        if (chunk.contains(needle))
            return true;
        tail = chunk.right(needle.size());
    }
    return false;
}

QStringList filesIn(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

} // namespace

void SecretScan::addSecret(const QString &label, const QByteArray &secret)
{
    if (!secret.isEmpty())
        m_secrets.append({label, secret});
}

void SecretScan::addPem(const QString &label, const QByteArray &pem)
{
    for (const QByteArray &line : pem.split('\n'))
        if (line.size() >= 32 && !line.startsWith("-----"))
            addSecret(label, line.trimmed());
    addSecret(label + QStringLiteral(" (base64)"), pem.toBase64().left(64));
}

void SecretScan::addKeyFile(const QString &label, const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        addPem(label, f.readAll());
}

QByteArray SecretScan::secret(const QString &label) const
{
    for (const auto &s : m_secrets)
        if (s.first == label)
            return s.second;
    return {};
}

QByteArray SecretScan::tokenOf(const QString &kubeconfig)
{
    QFile f(kubeconfig);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.trimmed().startsWith("token:"))
            return line.trimmed().mid(6).trimmed();
    return {};
}

drover::Result<QPair<QByteArray, QByteArray>> SecretScan::makeClientCertificate(const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                        QStringLiteral("-keyout"), QStringLiteral("client.key"), QStringLiteral("-out"),
                                        QStringLiteral("client.crt"), QStringLiteral("-subj"), QStringLiteral("/CN=alice"),
                                        QStringLiteral("-days"), QStringLiteral("1")});
    using Pem = drover::Result<QPair<QByteArray, QByteArray>>;
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return Pem::failure(drover::Error::Kind::Io, QStringLiteral("openssl req failed: ") + QString::fromUtf8(p.readAll()));
    QFile crt(dir + QStringLiteral("/client.crt")), key(dir + QStringLiteral("/client.key"));
    if (!crt.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return Pem::failure(drover::Error::Kind::Io, QStringLiteral("openssl wrote no certificate or key"));
    return qMakePair(crt.readAll(), key.readAll());
}

void SecretScan::captureMessages()
{
    g_previous = qInstallMessageHandler(keepMessage);
}

QStringList SecretScan::messages()
{
    QMutexLocker lock(&g_mutex);
    return g_messages;
}

void SecretScan::collectTexts()
{
    for (QWidget *w : QApplication::allWidgets()) {
        m_texts << w->windowTitle() << w->toolTip() << w->statusTip();
        if (auto *l = qobject_cast<QLabel *>(w))
            m_texts << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            m_texts << b->text();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            m_texts << e->text();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            m_texts << p->toPlainText();
        else if (auto *t = qobject_cast<QTextEdit *>(w))
            m_texts << t->toPlainText();
    }
    m_texts.removeAll(QString());
}

QStringList SecretScan::findAll(const QStringList &dirs) const
{
    QStringList found;
    QStringList files;
    for (const QString &d : dirs)
        files << filesIn(d);
    const QStringList logged = messages();
    for (const auto &[label, secret] : m_secrets) {
        for (const QString &f : std::as_const(files))
            if (fileContains(f, secret))
                found << QStringLiteral("%1: in %2").arg(label, f);
        const QString s = QString::fromUtf8(secret);
        for (const QString &m : logged)
            if (m.contains(s))
                found << QStringLiteral("%1: in a message: %2").arg(label, m);
        for (const QString &t : m_texts)
            if (t.contains(s))
                found << QStringLiteral("%1: on screen: %2").arg(label, t);
    }
    return found;
}

int SecretScan::filesUnder(const QString &dir)
{
    return int(filesIn(dir).size());
}

bool SecretScan::canaryFound(const QString &dir) const
{
    const QByteArray canary = "canary-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QByteArray data(3 << 20, '\0');
    data.replace((1 << 20) - 5, canary.size(), canary); // across the first chunk boundary
    const QString path = dir + QStringLiteral("/.cache/canary/blob.bin");
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    const bool written = f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    f.close();
    bool seen = false;
    for (const QString &file : filesIn(dir))
        seen = seen || fileContains(file, canary);
    QDir(QFileInfo(path).path()).removeRecursively();
    return written && seen;
}

int SecretScan::crashLeavesCore(const QString &droverBin, const QString &kubeconfig, bool allowCores, QString *why)
{
    QFile patternFile(QStringLiteral("/proc/sys/kernel/core_pattern"));
    const QByteArray pattern = patternFile.open(QIODevice::ReadOnly) ? patternFile.readAll().trimmed() : QByteArray();
    if (pattern.startsWith('|') || pattern.contains('/')) {
        *why = QStringLiteral("core_pattern is \"%1\": cores do not land in the working directory").arg(QString::fromUtf8(pattern));
        return -1;
    }
    QTemporaryDir cwd;
    QProcess p;
    p.setWorkingDirectory(cwd.path());
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DROVER_CORE_DUMPS"));
    if (allowCores)
        env.insert(QStringLiteral("DROVER_CORE_DUMPS"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("ulimit -c unlimited && exec \"$0\" --kubeconfig \"$1\""),
                                        droverBin, kubeconfig});
    if (!p.waitForStarted(10000)) {
        *why = QStringLiteral("drover did not start");
        return 0;
    }
    // Past main()'s first lines: the informers' network threads run (Threads: ≥ 3).
    const QString status = QStringLiteral("/proc/%1/status").arg(p.processId());
    const bool up = QTest::qWaitFor([&] {
        QFile f(status);
        QFile comm(QStringLiteral("/proc/%1/comm").arg(p.processId())); // readable also when not dumpable
        if (!f.open(QIODevice::ReadOnly) || !comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "drover")
            return false;
        const QByteArray s = f.readAll();
        const qsizetype at = s.indexOf("Threads:");
        return at >= 0 && s.mid(at + 8, 12).trimmed().split('\n').value(0).toInt() >= 3;
    }, 30000);
    if (!up)
        *why = QStringLiteral("drover did not come up within 30 s");
    ::kill(pid_t(p.processId()), SIGSEGV);
    p.waitForFinished(60000);
    const QStringList cores = QDir(cwd.path()).entryList({QStringLiteral("core*")}, QDir::Files);
    return cores.isEmpty() ? 0 : 1;
}

} // namespace drover::test
