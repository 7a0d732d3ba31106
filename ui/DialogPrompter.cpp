#include "DialogPrompter.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace drover::ui {

DialogPrompter::DialogPrompter(QWidget *parent) : QObject(parent), m_parent(parent)
{
    setObjectName(QStringLiteral("dialogPrompter"));
}

QString DialogPrompter::objectNameFor(const QString &id)
{
    // The names these boxes had before ops asked them.
    static const QHash<QString, QString> names{
        {QStringLiteral("migrate.confirm"), QStringLiteral("migrationConfirmation")},
        {QStringLiteral("snapshot.stopBeforeRestore"), QStringLiteral("restoreConfirmation")},
        {QStringLiteral("snapshot.delete"), QStringLiteral("deleteSnapshotConfirmation")},
        {QStringLiteral("ssh.hostKey"), QStringLiteral("hostKeyQuestion")},
    };
    return names.value(id, QStringLiteral("question:") + id);
}

void DialogPrompter::setAnswer(const QString &id, std::optional<bool> answer)
{
    if (answer)
        m_answers.insert(id, *answer);
    else
        m_answers.remove(id);
}

void DialogPrompter::ask(const ops::Question &q, std::function<void(bool yes)> answer)
{
    if (const auto known = m_answers.constFind(q.id); known != m_answers.cend())
        return answer(*known);
    QMessageBox box(q.destructive ? QMessageBox::Warning : QMessageBox::Question, q.title, q.text, QMessageBox::Cancel,
                    m_parent);
    box.setObjectName(objectNameFor(q.id));
    box.setInformativeText(q.detail);
    QPushButton *yes = box.addButton(q.yes.isEmpty() ? tr("OK") : q.yes,
                                     q.destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    if (q.destructive)
        box.setDefaultButton(QMessageBox::Cancel);
    else
        box.setDefaultButton(yes);
    QCheckBox *dontAsk = nullptr;
    if (m_offer.contains(q.id)) {
        dontAsk = new QCheckBox(tr("Do not ask again in this session"), &box);
        box.setCheckBox(dontAsk);
    }
    box.exec();
    const bool said = box.clickedButton() == yes;
    if (said && dontAsk && dontAsk->isChecked())
        m_answers.insert(q.id, true);
    answer(said);
}

} // namespace drover::ui
