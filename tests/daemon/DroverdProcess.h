#pragma once
// A droverd process for tests (tests/daemon): started with short election timings (client-go's
// 15/10/2 s scaled to 4/3/0.5 s), its /metrics and probes read over HTTP, its log kept whole.
#include "Kubectl.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

#include <memory>

namespace drover::test {

inline constexpr double kLease = 4.0; // seconds; renew deadline 3, retry 0.5 (client-go's 15/10/2 scaled)

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

struct Http
{
    int status = 0;
    QString body;
};

inline Http get(quint16 port, const QString &path)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    req.setTransferTimeout(2000);
    QNetworkReply *r = nam.get(req);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Http h{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QString::fromUtf8(r->readAll())};
    r->deleteLater();
    return h;
}

struct Replica
{
    explicit Replica(QString identity) : id(std::move(identity)) {}
    QString id;
    quint16 port = 0;
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();

    void start(const QStringList &extra, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        port = freePort();
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral(DROVERD_BIN),
                       (id.isEmpty() ? QStringList() : QStringList{QStringLiteral("--id"), id}) +
                       QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                   QStringLiteral("--lease-duration"), QString::number(kLease), QStringLiteral("--renew-deadline"),
                                   QStringLiteral("3"), QStringLiteral("--retry-period"), QStringLiteral("0.5")} + extra);
    }
    // -1: not answering; else the droverd_leader gauge.
    int leader() const
    {
        const Http h = get(port, QStringLiteral("/metrics"));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^droverd_leader\\{[^}]*\\} (\\d)$"),
                                                             QRegularExpression::MultilineOption).match(h.body);
        return h.status == 200 && m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    QString logged;
    QString log() { return logged += QString::fromUtf8(process->readAll()); } // all it wrote so far
};


// `droverd plan …` against a kubeconfig: its exit code, its output in out.
inline int droverdPlan(const QString &kubeconfig, const QStringList &args, QString *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(DROVERD_BIN), QStringList{QStringLiteral("plan"), QStringLiteral("--kubeconfig"), kubeconfig} + args);
    if (!p.waitForFinished(60000))
        return -1;
    *out = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace drover::test
