#pragma once
// Keys for RFB: X11 keysyms (RFB KeyEvent) and XT / AT set-1 scancodes (QEMU's extended key
// event: 0xE0-prefixed keys carry the high bit, e.g. Right Ctrl 0x9D, Delete 0xD3). Scancodes
// name key positions, so the guest's own layout turns them into characters — what Windows
// guests need. Keysyms name characters and need a server-side keymap that matches.
#include <QList>
#include <QString>

namespace drover::console::keymap {

// How QKeyEvent::nativeScanCode() is numbered on the platform in use.
enum class NativeScheme {
    XkbKeycode, // xcb and wayland: evdev code + 8
    Windows,    // set-1 make code, 0x100 bit for 0xE0-prefixed keys
    None,       // macOS and others: use xtScancodeForQtKey()
};
NativeScheme nativeSchemeForPlatform(const QString &qpaPlatformName);

// Linux evdev (KEY_*) code to XT scancode; 0 if unknown.
quint32 xtScancodeFromEvdev(quint32 evdev);
// QKeyEvent::nativeScanCode() to XT scancode; 0 if unknown.
quint32 xtScancodeFromNative(quint32 nativeScanCode, NativeScheme scheme);
// Fallback when the native scan code is unavailable: the key's position on a US keyboard.
quint32 xtScancodeForQtKey(int qtKey);

// Qt::Key plus QKeyEvent::text() to a keysym; 0 if unknown.
quint32 keysymForQtKey(int qtKey, const QString &text);
// The keysym that types one Unicode character (Latin-1 direct, others 0x01000000 + code point).
quint32 keysymForChar(char32_t ucs);

// Paste as keystrokes: one entry per character. shift says that Shift must be held on a US
// layout (servers such as QEMU map keysyms to keys without adding Shift themselves).
struct TypedKey
{
    quint32 keysym = 0;
    quint32 scancode = 0; // US-layout position, 0 for characters not on a US keyboard
    bool shift = false;
};
QList<TypedKey> keysForText(const QString &text);

// Well-known keysyms and scancodes.
inline constexpr quint32 KeysymShift = 0xffe1, KeysymControl = 0xffe3, KeysymAlt = 0xffe9,
                         KeysymDelete = 0xffff, KeysymReturn = 0xff0d, KeysymTab = 0xff09;
inline constexpr quint32 ScanShift = 0x2a, ScanControl = 0x1d, ScanAlt = 0x38, ScanDelete = 0xd3,
                         ScanReturn = 0x1c, ScanTab = 0x0f;

} // namespace drover::console::keymap
