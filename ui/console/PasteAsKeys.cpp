#include "PasteAsKeys.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMessageBox>

namespace drover::ui {

QString clipboardTextToType(QWidget *parent)
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.size() > 4000 &&
        QMessageBox::question(parent, QCoreApplication::translate("PasteAsKeys", "Paste as keystrokes"),
                              QCoreApplication::translate("PasteAsKeys", "Type %1 characters into the guest?").arg(text.size())) !=
            QMessageBox::Yes)
        return {};
    return text;
}

} // namespace drover::ui
