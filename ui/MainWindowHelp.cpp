// The Help menu: the keyboard reference (read from the window's own actions) and About, which
// says which Drover this is and which Qt and libraries it runs on (what a bug report needs).
#include "ConsoleWindows.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSslSocket>
#include <QSysInfo>

#include <libssh2.h>

namespace drover::ui {

QList<QPair<QString, QString>> MainWindow::libraryVersions()
{
    const QString qtRun = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    QList<QPair<QString, QString>> out = {
        {QStringLiteral("Qt"), qtRun == qtBuilt ? qtRun : tr("%1 (built with %2)").arg(qtRun, qtBuilt)},
        {QStringLiteral("OpenSSL"), QSslSocket::sslLibraryVersionString()},
        {QStringLiteral("libssh2"), QString::fromLatin1(libssh2_version(0))},
    };
    // libvncclient, spice-client-glib and libvterm: asked of the console module (loaded for it).
    QString error;
    if (const ConsoleWindows *consoles = consoleWindows(&error))
        out += consoles->libraryVersions();
    else
        out += qMakePair(tr("Consoles"), error);
    out += qMakePair(tr("System"), QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::currentCpuArchitecture() +
                                       QLatin1Char(')'));
    return out;
}

void MainWindow::showAbout()
{
    QString rows;
    for (const auto &[name, version] : libraryVersions())
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    const QString text = QStringLiteral("<h3>Drover %1</h3><p>%2</p><table>%3</table><p>%4</p>")
                             .arg(QApplication::applicationVersion(),
                                  tr("A desktop console for private clouds on bare-metal Kubernetes: KubeVirt VMs, Ceph storage and the hosts under them."),
                                  rows, tr("A bug report that names these versions is answered sooner."));
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Drover"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.setText(text);
    box.addButton(QMessageBox::Close);
    QPushButton *copy = box.addButton(tr("&Copy Versions"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    box.exec();
    if (box.clickedButton() == copy) {
        QString plain = QStringLiteral("Drover ") + QApplication::applicationVersion() + QLatin1Char('\n');
        for (const auto &[name, version] : libraryVersions())
            plain += name + QStringLiteral(": ") + version + QLatin1Char('\n');
        QGuiApplication::clipboard()->setText(plain);
    }
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *d = new ShortcutsDialog(this, menuBar(), this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Drover"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

} // namespace drover::ui
