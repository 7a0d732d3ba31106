#pragma once
// Writing JSON text by hand (FieldStrip, JsonProjection): an object key, quoted and escaped as
// JSON requires, with its colon.
#include <string>
#include <string_view>

namespace drover::kube {

inline void appendJsonKey(std::string &out, std::string_view key)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : key) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else {
            out += c;
        }
    }
    out += "\":";
}

} // namespace drover::kube
