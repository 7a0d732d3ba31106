#include "JsonDom.h"

#include <cmath>
#include <limits>
#include <string>

namespace drover::kube {

namespace {

using namespace simdjson;

// A number simdjson read as zero or subnormal: it takes a number too small for a double
// ("1e-400") as 0, where QJsonDocument refuses the whole text. Such a text (or a plain 0.0) is
// left to Qt.
bool hasZeroDouble(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::OBJECT:
        for (dom::key_value_pair kv : dom::object(e))
            if (hasZeroDouble(kv.value))
                return true;
        return false;
    case dom::element_type::ARRAY:
        for (dom::element v : dom::array(e))
            if (hasZeroDouble(v))
                return true;
        return false;
    case dom::element_type::DOUBLE: return std::fabs(double(e)) < std::numeric_limits<double>::min();
    default: return false;
    }
}

struct Scratch
{
    dom::parser parser;
    std::string input; // the object plus simdjson's padding
};

} // namespace

bool readDom(const QByteArray &json, const std::function<void(dom::object)> &read)
{
    if (json.isEmpty())
        return false;
    thread_local Scratch s;
    s.input.assign(json.constData(), size_t(json.size()));
    s.input.resize(size_t(json.size()) + SIMDJSON_PADDING);
    dom::element root;
    const bool readable = !s.parser.parse(s.input.data(), size_t(json.size()), false).get(root) &&
                          root.type() == dom::element_type::OBJECT && !hasZeroDouble(root);
    if (readable)
        read(dom::object(root));
    if (s.parser.capacity() > kKeepCapacity) {
        s.parser = dom::parser{};
        s.input = std::string();
    }
    return readable;
}

} // namespace drover::kube
