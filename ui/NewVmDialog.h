#pragma once
// New VM: one dialog whose pages a keyboard user walks with Alt+N / Alt+B (or Ctrl+PgDown /
// Ctrl+PgUp, or the step list): Basics, Boot disk, Size, Networks, First boot, Review. The
// Review page shows the exact YAML that Create sends. Defaults just work: the default virt
// StorageClass, a golden image with the instancetype and preference its labels suggest, the pod
// network, a started VM. The workflow is ops::VmCreator's; a refusal (the dialog's own checks,
// the API server's or KubeVirt's webhook) is written on the page its field belongs to, the step
// list marks that page, and nothing typed is lost. Emits created() and closes once the VM exists.
#include "VmCreator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;

namespace drover::ui {

class NewVmDialog : public QDialog
{
    Q_OBJECT
public:
    NewVmDialog(ops::ClusterConnection *connection, const QString &ns, QWidget *parent = nullptr);

    ops::VmCreator *operations() const { return m_ops; }
    const ops::NewVmChoices &choices() const { return m_choices; }
    bool ready() const { return m_ready; } // the choices were read
    core::NewVmRequest request() const;
    core::NewVmPage currentPage() const;
    void showPage(core::NewVmPage page);
    // The problems shown on page (empty: none).
    QString problemsOn(core::NewVmPage page) const;
    QString reviewYaml() const;
    // The outcome in words, for the banner and Recent Tasks.
    static QString describe(const ops::VmCreateResult &r);

    // For tests and the keyboard: the widgets by role.
    QComboBox *namespaceBox() const { return m_ns; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *startBox() const { return m_start; }
    QComboBox *bootSourceBox() const { return m_bootSource; }
    QComboBox *imageBox() const { return m_image; }
    QLineEdit *bootRefEdit() const { return m_bootRef; }
    QLineEdit *isoUrlEdit() const { return m_isoUrl; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *bootSizeEdit() const { return m_bootSize; }
    QComboBox *storageClassBox() const { return m_storageClass; }
    QComboBox *accessModeBox() const { return m_accessMode; }
    QLabel *migrationWarning() const { return m_rwoWarning; }
    QTreeWidget *instancetypeTree() const { return m_instancetypes; }
    QRadioButton *customSizeButton() const { return m_custom; }
    QSpinBox *socketsBox() const { return m_sockets; }
    QLineEdit *memoryEdit() const { return m_memory; }
    QComboBox *preferenceBox() const { return m_preference; }
    QTreeWidget *nicTree() const { return m_nics; }
    QComboBox *nadBox() const { return m_nad; }
    QPlainTextEdit *sshKeysEdit() const { return m_sshKeys; }
    QLineEdit *userEdit() const { return m_user; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *createButton() const { return m_create; }

    // Closing while Create runs would abandon it halfway (a Secret without its VM): refused until it ends.
    void reject() override;

Q_SIGNALS:
    void created(const QString &vmKey);

private:
    QWidget *buildBasics();
    QWidget *buildDisks();
    QWidget *buildSize();
    QWidget *buildNetworks();
    QWidget *buildFirstBoot();
    QWidget *buildReview();
    QWidget *page(core::NewVmPage p, const QString &intro, QWidget *body);
    void onChoices(const ops::NewVmChoices &c);
    void fillImages();
    void fillStorageClasses();
    void fillInstancetypes();
    void onImageChosen();
    void onBootSourceChanged();
    void updateRwoWarning();
    void addDataDisk();
    void addNic();
    void addKeyFromFile(const QString &path);
    void suggestName();
    void onNamespaceChosen();
    QList<core::NewVmDisk> bootDisks() const;
    void updateNavigation();
    void goTo(int index);
    bool checkPage(core::NewVmPage p);
    void showProblems(const QList<core::NewVmProblem> &problems);
    void onFinished(const ops::VmCreateResult &r);
    void setBusy(bool busy);
    QList<core::NewVmDisk> disks() const;
    QList<core::NewVmNic> nics() const;

    ops::VmCreator *m_ops;
    ops::NewVmChoices m_choices;
    bool m_ready = false;
    bool m_busy = false;
    bool m_sizeTouched = false; // the user chose a size: a later image does not override it
    QString m_suggestedName;    // replaced with a better suggestion only while not edited
    QString m_loadedNs;         // the namespace m_choices were read for
    QListWidget *m_steps;
    QStackedWidget *m_pages;
    QList<QLabel *> m_problemLabels; // one per page
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_create;
    QLabel *m_status;
    QLabel *m_notes;
    // Basics
    QComboBox *m_ns;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QCheckBox *m_start;
    // Disks
    QComboBox *m_bootSource;
    QComboBox *m_image;   // DataSources, or PVCs for a clone
    QLineEdit *m_bootRef; // URL, registry image, container image
    QLineEdit *m_isoUrl;
    QLineEdit *m_bootSize;
    QComboBox *m_storageClass;
    QComboBox *m_accessMode;
    QComboBox *m_volumeMode;
    QLabel *m_rwoWarning;
    QTreeWidget *m_dataDisks;
    QLineEdit *m_dataSize;
    // Size
    QRadioButton *m_useInstancetype;
    QRadioButton *m_custom;
    QTreeWidget *m_instancetypes;
    QComboBox *m_preference;
    QSpinBox *m_sockets;
    QSpinBox *m_cores;
    QLineEdit *m_memory;
    // Networks
    QTreeWidget *m_nics;
    QComboBox *m_nad;
    // First boot
    QRadioButton *m_linux;
    QRadioButton *m_windows;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPlainTextEdit *m_sshKeys;
    QPlainTextEdit *m_networkData;
    QPlainTextEdit *m_sysprep;
    // Review
    QPlainTextEdit *m_yaml;
};

} // namespace drover::ui
