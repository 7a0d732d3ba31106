#include "NewVmDialog.h"

#include "Appearance.h"
#include "JsonYaml.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace drover::ui {

using core::NewVmPage;
using ops::VmCreateResult;

NewVmDialog::NewVmDialog(ops::ClusterConnection *connection, const QString &ns, QWidget *parent)
    : QDialog(parent), m_ops(new ops::VmCreator(connection, this)), m_steps(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_back(new QPushButton(tr("< &Back"), this)), m_next(new QPushButton(tr("&Next >"), this)),
      m_create(new QPushButton(tr("C&reate"), this)), m_status(new QLabel(this)), m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("newVmDialog"));
    setWindowTitle(tr("New VM"));
    m_steps->setObjectName(QStringLiteral("newVmSteps"));
    m_steps->setFocusPolicy(Qt::NoFocus); // Tab stays in the page; Ctrl+PgUp/PgDown and Alt+B/N walk
    for (QWidget *w : {buildBasics(), buildDisks(), buildSize(), buildNetworks(), buildFirstBoot(), buildReview()})
        m_pages->addWidget(w);
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + 24);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_pages->currentIndex())
            goTo(row);
    });
    m_back->setObjectName(QStringLiteral("newVmBack"));
    m_next->setObjectName(QStringLiteral("newVmNext"));
    m_create->setObjectName(QStringLiteral("newVmCreate"));
    m_create->setEnabled(false);
    m_status->setObjectName(QStringLiteral("newVmStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setObjectName(QStringLiteral("newVmNotes"));
    m_notes->setWordWrap(true);
    m_notes->setText(tr("Reading what this cluster offers…"));
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(m_pages->currentIndex() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (checkPage(currentPage()))
            goTo(m_pages->currentIndex() + 1);
    });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this), &QShortcut::activated, m_next, &QPushButton::click);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this), &QShortcut::activated, m_back, &QPushButton::click);
    connect(m_create, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_status->setText(tr("Creating %1…").arg(m_name->text()));
        m_status->setStyleSheet({});
        m_ops->create(request());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(m_steps);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notes);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 600);
    connect(m_ops, &ops::VmCreator::choicesLoaded, this, &NewVmDialog::onChoices);
    connect(m_ops, &ops::VmCreator::finished, this, &NewVmDialog::onFinished);
    m_ns->setCurrentText(ns);
    goTo(0);
    m_ops->loadChoices(ns);
}

QWidget *NewVmDialog::page(NewVmPage p, const QString &intro, QWidget *body)
{
    static const char *const titles[] = {QT_TR_NOOP("Basics"),   QT_TR_NOOP("Boot disk"),  QT_TR_NOOP("Size"),
                                         QT_TR_NOOP("Networks"), QT_TR_NOOP("First boot"), QT_TR_NOOP("Review")};
    m_steps->addItem(tr(titles[int(p)]));
    auto *w = new QWidget(this);
    auto *introLabel = new QLabel(intro, w);
    introLabel->setWordWrap(true);
    auto *problems = new QLabel(w);
    problems->setObjectName(QStringLiteral("newVmProblems%1").arg(int(p)));
    problems->setWordWrap(true);
    problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problems->setStyleSheet(QStringLiteral("color: %1").arg(toneText(Tone::Error, palette()).name()));
    problems->hide();
    m_problemLabels.append(problems);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(introLabel);
    layout->addWidget(problems);
    layout->addWidget(body, 1);
    return w;
}

NewVmPage NewVmDialog::currentPage() const
{
    return NewVmPage(m_pages->currentIndex());
}

void NewVmDialog::showPage(NewVmPage p)
{
    goTo(int(p));
}

void NewVmDialog::goTo(int index)
{
    index = qBound(0, index, m_pages->count() - 1);
    m_pages->setCurrentIndex(index);
    m_steps->setCurrentRow(index);
    if (NewVmPage(index) == NewVmPage::Review)
        m_yaml->setPlainText(reviewYaml());
    // The keyboard lands in the page's first field.
    QWidget *pageWidget = m_pages->currentWidget();
    for (QWidget *w = pageWidget->nextInFocusChain(); w && w != pageWidget; w = w->nextInFocusChain())
        if (pageWidget->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(pageWidget)) {
            w->setFocus(Qt::TabFocusReason);
            break;
        }
    updateNavigation();
}

