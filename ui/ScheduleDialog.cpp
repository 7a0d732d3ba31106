#include "ScheduleDialog.h"
#include "Appearance.h"

#include "ScheduleText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace drover::ui {

namespace {
QSpinBox *spin(QWidget *parent, int max, int value)
{
    auto *s = new QSpinBox(parent);
    s->setRange(0, max);
    s->setValue(value);
    return s;
}
} // namespace

ScheduleDialog::ScheduleDialog(ops::Schedules *schedules, const QStringList &namespaces, QWidget *parent)
    : QDialog(parent), m_schedules(schedules), m_ns(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_byNames(new QRadioButton(tr("By &name:"), this)), m_bySelector(new QRadioButton(tr("By &label selector:"), this)),
      m_vmNames(new QLineEdit(this)), m_selector(new QLineEdit(this)), m_cron(new QLineEdit(this)), m_zone(new QComboBox(this)),
      m_keepLast(spin(this, 250, 8)), m_keepDaily(spin(this, 250, 0)), m_keepWeekly(spin(this, 250, 0)), m_maxFailures(spin(this, 100, 4)),
      m_freeze(new QCheckBox(tr("Freeze the guest's file systems (through the guest agent, when one runs)"), this)),
      m_firings(new QLabel(this)), m_error(new QLabel(this)), m_save(nullptr)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("New Snapshot Schedule"));
    m_ns->setEditable(true);
    m_ns->addItems(namespaces);
    m_name->setPlaceholderText(tr("e.g. web-nightly"));
    m_vmNames->setPlaceholderText(tr("web-01, web-02"));
    m_selector->setPlaceholderText(tr("app=shop, tier in (web,api)"));
    m_cron->setPlaceholderText(tr("minute hour day-of-month month day-of-week, e.g. 30 2 * * * or @daily"));
    m_cron->setText(QStringLiteral("0 2 * * *"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    setZone(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_freeze->setChecked(true);
    m_byNames->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_byNames);
    group->addButton(m_bySelector);
    m_firings->setObjectName(QStringLiteral("scheduleFirings"));
    m_firings->setWordWrap(true);
    m_firings->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("scheduleError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(toneStyle(Tone::Error, palette()));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Namespace:"), m_ns);
    form->addRow(tr("Name:"), m_name);
    form->addRow(m_byNames, m_vmNames);
    form->addRow(m_bySelector, m_selector);
    auto *when = new QHBoxLayout;
    when->addWidget(m_cron, 2);
    when->addWidget(new QLabel(tr("in"), this));
    when->addWidget(m_zone, 1);
    form->addRow(tr("Schedule (cron):"), when);
    form->addRow(QString(), m_firings);
    auto *keep = new QHBoxLayout;
    for (auto [label, box] : {std::pair{tr("last"), m_keepLast}, {tr("daily"), m_keepDaily}, {tr("weekly"), m_keepWeekly}}) {
        keep->addWidget(new QLabel(label, this));
        keep->addWidget(box);
    }
    keep->addStretch(1);
    form->addRow(tr("Keep:"), keep);
    m_maxFailures->setToolTip(tr("That many failed snapshots in a row suspend the schedule; 0 never suspends."));
    auto *failures = new QHBoxLayout;
    failures->addWidget(m_maxFailures);
    failures->addWidget(new QLabel(tr("in a row (0: never)"), this));
    failures->addStretch(1);
    form->addRow(tr("Suspend after:"), failures);
    form->addRow(QString(), m_freeze);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addWidget(m_error);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ScheduleDialog::save);
    connect(m_cron, &QLineEdit::textChanged, this, &ScheduleDialog::updateFirings);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleDialog::updateFirings);
    auto enable = [this] {
        m_vmNames->setEnabled(m_byNames->isChecked());
        m_selector->setEnabled(m_bySelector->isChecked());
    };
    connect(m_byNames, &QRadioButton::toggled, this, enable);
    enable();
    connect(schedules, &ops::Schedules::finished, this, &ScheduleDialog::onFinished);
    updateFirings();
    resize(720, sizeHint().height());
}

