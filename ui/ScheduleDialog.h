#pragma once
// New / Edit Snapshot Schedule: namespace and name, the VMs by name or by a label selector
// (kubectl's syntax: app=shop, tier in (web,api), backup, !temp), the cron read in a time zone
// (IANA ids; the local zone by default) with its next three firings shown as the user types, so a
// typo shows before saving; keep-last/daily/weekly and max failures. Save hands the request to
// ops::Schedules and stays open until the server has answered: a refusal (a webhook, validation,
// 403) is shown in words and the user's input is kept.
#include "Schedules.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace drover::ui {

class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    // namespaces: offered in the namespace box. schedules must outlive the dialog.
    ScheduleDialog(ops::Schedules *schedules, const QStringList &namespaces, QWidget *parent = nullptr);

    // Fill the fields from s. editing: Save replaces the spec; namespace and name are fixed.
    void setSchedule(const core::SnapshotScheduleObject &s, bool editing);
    // What the fields say, or why they are not a schedule (the selector cannot be read).
    Result<core::SnapshotScheduleObject> schedule() const;
    bool editing() const { return m_editing; }

    // For tests and screenshots.
    QComboBox *namespaceBox() const { return m_ns; }
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *byNames() const { return m_byNames; }
    QRadioButton *bySelector() const { return m_bySelector; }
    QLineEdit *vmNamesEdit() const { return m_vmNames; }
    QLineEdit *selectorEdit() const { return m_selector; }
    QLineEdit *cronEdit() const { return m_cron; }
    QComboBox *zoneBox() const { return m_zone; }
    QSpinBox *keepLast() const { return m_keepLast; }
    QLabel *firingsLabel() const { return m_firings; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const { return m_save; }

private:
    void setZone(const QString &zone);
    void updateFirings();
    void save();
    void onFinished(const ops::ScheduleResult &result);
    void showError(const QString &message);

    ops::Schedules *m_schedules;
    bool m_editing = false;
    bool m_waiting = false;
    QString m_submitted; // the key of the schedule being saved
    QComboBox *m_ns;
    QLineEdit *m_name;
    QRadioButton *m_byNames;
    QRadioButton *m_bySelector;
    QLineEdit *m_vmNames;
    QLineEdit *m_selector;
    QLineEdit *m_cron;
    QComboBox *m_zone;
    QSpinBox *m_keepLast;
    QSpinBox *m_keepDaily;
    QSpinBox *m_keepWeekly;
    QSpinBox *m_maxFailures;
    QCheckBox *m_freeze;
    QLabel *m_firings;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace drover::ui