void NewVmDialog::updateNavigation()
{
    const int i = m_pages->currentIndex();
    m_back->setEnabled(!m_busy && i > 0);
    m_next->setEnabled(!m_busy && i < m_pages->count() - 1);
    m_create->setEnabled(!m_busy && m_ready);
    (i < m_pages->count() - 1 ? m_next : m_create)->setDefault(true);
}

QString NewVmDialog::problemsOn(NewVmPage p) const
{
    QLabel *l = m_problemLabels.value(int(p));
    return l && !l->isHidden() ? l->text() : QString();
}

// Next checks the page it leaves: what is wrong is said where it can be mended.
bool NewVmDialog::checkPage(NewVmPage p)
{
    QList<core::NewVmProblem> mine;
    for (const core::NewVmProblem &problem : core::newVmProblems(request()))
        if (problem.page == p)
            mine.append(problem);
    QStringList texts;
    for (const core::NewVmProblem &m : mine)
        texts << m.message;
    m_problemLabels[int(p)]->setText(texts.join(QLatin1Char('\n')));
    m_problemLabels[int(p)]->setVisible(!texts.isEmpty());
    m_steps->item(int(p))->setIcon(texts.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    return texts.isEmpty();
}

void NewVmDialog::showProblems(const QList<core::NewVmProblem> &problems)
{
    QHash<int, QStringList> byPage;
    for (const core::NewVmProblem &p : problems)
        byPage[int(p.page)].append(p.message);
    int first = -1;
    for (int i = 0; i < m_problemLabels.size(); ++i) {
        const QStringList texts = byPage.value(i);
        m_problemLabels[i]->setText(texts.join(QLatin1Char('\n')));
        m_problemLabels[i]->setVisible(!texts.isEmpty());
        m_steps->item(i)->setIcon(texts.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (first < 0 && !texts.isEmpty())
            first = i;
    }
    if (first >= 0)
        goTo(first);
}

QString NewVmDialog::reviewYaml() const
{
    const core::NewVmObjects objects = core::newVmObjects(request());
    QString yaml = core::jsonToYaml(objects.vm);
    for (const auto &side : {objects.sshSecret, objects.sysprepConfigMap})
        if (side)
            yaml += QStringLiteral("---\n") + core::jsonToYaml(*side);
    return yaml;
}

void NewVmDialog::onFinished(const VmCreateResult &r)
{
    setBusy(false);
    if (r.status == VmCreateResult::Created) {
        Q_EMIT created(r.vmKey);
        accept();
        return;
    }
    m_status->setText(describe(r));
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(toneText(Tone::Error, palette()).name()));
    if (!r.problems.isEmpty())
        showProblems(r.problems);
}

QString NewVmDialog::describe(const VmCreateResult &r)
{
    const QString key = r.request.ns + QLatin1Char('/') + r.request.name;
    switch (r.status) {
    case VmCreateResult::Created: {
        const QString made = r.request.start ? tr("%1 created; it starts once its disks are ready.").arg(key)
                                             : tr("%1 created (stopped).").arg(key);
        return r.warning.isEmpty() ? made : made + QLatin1Char(' ') + r.warning;
    }
    case VmCreateResult::Invalid: return tr("%1 was not created: mend what the marked pages say.").arg(key);
    case VmCreateResult::Refused:
        return tr("The cluster refused %1: %2").arg(key, r.error.message.isEmpty() ? r.problems.value(0).message : r.error.message);
    case VmCreateResult::NotConnected: return tr("No cluster is open.");
    case VmCreateResult::Failed: break;
    }
    return tr("%1 was not created: %2").arg(key, r.error.userMessage());
}

void NewVmDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void NewVmDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (QPushButton *cancel = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!busy);
    m_pages->setEnabled(!busy);
    m_steps->setEnabled(!busy);
    updateNavigation();
}

} // namespace drover::ui
