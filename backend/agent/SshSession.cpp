#include "SshSession.h"

#include "SshWorker.h"

#include <QPointer>
#include <QThread>

#include <unistd.h>

namespace drover::agent {

SshSession::SshSession(QObject *parent) : QObject(parent)
{
    m_worker = std::make_unique<SshWorker>(
        [this](std::function<void()> f) {
            // From the worker thread: run f on this object's thread. Dropped if we are gone
            // (the destructor joins the worker first, so `this` is valid here).
            QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
        },
        [this](SshState s, QString reason) {
            if (s == m_state && s != SshState::Disconnected)
                return;
            m_state = s;
            Q_EMIT stateChanged(s, reason);
        });
    m_thread = QThread::create([w = m_worker.get()] { w->run(); });
    m_thread->setObjectName(QStringLiteral("ssh-worker"));
    m_thread->start();
}

SshSession::~SshSession()
{
    m_worker->requestStop();
    m_thread->wait();
    delete m_thread;
    m_worker.reset();
}

void SshSession::setPrompts(SshPrompts prompts) { m_prompts = std::move(prompts); }

template <typename T>
void SshSession::run(QObject *context, std::function<SshOutcome<T>(SshWorker &)> job,
                     std::function<void(const SshOutcome<T> &)> done)
{
    QPointer<QObject> guard(context);
    SshWorker *w = m_worker.get();
    m_worker->enqueue([this, w, job = std::move(job), done = std::move(done), guard] {
        SshOutcome<T> r = job(*w);
        QMetaObject::invokeMethod(
            this,
            [guard, done, r = std::move(r)] {
                if (guard && done)
                    done(r);
            },
            Qt::QueuedConnection);
    });
}

void SshSession::connectToHost(const SshTarget &target, QObject *context,
                               std::function<void(const SshOutcome<SshConnectionInfo> &)> done)
{
    run<SshConnectionInfo>(
        context, [target, prompts = m_prompts](SshWorker &w) { return w.connectTo(target, prompts); },
        std::move(done));
}

void SshSession::exec(const QString &command, QObject *context,
                      std::function<void(const SshOutcome<ExecResult> &)> done, qint64 maxOutput,
                      int timeoutMs)
{
    run<ExecResult>(
        context, [command, maxOutput, timeoutMs](SshWorker &w) { return w.exec(command, maxOutput, timeoutMs); },
        std::move(done));
}

void SshSession::openTunnel(const QString &host, quint16 port, QObject *context,
                            std::function<void(const SshOutcome<SshTunnel> &)> done)
{
    // If nobody takes the fd (context gone), close it rather than leak it.
    QPointer<QObject> guard(context);
    run<SshTunnel>(
        this, [host, port](SshWorker &w) { return w.openTunnel(host, port); },
        [guard, done = std::move(done)](const SshOutcome<SshTunnel> &r) {
            if (guard && done)
                done(r);
            else if (r.ok())
                ::close(r.value.fd);
        });
}

void SshSession::disconnectFromHost()
{
    m_worker->cancelPrompts(); // a connect waiting on a prompt gives up
    m_worker->enqueue([w = m_worker.get()] { w->disconnect(QStringLiteral("disconnected")); });
}

} // namespace drover::agent
