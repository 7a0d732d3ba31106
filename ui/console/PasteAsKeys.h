#pragma once
// "Paste as keystrokes", shared by the VNC and SPICE windows: the clipboard's text to type into
// the guest, after asking when it is long (typing it takes a while and cannot be taken back).
#include <QString>

class QWidget;

namespace drover::ui {

// Empty when there is nothing to type or the user said no.
QString clipboardTextToType(QWidget *parent);

} // namespace drover::ui
