#pragma once
// Private to SpiceClient*.cpp: connects a GLib signal of spice-client-glib to a static member
// whose parameters match the signal's (no destroy notify; SpiceClient disconnects by data).
#include <glib-object.h>

namespace drover::console::spice {

template<typename F> void on(gpointer instance, const char *signal, F *fn, gpointer self)
{
    g_signal_connect_data(instance, signal, reinterpret_cast<GCallback>(fn), self, nullptr, GConnectFlags(0));
}

} // namespace drover::console::spice
