#pragma once
// The console's answer to ops' questions: a message box with the question's title, text, detail
// and yes button (a destructive yes gets the warning icon, a destructive role and Cancel as the
// default). Answers set beforehand skip the box — tests, and "Do not ask again in this session",
// which is a GUI concern: ops asks every time, the window remembers. The window asks its own
// questions through it too (an unknown SSH host key: "ssh.hostKey").
// The box is modal (exec()): the answer comes before ask() returns, as the console's drops and
// buttons have always behaved. Threading: GUI thread.
#include "Prompter.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

namespace drover::ui {

class DialogPrompter final : public QObject, public ops::Prompter
{
    Q_OBJECT

public:
    // The boxes are children of parent (so that a test finds them under the window that asked),
    // and so is the prompter ("dialogPrompter").
    explicit DialogPrompter(QWidget *parent);

    void ask(const ops::Question &q, std::function<void(bool yes)> answer) override;

    // Answer questions of this id without a box (nullopt: show the box again).
    void setAnswer(const QString &id, std::optional<bool> answer);
    // Offer "Do not ask again in this session" on this id's box: a yes with it ticked answers
    // the id's later questions yes.
    void offerDontAskAgain(const QString &id) { m_offer.insert(id); }

    // The box's object name for a question id (stable names the tests look for).
    static QString objectNameFor(const QString &id);

private:
    QPointer<QWidget> m_parent;
    QHash<QString, bool> m_answers;
    QSet<QString> m_offer;
};

} // namespace drover::ui
