#include "ScheduleText.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace drover::models {

QString ScheduleText::selector(const core::LabelSelector &s, const QString &ns)
{
    if (s.empty())
        return tr("every VM in %1").arg(ns);
    QStringList parts;
    for (auto it = s.matchLabels.cbegin(); it != s.matchLabels.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key(), it.value());
    for (const core::LabelSelector::Requirement &r : s.matchExpressions) {
        const QString values = r.values.join(QStringLiteral(", "));
        if (r.op == QLatin1String("In"))
            parts << tr("%1 in (%2)").arg(r.key, values);
        else if (r.op == QLatin1String("NotIn"))
            parts << tr("%1 not in (%2)").arg(r.key, values);
        else if (r.op == QLatin1String("Exists"))
            parts << tr("has %1").arg(r.key);
        else
            parts << tr("has no %1").arg(r.key);
    }
    return tr("VMs labelled %1").arg(parts.join(QStringLiteral(", ")));
}

QString ScheduleText::selectorSyntax(const core::LabelSelector &s)
{
    QStringList parts;
    for (auto it = s.matchLabels.cbegin(); it != s.matchLabels.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key(), it.value());
    for (const core::LabelSelector::Requirement &r : s.matchExpressions) {
        const QString values = r.values.join(QLatin1Char(','));
        if (r.op == QLatin1String("In") || r.op == QLatin1String("NotIn"))
            parts << QStringLiteral("%1 %2 (%3)").arg(r.key, r.op.toLower(), values);
        else
            parts << (r.op == QLatin1String("Exists") ? r.key : QLatin1Char('!') + r.key);
    }
    return parts.join(QStringLiteral(", "));
}

Result<core::LabelSelector> ScheduleText::parseSelector(const QString &text)
{
    // Split on commas outside parentheses.
    QStringList terms;
    QString cur;
    int depth = 0;
    for (const QChar c : text) {
        depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
        if (c == QLatin1Char(',') && depth == 0) {
            terms << cur.trimmed();
            cur.clear();
        } else {
            cur += c;
        }
    }
    terms << cur.trimmed();
    static const QRegularExpression key(QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$"));
    static const QRegularExpression value(QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    static const QRegularExpression set(QStringLiteral("^(\\S+)\\s+(in|notin)\\s*\\((.*)\\)$"));
    core::LabelSelector out;
    for (const QString &t : std::as_const(terms)) {
        if (t.isEmpty())
            continue;
        const QRegularExpressionMatch m = set.match(t);
        const int ne = t.indexOf(QStringLiteral("!="));
        const int eq = t.indexOf(QLatin1Char('='));
        QString k;
        QStringList values;
        if (m.hasMatch()) {
            k = m.captured(1);
            for (const QString &v : m.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
                values << v.trimmed();
            out.matchExpressions.append({k, m.captured(2) == QLatin1String("in") ? QStringLiteral("In") : QStringLiteral("NotIn"), values});
        } else if (ne > 0) { // kubectl's key!=value
            k = t.left(ne).trimmed();
            values << t.mid(ne + 2).trimmed();
            out.matchExpressions.append({k, QStringLiteral("NotIn"), values});
        } else if (eq > 0) { // key=value or key==value
            k = t.left(eq).trimmed();
            values << t.mid(t.mid(eq).startsWith(QStringLiteral("==")) ? eq + 2 : eq + 1).trimmed();
            out.matchLabels.insert(k, values.first());
        } else if (t.startsWith(QLatin1Char('!'))) {
            k = t.mid(1).trimmed();
            out.matchExpressions.append({k, QStringLiteral("DoesNotExist"), {}});
        } else {
            k = t;
            out.matchExpressions.append({k, QStringLiteral("Exists"), {}});
        }
        const bool valuesOk = std::all_of(values.cbegin(), values.cend(), [](const QString &v) { return value.match(v).hasMatch(); });
        if (!key.match(k).hasMatch() || !valuesOk)
            return Result<core::LabelSelector>::failure(
                tr("“%1” is not a label selector term (key=value, key!=value, key in (a,b), key, !key).").arg(t));
    }
    return out;
}

QString ScheduleText::vms(const core::SnapshotScheduleObject &s)
{
    QStringList parts;
    if (!s.vmNames.isEmpty())
        parts << s.vmNames.join(QStringLiteral(", "));
    if (s.selector)
        parts << selector(*s.selector, s.meta.ns);
    return parts.join(tr(" and "));
}

QString ScheduleText::when(const core::SnapshotScheduleObject &s)
{
    return QStringLiteral("%1 (%2)").arg(s.schedule, s.timeZone);
}

QString ScheduleText::time(const QJsonValue &v)
{
    const QDateTime t = core::timeFromJson(v);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

ScheduleText::State ScheduleText::state(const core::SnapshotScheduleObject &s, QString *words)
{
    const QJsonObject ready = s.status.value(QLatin1String("conditions")).toArray().first().toObject();
    const QString reason = ready.value(QLatin1String("reason")).toString();
    const QString message = ready.value(QLatin1String("message")).toString();
    // droverd's status speaks for the generation it saw; a suspension asked since goes first.
    if (reason == QLatin1String("InvalidSchedule")) {
        *words = tr("Invalid: %1").arg(message);
        return State::Invalid;
    }
    if (s.status.value(QLatin1String("suspended")).toBool()) {
        const QString why = s.status.value(QLatin1String("suspendReason")).toString();
        *words = tr("Suspended: %1").arg(why.isEmpty() ? tr("by an admin") : why);
        return State::Suspended;
    }
    if (s.suspend) {
        *words = tr("Suspended: by an admin");
        return State::Suspended;
    }
    if (s.status.isEmpty()) {
        *words = tr("Not seen by droverd yet");
        return State::Unseen;
    }
    if (reason == QLatin1String("ActionFailed")) {
        *words = tr("Failing: %1").arg(message);
        return State::Failing;
    }
    *words = tr("Active");
    return State::Active;
}

} // namespace drover::models
