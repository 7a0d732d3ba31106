#pragma once
// Words for droverd's SnapshotSchedules in the console: which VMs (names, or the label selector
// read out), when it fires, and its state as droverd's status says it, translated.
#include "Intents.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace drover::models {

struct ScheduleText
{
    Q_DECLARE_TR_FUNCTIONS(drover::models::ScheduleText)
public:
    enum class State { Active, Suspended, Invalid, Failing, Unseen };
    // "app=shop, tier in (web, api), has backup" — empty: "every VM in prod".
    static QString selector(const core::LabelSelector &s, const QString &ns);
    // "web-01, web-02" and/or "VMs labelled app=shop".
    static QString vms(const core::SnapshotScheduleObject &s);
    // A selector in kubectl's -l syntax and back: "app=shop, tier in (web,api), backup, !temp".
    // parseSelector: an Invalid error in words when it cannot be read.
    static QString selectorSyntax(const core::LabelSelector &s);
    static Result<core::LabelSelector> parseSelector(const QString &text);
    // "30 2 * * * (Europe/Berlin)".
    static QString when(const core::SnapshotScheduleObject &s);
    // A status time in the local zone ("2026-12-03 02:30"), "—" when unset.
    static QString time(const QJsonValue &v);
    // From status (and spec.suspend before droverd has seen it), with the reason in words.
    static State state(const core::SnapshotScheduleObject &s, QString *words);
};

} // namespace drover::models
