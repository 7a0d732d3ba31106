#include "Keymap.h"

#include <Qt>

#include <array>
#include <utility>

namespace drover::console::keymap {

namespace {

// US keyboard: character -> (scancode, shift). Index = ASCII code.
struct UsKey
{
    quint8 sc;
    bool shift;
};

constexpr std::array<UsKey, 128> makeUsTable()
{
    std::array<UsKey, 128> t{};
    const char *rows[] = {"1234567890-=", "qwertyuiop[]", "asdfghjkl;'`", "\\zxcvbnm,./"};
    const char *shifted[] = {"!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"~", "|ZXCVBNM<>?"};
    const quint8 first[] = {0x02, 0x10, 0x1e, 0x2b};
    for (int r = 0; r < 4; ++r)
        for (int i = 0; rows[r][i]; ++i) {
            t[size_t(rows[r][i])] = {quint8(first[r] + i), false};
            t[size_t(shifted[r][i])] = {quint8(first[r] + i), true};
        }
    t[' '] = {0x39, false};
    t['\t'] = {0x0f, false};
    t['\n'] = {0x1c, false};
    t['\r'] = {0x1c, false};
    return t;
}
constexpr auto kUs = makeUsTable();

// evdev codes above 88 that have an XT code (the lower ones are identical in both).
constexpr std::pair<quint16, quint8> kEvdevHigh[] = {
    {96, 0x9c},  {97, 0x9d},  {98, 0xb5},  {99, 0xb7},  {100, 0xb8}, {102, 0xc7}, {103, 0xc8},
    {104, 0xc9}, {105, 0xcb}, {106, 0xcd}, {107, 0xcf}, {108, 0xd0}, {109, 0xd1}, {110, 0xd2},
    {111, 0xd3}, {113, 0xa0}, {114, 0xae}, {115, 0xb0}, {116, 0xde}, {117, 0x59}, {119, 0xc6},
    {125, 0xdb}, {126, 0xdc}, {127, 0xdd}, {183, 0x5d}, {184, 0x5e}, {185, 0x5f},
};

struct QtKeyMap
{
    int key;
    quint32 keysym;
    quint8 sc;
};
constexpr QtKeyMap kQtKeys[] = {
    {Qt::Key_Escape, 0xff1b, 0x01},     {Qt::Key_Tab, 0xff09, 0x0f},
    {Qt::Key_Backtab, 0xfe20, 0x0f},    {Qt::Key_Backspace, 0xff08, 0x0e},
    {Qt::Key_Return, 0xff0d, 0x1c},     {Qt::Key_Enter, 0xff8d, 0x9c},
    {Qt::Key_Insert, 0xff63, 0xd2},     {Qt::Key_Delete, 0xffff, 0xd3},
    {Qt::Key_Pause, 0xff13, 0xc6},      {Qt::Key_Print, 0xff61, 0xb7},
    {Qt::Key_SysReq, 0xff15, 0x54},     {Qt::Key_Home, 0xff50, 0xc7},
    {Qt::Key_End, 0xff57, 0xcf},        {Qt::Key_Left, 0xff51, 0xcb},
    {Qt::Key_Up, 0xff52, 0xc8},         {Qt::Key_Right, 0xff53, 0xcd},
    {Qt::Key_Down, 0xff54, 0xd0},       {Qt::Key_PageUp, 0xff55, 0xc9},
    {Qt::Key_PageDown, 0xff56, 0xd1},   {Qt::Key_Shift, 0xffe1, 0x2a},
    {Qt::Key_Control, 0xffe3, 0x1d},    {Qt::Key_Meta, 0xffeb, 0xdb},
    {Qt::Key_Super_L, 0xffeb, 0xdb},    {Qt::Key_Super_R, 0xffec, 0xdc},
    {Qt::Key_Alt, 0xffe9, 0x38},        {Qt::Key_AltGr, 0xfe03, 0xb8},
    {Qt::Key_CapsLock, 0xffe5, 0x3a},   {Qt::Key_NumLock, 0xff7f, 0x45},
    {Qt::Key_ScrollLock, 0xff14, 0x46}, {Qt::Key_Menu, 0xff67, 0xdd},
    {Qt::Key_Space, 0x0020, 0x39},
};

constexpr quint8 kFKeys[12] = {0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x40,
                               0x41, 0x42, 0x43, 0x44, 0x57, 0x58};

} // namespace

NativeScheme nativeSchemeForPlatform(const QString &name)
{
    if (name == QLatin1String("xcb") || name.startsWith(QLatin1String("wayland")))
        return NativeScheme::XkbKeycode;
    if (name == QLatin1String("windows"))
        return NativeScheme::Windows;
    return NativeScheme::None;
}

quint32 xtScancodeFromEvdev(quint32 evdev)
{
    if (evdev >= 1 && evdev <= 83)
        return evdev;
    if (evdev == 86 || evdev == 87 || evdev == 88)
        return evdev == 86 ? 0x56 : evdev - 87 + 0x57;
    for (const auto &[ev, xt] : kEvdevHigh)
        if (ev == evdev)
            return xt;
    return 0;
}

quint32 xtScancodeFromNative(quint32 native, NativeScheme scheme)
{
    switch (scheme) {
    case NativeScheme::XkbKeycode:
        return native > 8 ? xtScancodeFromEvdev(native - 8) : 0;
    case NativeScheme::Windows:
        if (native == 0 || (native & 0x7f) == 0)
            return 0;
        return (native & 0x7f) | ((native & 0x100) ? 0x80 : 0);
    case NativeScheme::None:
        break;
    }
    return 0;
}

quint32 xtScancodeForQtKey(int qtKey)
{
    for (const QtKeyMap &m : kQtKeys)
        if (m.key == qtKey)
            return m.sc;
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F12)
        return kFKeys[qtKey - Qt::Key_F1];
    if (qtKey > 0 && qtKey < 128) {
        const int c = (qtKey >= 'A' && qtKey <= 'Z') ? qtKey + 32 : qtKey;
        return kUs[size_t(c)].sc;
    }
    return 0;
}

quint32 keysymForChar(char32_t ucs)
{
    if (ucs == '\n' || ucs == '\r')
        return KeysymReturn;
    if (ucs == '\t')
        return KeysymTab;
    if ((ucs >= 0x20 && ucs <= 0x7e) || (ucs >= 0xa0 && ucs <= 0xff))
        return quint32(ucs);
    if (ucs < 0x20 || (ucs >= 0x7f && ucs < 0xa0) || ucs > 0x10ffff)
        return 0;
    return 0x01000000u | quint32(ucs);
}

quint32 keysymForQtKey(int qtKey, const QString &text)
{
    for (const QtKeyMap &m : kQtKeys)
        if (m.key == qtKey)
            return m.keysym;
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return 0xffbe + quint32(qtKey - Qt::Key_F1);
    if (!text.isEmpty()) {
        const char32_t c = text.toUcs4().value(0);
        if (c >= 0x20) // not a control character produced by Ctrl+letter
            return keysymForChar(c);
    }
    if (qtKey >= 'A' && qtKey <= 'Z')
        return quint32(qtKey + 32); // without text (e.g. Ctrl held): the unshifted letter
    if (qtKey >= 0x20 && qtKey <= 0xff)
        return quint32(qtKey);
    return 0;
}

QList<TypedKey> keysForText(const QString &text)
{
    QList<TypedKey> out;
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const char32_t c : normalized.toUcs4()) {
        TypedKey k;
        k.keysym = keysymForChar(c);
        if (!k.keysym)
            continue;
        if (c < 128) {
            k.scancode = kUs[c].sc;
            k.shift = kUs[c].shift;
        }
        out.append(k);
    }
    return out;
}

} // namespace drover::console::keymap
