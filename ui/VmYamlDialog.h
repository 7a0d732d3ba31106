#pragma once
// Edit YAML (the VM page's YAML tab): the VM as `kubectl edit` shows it, edited as text; Review
// shows a unified diff against the VM as read before anything is sent; Save replaces the VM
// (PUT, conditional on the resourceVersion read). A YAML mistake is named by line and column, a
// refusal (the API server's schema, KubeVirt's webhook) is shown in its own words, and a VM
// changed by someone else meanwhile is re-read: the text typed stays, and the diff is shown
// again against the VM as it is now, so nobody's change is overwritten unseen.
#include "VmEditor.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace drover::ui {

class VmYamlDialog : public QDialog
{
    Q_OBJECT
public:
    VmYamlDialog(ops::ClusterConnection *connection, const QString &vmKey, QWidget *parent = nullptr);

    bool ready() const { return m_loaded; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *saveButton() const { return m_save; }
    bool reviewing() const;
    // Refused while a save is under way: the user waits for its result (Esc, Cancel, the close button).
    void reject() override;

private:
    void onLoaded(const ops::VmEditSource &source);
    void review();
    void onFinished(const ops::VmEditResult &result);
    void showEditor();
    void say(const QString &text, bool error);
    void setSaving(bool saving);

    QString m_key;
    ops::VmEditor *m_ops;
    QJsonObject m_base;
    QString m_baseText;
    QJsonObject m_edited;
    bool m_loaded = false, m_saving = false;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_editor, *m_diff;
    QLabel *m_status;
    QPushButton *m_review, *m_back, *m_save;
};

} // namespace drover::ui
