#pragma once
// Shared by the libFuzzer targets (one parser of outside input each, see CMakeLists.txt): the
// input as Qt types, a quiet Qt (warnings about malformed input would flood the fuzzer's output
// and slow it down), one QCoreApplication for targets with an event loop, and a private scratch
// directory for parsers that read files.
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace drover::fuzz {

// A copy, so that ASan sees a read past the end of the input as such.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void quietQt()
{
    static const bool once = [] {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
            if (type == QtFatalMsg) { // a qFatal is a finding: say it, then abort as Qt would
                fprintf(stderr, "qFatal: %s\n", qPrintable(msg));
                abort();
            }
        });
        return true;
    }();
    (void)once;
}

// Created on first use and never destroyed (libFuzzer ends the process with exit()).
inline QCoreApplication *app()
{
    static int argc = 1;
    static char name[] = "drover-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *a = [] {
        quietQt();
        return new QCoreApplication(argc, argv);
    }();
    return a;
}

// After an input of a target with an event loop: delete what its objects left to deleteLater()
// (at loop level 0 Qt would keep those events queued for ever).
inline void dropDeferredDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

inline const QString &scratchDir()
{
    static QTemporaryDir dir; // removed at exit
    static const QString path = dir.path();
    return path;
}

inline QString writeScratch(const QString &name, const QByteArray &content)
{
    const QString path = scratchDir() + u'/' + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

} // namespace drover::fuzz