void ScheduleDialog::setSchedule(const core::SnapshotScheduleObject &s, bool editing)
{
    m_editing = editing;
    setWindowTitle(editing ? tr("Edit Snapshot Schedule %1").arg(s.meta.key()) : tr("New Snapshot Schedule"));
    m_ns->setCurrentText(s.meta.ns);
    m_name->setText(s.meta.name);
    m_ns->setEnabled(!editing);
    m_name->setReadOnly(editing);
    m_vmNames->setText(s.vmNames.join(QStringLiteral(", ")));
    m_selector->setText(s.selector ? models::ScheduleText::selectorSyntax(*s.selector) : QString());
    (s.selector && s.vmNames.isEmpty() ? m_bySelector : m_byNames)->setChecked(true);
    m_cron->setText(s.schedule);
    setZone(s.timeZone);
    m_keepLast->setValue(s.keepLast);
    m_keepDaily->setValue(s.keepDaily);
    m_keepWeekly->setValue(s.keepWeekly);
    m_maxFailures->setValue(s.maxFailures);
    m_freeze->setChecked(s.freeze);
}

Result<core::SnapshotScheduleObject> ScheduleDialog::schedule() const
{
    core::SnapshotScheduleObject s;
    s.meta.ns = m_ns->currentText().trimmed();
    s.meta.name = m_name->text().trimmed();
    if (m_byNames->isChecked()) {
        for (const QString &n : m_vmNames->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            s.vmNames << n;
    } else {
        const Result<core::LabelSelector> selector = models::ScheduleText::parseSelector(m_selector->text());
        if (!selector)
            return selector.error();
        s.selector = *selector;
    }
    s.schedule = m_cron->text().trimmed();
    s.timeZone = m_zone->currentText();
    s.keepLast = m_keepLast->value();
    s.keepDaily = m_keepDaily->value();
    s.keepWeekly = m_keepWeekly->value();
    s.maxFailures = m_maxFailures->value();
    s.freeze = m_freeze->isChecked();
    return s;
}

// A zone not in the list (the system's own alias, such as Etc/UTC, or one this machine does not
// know, which validate() then refuses) is added as it is rather than silently replaced.
void ScheduleDialog::setZone(const QString &zone)
{
    if (m_zone->findText(zone) < 0)
        m_zone->addItem(zone);
    m_zone->setCurrentText(zone);
}

void ScheduleDialog::updateFirings()
{
    const QTimeZone zone(m_zone->currentText().toUtf8());
    const Result<QList<QDateTime>> next =
        ops::Schedules::nextFirings(m_cron->text().trimmed(), m_zone->currentText(), QDateTime::currentDateTimeUtc(), 3);
    if (!next || next->isEmpty()) {
        m_firings->setText(next ? tr("It never fires.") : tr("Cannot read this schedule: %1").arg(next.error().message));
        m_firings->setStyleSheet(toneStyle(Tone::Error, palette()));
        return;
    }
    QStringList when;
    for (const QDateTime &t : *next)
        when << t.toTimeZone(zone).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm t"));
    m_firings->setText(tr("Next: %1").arg(when.join(QStringLiteral(",  "))));
    m_firings->setStyleSheet(QString());
}

void ScheduleDialog::save()
{
    const Result<core::SnapshotScheduleObject> s = schedule();
    if (!s)
        return showError(s.error().message);
    if (const QString error = ops::Schedules::validate(*s); !error.isEmpty())
        return showError(error);
    m_error->hide();
    m_waiting = true;
    m_submitted = s->meta.key();
    m_save->setEnabled(false);
    m_schedules->submit(ops::ScheduleRequest{m_editing ? ops::ScheduleRequest::Replace : ops::ScheduleRequest::Create, *s});
}

void ScheduleDialog::onFinished(const ops::ScheduleResult &result)
{
    const bool mine = result.request.kind == (m_editing ? ops::ScheduleRequest::Replace : ops::ScheduleRequest::Create) &&
                      result.request.key() == m_submitted;
    if (!m_waiting || !mine)
        return;
    m_waiting = false;
    m_save->setEnabled(true);
    if (result.ok())
        accept();
    else
        showError(result.message); // the input stays as typed
}

void ScheduleDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace drover::ui
