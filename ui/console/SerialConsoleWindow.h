#pragma once
// A VM's serial console (KubeVirt's console websocket) in its own window: the guest's output in
// a VtermWidget (a terminal on libvterm), typed keys sent back, the connection state in the
// status bar, Reconnect.
#include "KubeVirtStream.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace drover::ui {

class VtermWidget;

class SerialConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    SerialConsoleWindow(const console::KubeVirtEndpoint &endpoint, const QString &ns, const QString &vmi,
                        QWidget *parent = nullptr);
    void connectNow();
    VtermWidget *terminal() const { return m_term; }
    QString statusText() const;
    QString vmKey() const { return m_ns + QLatin1Char('/') + m_vmi; }

private:
    console::KubeVirtEndpoint m_endpoint;
    QString m_ns, m_vmi;
    QPointer<console::KubeVirtStream> m_stream;
    VtermWidget *m_term;
    QLabel *m_status;
};

} // namespace drover::ui
