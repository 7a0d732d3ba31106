#include "VmYamlDialog.h"

#include "Appearance.h"
#include "JsonYaml.h"
#include "TextDiff.h"
#include "YamlJson.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace drover::ui {

using ops::VmEditResult;

VmYamlDialog::VmYamlDialog(ops::ClusterConnection *connection, const QString &vmKey, QWidget *parent)
    : QDialog(parent), m_key(vmKey), m_ops(new ops::VmEditor(connection, this)), m_pages(new QStackedWidget(this)),
      m_editor(new QPlainTextEdit(this)), m_diff(new QPlainTextEdit(this)), m_status(new QLabel(tr("Reading %1…").arg(vmKey), this)),
      m_review(new QPushButton(tr("&Review changes"), this)), m_back(new QPushButton(tr("< &Back to editing"), this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("vmYamlDialog"));
    setWindowTitle(tr("Edit YAML of %1").arg(vmKey));
    for (QPlainTextEdit *e : {m_editor, m_diff}) {
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_editor->setObjectName(QStringLiteral("vmYamlEditor"));
    m_diff->setObjectName(QStringLiteral("vmYamlDiff"));
    m_diff->setReadOnly(true);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_diff);
    m_status->setObjectName(QStringLiteral("vmYamlStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &VmYamlDialog::review);
    connect(m_back, &QPushButton::clicked, this, &VmYamlDialog::showEditor);
    connect(m_save, &QPushButton::clicked, this, [this] {
        setSaving(true);
        say(tr("Saving %1…").arg(m_key), false);
        m_ops->saveYaml(m_key, m_base, m_edited);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 680);
    connect(m_ops, &ops::VmEditor::loaded, this, &VmYamlDialog::onLoaded);
    connect(m_ops, &ops::VmEditor::finished, this, &VmYamlDialog::onFinished);
    showEditor();
    m_review->setEnabled(false);
    m_ops->load(vmKey);
}

void VmYamlDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void VmYamlDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setEnabled(!saving);
    m_back->setEnabled(!saving);
    if (QPushButton *cancel = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!saving);
}

bool VmYamlDialog::reviewing() const
{
    return m_pages->currentWidget() == m_diff;
}

void VmYamlDialog::say(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? toneStyle(Tone::Error, palette()) : QString());
}

void VmYamlDialog::onLoaded(const ops::VmEditSource &source)
{
    if (!source.error.ok()) {
        say(tr("%1 could not be read: %2").arg(m_key, source.error.userMessage()), true);
        return;
    }
    m_base = source.vm;
    m_baseText = core::jsonToYaml(core::vmForYaml(m_base));
    m_editor->setPlainText(m_baseText);
    m_loaded = true;
    m_review->setEnabled(true);
    say(tr("Edit, then Review changes to see what Save sends. The status is KubeVirt's: changes to it are not saved."), false);
}

void VmYamlDialog::showEditor()
{
    m_pages->setCurrentWidget(m_editor);
    m_back->hide();
    m_save->hide();
    m_review->show();
    m_editor->setFocus();
}

void VmYamlDialog::review()
{
    const auto parsed = kube::yamlObject(m_editor->toPlainText());
    if (!parsed) {
        say(tr("This is not valid YAML: %1").arg(parsed.error().message), true);
        return;
    }
    m_edited = *parsed;
    const QString diff = core::unifiedDiff(m_baseText.split(QLatin1Char('\n')), m_editor->toPlainText().split(QLatin1Char('\n')));
    if (diff.isEmpty()) {
        say(tr("Nothing changed."), false);
        return;
    }
    m_diff->setPlainText(diff);
    // Removed lines red, added green, hunk headers dimmed: as a diff tool colours them.
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock b = m_diff->document()->begin(); b.isValid(); b = b.next()) {
        const QChar first = b.text().isEmpty() ? QChar() : b.text().front();
        if (first != QLatin1Char('-') && first != QLatin1Char('+') && first != QLatin1Char('@'))
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(b);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        const Tone tone = first == QLatin1Char('-') ? Tone::Error : first == QLatin1Char('+') ? Tone::Success : Tone::Info;
        s.format.setBackground(toneColors(tone, palette()).background);
        marks << s;
    }
    m_diff->setExtraSelections(marks);
    m_pages->setCurrentWidget(m_diff);
    m_review->hide();
    m_back->show();
    m_save->show();
    m_back->setEnabled(true);
    m_save->setEnabled(true);
    m_save->setFocus();
    say(tr("Lines starting with - are removed from %1, lines with + added. Save replaces the VM with your text.").arg(m_key), false);
}

void VmYamlDialog::onFinished(const VmEditResult &r)
{
    setSaving(false);
    switch (r.status) {
    case VmEditResult::Saved:
        accept();
        return;
    case VmEditResult::Unchanged:
        m_save->setEnabled(false); // the same text would say the same: back to editing
        say(tr("Nothing to save: the text says what %1 already is.").arg(m_key), false);
        return;
    case VmEditResult::Invalid:
        m_save->setEnabled(false);
        say(r.yamlProblem == core::VmYamlProblem::NotAVm ? tr("The text must stay a kubevirt.io VirtualMachine.")
            : r.yamlProblem == core::VmYamlProblem::Renamed
                ? tr("The name cannot change here: clone the VM to get one with another name.")
                : tr("The namespace cannot change here."),
            true);
        return;
    case VmEditResult::Conflict:
        // The VM as it is now becomes the base: the diff shows what Save would now change.
        if (!r.current.isEmpty()) {
            m_base = r.current;
            m_baseText = core::jsonToYaml(core::vmForYaml(m_base));
        }
        review();
        say(tr("%1 was changed by someone else while you edited it: nothing was saved. "
               "The diff now compares your text with the VM as it is; lines they changed show as yours to undo. "
               "Check it and save again, or go back to editing.").arg(m_key),
            true);
        return;
    case VmEditResult::NotConnected: say(tr("%1 was not saved: no cluster is open.").arg(m_key), true); return;
    case VmEditResult::Refused:
    case VmEditResult::Failed: break;
    }
    say(tr("%1 was not saved: %2").arg(m_key, r.error.userMessage()), true);
}

} // namespace drover::ui
