// The Schedules panel of the real MainWindow against drover-sim: schedules made through
// ops::Schedules and the API (one with the status droverd would write, one droverd found invalid)
// are listed with their cron, zone, VMs, next run, last taken, kept, failures and state; the
// selected one's plan is shown in the planner's words; Suspend and Resume change the object; the
// New dialog refuses a bad cron with a message before saving, shows the server's refusal (a name
// taken) in words and keeps the input, then saves; Delete asks (the snapshots stay) and deletes;
// VM ▸ Snapshot Schedule… opens the dialog for that VM. Screenshots: schedules-*.png in the build
// tree and /tmp.
#include "MainWindow.h"
#include "ScheduleDialog.h"
#include "SchedulesPanel.h"
#include "SimProcess.h"
#include "VmTableModel.h"
#include "WindowParts.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace drover;
using ui::SchedulesPanel;

class TestSchedulesGui : public QObject
{
    Q_OBJECT
    test::SimProcess m_sim;
    std::unique_ptr<ui::MainWindow> m_win;

    SchedulesPanel *panel() const { return parts::schedulesPanel(*m_win); }
    QString cell(const QString &key, int col) const
    {
        auto *m = panel()->table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, SchedulesPanel::Name).data(Qt::UserRole).toString() == key)
                return m->index(r, col).data().toString();
        return QStringLiteral("<absent>");
    }
    QJsonObject object(const QString &key) const { return m_win->connection()->snapshotSchedules()->get(key); }
    static void shot(QWidget *w, const QString &name)
    {
        QVERIFY(w->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/") + name + QStringLiteral(".png")));
        QVERIFY(w->grab().save(QStringLiteral("/tmp/") + name + QStringLiteral(".png")));
    }
    // A call through the API as droverd or kubectl would make it; true when the server took it.
    bool call(const QByteArray &verb, const QString &path, const QJsonObject &body)
    {
        int ok = -1;
        QObject ctx;
        m_win->connection()->client()->request(verb, path, {}, QJsonDocument(body).toJson(), &ctx,
                                               [&ok](const kube::Response &r) { ok = r.ok() ? 1 : 0; },
                                               verb == "PATCH" ? QByteArrayLiteral("application/merge-patch+json") : QByteArrayLiteral("application/json"));
        return QTest::qWaitFor([&ok] { return ok >= 0; }, 10000) && ok == 1;
    }
    bool submit(ops::ScheduleRequest::Kind kind, const core::SnapshotScheduleObject &s)
    {
        bool done = false, ok = false;
        QObject ctx;
        connect(parts::schedules(*m_win), &ops::Schedules::finished, &ctx, [&](const ops::ScheduleResult &r) {
            done = true;
            ok = r.ok();
        });
        parts::schedules(*m_win)->submit({kind, s});
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }
    static core::SnapshotScheduleObject schedule(const QString &name, const QStringList &vms)
    {
        core::SnapshotScheduleObject s;
        s.meta.ns = QStringLiteral("prod");
        s.meta.name = name;
        s.schedule = QStringLiteral("30 2 * * *");
        s.timeZone = QStringLiteral("Europe/Berlin");
        s.vmNames = vms;
        s.keepLast = 7;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("0.2")}), qPrintable(m_sim.error()));
        m_win = std::make_unique<ui::MainWindow>();
        m_win->resize(1440, 900);
        m_win->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_win.get()));
        QVERIFY(m_win->openKubeconfig({m_sim.kubeconfig()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(parts::vmModel(*m_win)->rowCount(), 40, 20000);
        parts::schedulesDock(*m_win)->show();
        parts::schedulesDock(*m_win)->raise();
        m_win->resizeDocks({parts::schedulesDock(*m_win)}, {330}, Qt::Vertical);
    }
    void cleanupTestCase()
    {
        m_win.reset();
        m_sim.stop();
    }

    void emptyThenListed()
    {
        QTRY_VERIFY(panel()->notice()->isVisible());
        QVERIFY2(panel()->notice()->text().contains(QStringLiteral("No snapshot schedules")), qPrintable(panel()->notice()->text()));
        QVERIFY(submit(ops::ScheduleRequest::Create, schedule(QStringLiteral("web-nightly"), {QStringLiteral("shop-web-01"), QStringLiteral("shop-web-02")})));
        // One as droverd leaves it after a week: status with next, last, kept, a failure.
        core::SnapshotScheduleObject db = schedule(QStringLiteral("db-hourly"), {});
        db.selector = core::LabelSelector{{{QStringLiteral("app"), QStringLiteral("postgres")}}, {}};
        db.schedule = QStringLiteral("@hourly");
        db.timeZone = QStringLiteral("UTC");
        QVERIFY(submit(ops::ScheduleRequest::Create, db));
        const QString statusPath = kube::ApiResource::snapshotSchedules().objectPath(QStringLiteral("prod"), QStringLiteral("db-hourly"), QStringLiteral("status"));
        QVERIFY(call("PATCH", statusPath, QJsonObject{{QStringLiteral("status"), QJsonObject{
            {QStringLiteral("nextDue"), QStringLiteral("2026-12-02T21:00:00Z")}, {QStringLiteral("lastTaken"), QStringLiteral("2026-12-02T20:00:00Z")},
            {QStringLiteral("consecutiveFailures"), 1}, {QStringLiteral("suspended"), false},
            {QStringLiteral("snapshots"), QJsonArray{QStringLiteral("pg-01-db-hourly-202612022000"), QStringLiteral("pg-01-db-hourly-202612021900")}},
            {QStringLiteral("conditions"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")}, {QStringLiteral("status"), QStringLiteral("True")},
                                                                  {QStringLiteral("reason"), QStringLiteral("Scheduled")}, {QStringLiteral("message"), QStringLiteral("next")},
                                                                  {QStringLiteral("lastTransitionTime"), QStringLiteral("2026-12-02T20:00:00Z")}}}}}}}));
        // And one droverd could not read (made with kubectl, past the console's checks).
        QVERIFY(call("POST", kube::ApiResource::snapshotSchedules().collectionPath(QStringLiteral("prod")), QJsonObject{
            {QStringLiteral("apiVersion"), QStringLiteral("drover.io/v1alpha1")}, {QStringLiteral("kind"), QStringLiteral("SnapshotSchedule")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("typo")}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("schedule"), QStringLiteral("0 25 * * *")}, {QStringLiteral("vmNames"), QJsonArray{QStringLiteral("shop-db-01")}}}},
            {QStringLiteral("status"), QJsonObject{}}}));
        QVERIFY(call("PATCH", kube::ApiResource::snapshotSchedules().objectPath(QStringLiteral("prod"), QStringLiteral("typo"), QStringLiteral("status")),
                     QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("conditions"), QJsonArray{QJsonObject{
                         {QStringLiteral("type"), QStringLiteral("Ready")}, {QStringLiteral("status"), QStringLiteral("False")},
                         {QStringLiteral("reason"), QStringLiteral("InvalidSchedule")}, {QStringLiteral("message"), QStringLiteral("the hour field: 25 is out of range 0-23")},
                         {QStringLiteral("lastTransitionTime"), QStringLiteral("2026-12-02T20:00:00Z")}}}}}}}));

        QTRY_COMPARE(panel()->table()->model()->rowCount(), 3);
        QVERIFY(panel()->table()->isVisible());
        QCOMPARE(cell(QStringLiteral("prod/web-nightly"), SchedulesPanel::When), QStringLiteral("30 2 * * * (Europe/Berlin)"));
        QCOMPARE(cell(QStringLiteral("prod/web-nightly"), SchedulesPanel::Vms), QStringLiteral("shop-web-01, shop-web-02"));
        QCOMPARE(cell(QStringLiteral("prod/web-nightly"), SchedulesPanel::State), QStringLiteral("Not seen by droverd yet"));
        QTRY_COMPARE(cell(QStringLiteral("prod/db-hourly"), SchedulesPanel::Kept), QStringLiteral("2"));
        QCOMPARE(cell(QStringLiteral("prod/db-hourly"), SchedulesPanel::Vms), QStringLiteral("VMs labelled app=postgres"));
        QCOMPARE(cell(QStringLiteral("prod/db-hourly"), SchedulesPanel::Failures), QStringLiteral("1"));
        QCOMPARE(cell(QStringLiteral("prod/db-hourly"), SchedulesPanel::State), QStringLiteral("Active"));
        const QDateTime next = QDateTime::fromString(QStringLiteral("2026-12-02T21:00:00Z"), Qt::ISODate).toLocalTime();
        QCOMPARE(cell(QStringLiteral("prod/db-hourly"), SchedulesPanel::Next), next.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QVERIFY(cell(QStringLiteral("prod/db-hourly"), SchedulesPanel::LastTaken).startsWith(QStringLiteral("2026-12-02")));
        QTRY_COMPARE(cell(QStringLiteral("prod/typo"), SchedulesPanel::State), QStringLiteral("Invalid: the hour field: 25 is out of range 0-23"));
    }

    void selectedShowsThePlan()
    {
        panel()->select(QStringLiteral("prod/web-nightly"));
        QCOMPARE(panel()->selectedKey(), QStringLiteral("prod/web-nightly"));
        const QString text = panel()->detail()->text();
        QVERIFY2(text.contains(QStringLiteral("What droverd would do now")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("shop-web-01")) && text.contains(QStringLiteral("shop-web-02")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Keeps the last 7")), qPrintable(text));
        shot(m_win.get(), QStringLiteral("schedules-window"));
        shot(panel(), QStringLiteral("schedules-view"));
    }

    void suspendThenResume()
    {
        const QString key = QStringLiteral("prod/web-nightly");
        panel()->select(key);
        QPushButton *suspend = panel()->button(QStringLiteral("scheduleSuspend"));
        QPushButton *resume = panel()->button(QStringLiteral("scheduleResume"));
        QVERIFY(suspend->isEnabled());
        QVERIFY(!resume->isEnabled());
        QTest::mouseClick(suspend, Qt::LeftButton);
        QTRY_VERIFY(object(key).value(QLatin1String("spec")).toObject().value(QLatin1String("suspend")).toBool());
        QTRY_COMPARE(cell(key, SchedulesPanel::State), QStringLiteral("Suspended: by an admin"));
        QTRY_VERIFY(resume->isEnabled());
        QVERIFY(!suspend->isEnabled());
        QVERIFY2(panel()->outcome()->text().startsWith(QStringLiteral("Suspended prod/web-nightly")), qPrintable(panel()->outcome()->text()));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY(!object(key).value(QLatin1String("spec")).toObject().value(QLatin1String("suspend")).toBool(true));
        const QDateTime resumedAt = core::timeFromJson(object(key).value(QLatin1String("status")).toObject().value(QLatin1String("resumedAt")));
        QVERIFY2(resumedAt >= before && resumedAt <= QDateTime::currentDateTimeUtc(), qPrintable(resumedAt.toString(Qt::ISODate)));
        QTRY_COMPARE(cell(key, SchedulesPanel::State), QStringLiteral("Active"));
    }

    // Suspended by droverd after failures in a row (spec.suspend untouched): Resume writes
    // status.resumedAt so the planner forgets them.
    void resumeAfterFailures()
    {
        const QString key = QStringLiteral("prod/db-hourly");
        QVERIFY(call("PATCH", kube::ApiResource::snapshotSchedules().objectPath(QStringLiteral("prod"), QStringLiteral("db-hourly"), QStringLiteral("status")),
                     QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("suspended"), true}, {QStringLiteral("consecutiveFailures"), 4},
                                                                         {QStringLiteral("suspendReason"), QStringLiteral("4 snapshots failed in a row")}}}}));
        QTRY_COMPARE(cell(key, SchedulesPanel::State), QStringLiteral("Suspended: 4 snapshots failed in a row"));
        QCOMPARE(cell(key, SchedulesPanel::Failures), QStringLiteral("4"));
        QCOMPARE(cell(key, SchedulesPanel::Next), QStringLiteral("— (suspended)"));
        panel()->select(key);
        QPushButton *resume = panel()->button(QStringLiteral("scheduleResume"));
        QVERIFY(resume->isEnabled());
        shot(panel(), QStringLiteral("schedules-view-suspended"));
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE(cell(key, SchedulesPanel::State), QStringLiteral("Active"));
        const QJsonObject status = object(key).value(QLatin1String("status")).toObject();
        QVERIFY(core::timeFromJson(status.value(QLatin1String("resumedAt"))).isValid());
        QCOMPARE(status.value(QLatin1String("consecutiveFailures")).toInt(-1), 0);
        QVERIFY(!object(key).value(QLatin1String("spec")).toObject().value(QLatin1String("suspend")).toBool(true));
    }

    void newDialogRefusesBadCronAndKeepsInput()
    {
        QTest::mouseClick(panel()->button(QStringLiteral("scheduleNew")), Qt::LeftButton);
        QPointer<ui::ScheduleDialog> d = panel()->dialog();
        QVERIFY(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QCOMPARE(d->zoneBox()->currentText(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        d->namespaceBox()->setCurrentText(QStringLiteral("prod"));
        d->nameEdit()->setText(QStringLiteral("web-nightly")); // taken: the server will refuse it
        d->vmNamesEdit()->setText(QStringLiteral("shop-web-03"));
        d->zoneBox()->setCurrentText(QStringLiteral("Europe/Berlin"));
        d->cronEdit()->setText(QStringLiteral("30 25 * * *"));
        QVERIFY2(d->firingsLabel()->text().contains(QStringLiteral("hour")), qPrintable(d->firingsLabel()->text()));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QVERIFY(d->isVisible());
        QVERIFY(d->errorLabel()->isVisible());
        QVERIFY2(d->errorLabel()->text().contains(QStringLiteral("not a cron expression")), qPrintable(d->errorLabel()->text()));
        QCOMPARE(d->cronEdit()->text(), QStringLiteral("30 25 * * *"));
        shot(d, QStringLiteral("schedules-dialog-badcron"));
        // Fixed: its next three firings in Berlin. Saved under a taken name: the server says no.
        d->cronEdit()->setText(QStringLiteral("30 2 * * 1-5"));
        QVERIFY2(d->firingsLabel()->text().startsWith(QStringLiteral("Next: ")), qPrintable(d->firingsLabel()->text()));
        QCOMPARE(d->firingsLabel()->text().count(QStringLiteral("02:30")), 3);
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(d->saveButton()->isEnabled());
        QVERIFY(d->isVisible());
        QVERIFY2(d->errorLabel()->text().contains(QStringLiteral("already exists"), Qt::CaseInsensitive), qPrintable(d->errorLabel()->text()));
        QCOMPARE(d->nameEdit()->text(), QStringLiteral("web-nightly"));
        QCOMPARE(d->vmNamesEdit()->text(), QStringLiteral("shop-web-03"));
        shot(d, QStringLiteral("schedules-dialog-refused"));
        // Another name: saved, the dialog closes, the row appears.
        d->nameEdit()->setText(QStringLiteral("web-weekdays"));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!d || !d->isVisible());
        QTRY_COMPARE(cell(QStringLiteral("prod/web-weekdays"), SchedulesPanel::When), QStringLiteral("30 2 * * 1-5 (Europe/Berlin)"));
        QCOMPARE(cell(QStringLiteral("prod/web-weekdays"), SchedulesPanel::Vms), QStringLiteral("shop-web-03"));
    }

    void editBySelector()
    {
        const QString key = QStringLiteral("prod/web-weekdays");
        panel()->select(key);
        QTest::mouseClick(panel()->button(QStringLiteral("scheduleEdit")), Qt::LeftButton);
        QPointer<ui::ScheduleDialog> d = panel()->dialog();
        QVERIFY(d && d->editing());
        QVERIFY(!d->namespaceBox()->isEnabled());
        QCOMPARE(d->vmNamesEdit()->text(), QStringLiteral("shop-web-03"));
        d->bySelector()->setChecked(true);
        d->selectorEdit()->setText(QStringLiteral("app=shop, tier in (web,api)"));
        d->keepLast()->setValue(3);
        shot(d, QStringLiteral("schedules-dialog-edit"));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!d || !d->isVisible());
        QTRY_COMPARE(cell(key, SchedulesPanel::Vms), QStringLiteral("VMs labelled app=shop, tier in (web, api)"));
        const QJsonObject spec = object(key).value(QLatin1String("spec")).toObject();
        QVERIFY(!spec.contains(QLatin1String("vmNames")));
        QCOMPARE(spec.value(QLatin1String("retention")).toObject().value(QLatin1String("keepLast")).toInt(), 3);
    }

    void deleteAsksThenDeletes()
    {
        const QString key = QStringLiteral("prod/web-weekdays");
        panel()->select(key);
        QString question;
        bool answerYes = false;
        auto answer = [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(top); box && box->objectName() == QLatin1String("scheduleDeleteBox") && box->isVisible()) {
                    question = box->text();
                    for (QAbstractButton *b : box->buttons())
                        if ((box->buttonRole(b) == QMessageBox::DestructiveRole) == answerYes)
                            return b->click();
                }
        };
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, answer);
        poll.start(50);
        QTest::mouseClick(panel()->button(QStringLiteral("scheduleDelete")), Qt::LeftButton); // Cancel
        QVERIFY2(question.contains(QStringLiteral("snapshots it took stay")), qPrintable(question));
        QTest::qWait(300);
        QVERIFY(m_win->connection()->snapshotSchedules()->contains(key));
        answerYes = true;
        QTest::mouseClick(panel()->button(QStringLiteral("scheduleDelete")), Qt::LeftButton);
        poll.stop();
        QTRY_VERIFY(!m_win->connection()->snapshotSchedules()->contains(key));
        QTRY_COMPARE(cell(key, SchedulesPanel::Name), QStringLiteral("<absent>"));
    }

    void vmMenuOpensTheDialogForTheVm()
    {
        const QString vm = QStringLiteral("prod/pg-main-01");
        QTableView *t = parts::vmTable(*m_win);
        const QModelIndex idx = parts::tableIndexOf(*m_win, vm, models::VmTableModel::Name);
        QVERIFY(idx.isValid());
        t->scrollTo(idx);
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualRect(idx).center());
        QCOMPARE(parts::targets(*m_win), QStringList{vm});
        QTRY_VERIFY(parts::scheduleAction(*m_win)->isEnabled());
        parts::scheduleAction(*m_win)->trigger();
        QPointer<ui::ScheduleDialog> d = panel()->dialog();
        QVERIFY(d && !d->editing());
        QCOMPARE(d->namespaceBox()->currentText(), QStringLiteral("prod"));
        QCOMPARE(d->vmNamesEdit()->text(), QStringLiteral("pg-main-01"));
        QCOMPARE(d->nameEdit()->text(), QStringLiteral("pg-main-01-nightly"));
        QVERIFY(d->byNames()->isChecked());
        shot(d, QStringLiteral("schedules-dialog-new"));
        d->reject();
    }
};

QTEST_MAIN(TestSchedulesGui)
#include "test_schedulesgui.moc"
