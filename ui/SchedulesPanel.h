#pragma once
// The Schedules panel: every SnapshotSchedule droverd carries out — name, cron and zone, which
// VMs, next run, last taken, snapshots kept, failures in a row and state, from the objects and
// droverd's status, kept live from the connection's cache. Below, the selected schedule's plan as
// droverd would act on it now (reconcile::describe), and New, Edit, Suspend, Resume and Delete.
// When the CRD is absent or the user may not read it, it says so in place of the table.
// Renders and asks: every change goes through ops::Schedules (ScheduleDialog for New and Edit).
#include "ScheduleDialog.h"
#include "Schedules.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace drover::ui {


class SchedulesPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { Name, When, Vms, Next, LastTaken, Kept, Failures, State, ColumnCount };

    // Both must outlive the panel.
    SchedulesPanel(ops::ClusterConnection *connection, ops::Schedules *schedules, QWidget *parent = nullptr);

    // The New dialog, prefilled for vmKey ("ns/name") when given; the Edit dialog for a schedule.
    ScheduleDialog *openNew(const QString &vmKey = {});
    ScheduleDialog *openEdit(const QString &key);
    // Asks (the snapshots it took stay), then deletes.
    void confirmDelete(const QString &key);
    void select(const QString &key);
    QString selectedKey() const;

    // For tests and screenshots.
    QTableView *table() const { return m_table; }
    QLabel *detail() const { return m_detail; }
    QLabel *notice() const { return m_notice; }
    QLabel *outcome() const { return m_outcome; }
    QPushButton *button(const QString &objectName) const;
    ScheduleDialog *dialog() const { return m_dialog.data(); }

private:
    void rebind();
    void reload();
    void onChanged(const QList<kube::CacheEvent> &events);
    void putRow(const QString &key, const QJsonObject &obj);
    int rowOf(const QString &key) const;
    void updateNotice();
    void showSelected();
    void onFinished(const ops::ScheduleResult &result);
    void submit(ops::ScheduleRequest::Kind kind);
    ScheduleDialog *openDialog(ScheduleDialog *d);

    ops::ClusterConnection *m_connection;
    ops::Schedules *m_schedules;
    QPointer<kube::ObjectCache> m_cache;
    QMetaObject::Connection m_cacheConnection;
    QStandardItemModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_notice;
    QLabel *m_detail;
    QLabel *m_outcome;
    QList<QPushButton *> m_buttons;
    QTimer *m_refresh; // the plan's words, once per event-loop turn and every 30 s (time passes)
    QPointer<ScheduleDialog> m_dialog;
};

} // namespace drover::ui
