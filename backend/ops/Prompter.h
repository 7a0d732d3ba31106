#pragma once
// How an operation asks a person, or a policy, a yes/no question before it does something that
// cannot be undone (stop a VM to restore it, delete a snapshot, migrate many VMs). The GUI answers
// with a dialog; droverd answers from the intent's policy; tests answer from a table. The answer
// may come later (a dialog is open): operations never block on it.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace drover::ops {

struct Question
{
    // Stable id of the kind of question, for policies and tests: "migrate.confirm",
    // "snapshot.stopBeforeRestore", "snapshot.delete", "maintenance.enter", ...
    QString id;
    QString title;    // "Restore snapshot"
    QString text;     // "prod/web-01 must be stopped before snapshot “s1” can be restored."
    QString detail;   // more lines: the plan, what is lost
    QString yes;      // the button that says yes: "Stop and restore"
    bool destructive = false; // yes loses something (a VM's state, a snapshot)
};

class Prompter
{
public:
    virtual ~Prompter() = default;
    // Ask q; call answer(true/false) exactly once, now or later, on the caller's thread.
    // Whoever asks guards its own lifetime (the answer may arrive after it is gone).
    virtual void ask(const Question &q, std::function<void(bool yes)> answer) = 0;
};

// Answers every question from a table of ids (a daemon's policy, a test); ids not in the table
// get the fallback answer.
class PolicyPrompter final : public Prompter
{
public:
    explicit PolicyPrompter(bool fallback = false) : m_fallback(fallback) {}
    void set(const QString &id, bool yes) { m_answers[id] = yes; }
    void ask(const Question &q, std::function<void(bool yes)> answer) override
    {
        m_asked << q.id;
        answer(m_answers.value(q.id, m_fallback));
    }
    const QStringList &asked() const { return m_asked; }

private:
    QHash<QString, bool> m_answers;
    bool m_fallback;
    QStringList m_asked;
};

} // namespace drover::ops
