#pragma once
// The status bar's connection read-out: a coloured dot and "Connected to https://… · synced",
// "Connecting…" or "Reconnecting: <the error in plain words>"; and, separately and loudly,
// a warning when the kubeconfig turned TLS certificate checks off.
#include "ClusterConnection.h"

#include <QWidget>

class QLabel;

namespace drover::ui {

class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setState(ops::ClusterConnection::State state, const QString &server, const QString &context,
                  const QString &detail);
    QString text() const;

private:
    QLabel *m_dot;
    QLabel *m_text;
};

// The loud one: red, bold, always visible while an insecure context is open.
class InsecureWarning : public QWidget
{
    Q_OBJECT
public:
    explicit InsecureWarning(QWidget *parent = nullptr);
};

} // namespace drover::ui
