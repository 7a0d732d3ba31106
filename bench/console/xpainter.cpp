// xpainter: keeps the whole X screen changing, as fast as the X server accepts it, for
// bench_console. Mode "cells" (default): a 16x9 grid of solid cells whose colours all change
// every frame (desktop-like content). Mode "image": a full-screen moving gradient pushed with
// XPutImage every frame (photo-like worst case for the encoders).
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

int main(int argc, char **argv)
{
    const bool image = argc > 1 && std::strcmp(argv[1], "image") == 0;
    Display *dpy = nullptr;
    for (int i = 0; i < 100 && !dpy; ++i) {
        dpy = XOpenDisplay(nullptr);
        if (!dpy)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (!dpy)
        return 1;
    const int screen = XDefaultScreen(dpy);
    const int w = XDisplayWidth(dpy, screen), h = XDisplayHeight(dpy, screen);
    XSetWindowAttributes attrs{};
    attrs.override_redirect = True;
    const Window win =
        XCreateWindow(dpy, XRootWindow(dpy, screen), 0, 0, unsigned(w), unsigned(h), 0,
                      CopyFromParent, InputOutput, nullptr, CWOverrideRedirect, &attrs);
    XMapRaised(dpy, win);
    const GC gc = XCreateGC(dpy, win, 0, nullptr);
    XImage *img = nullptr;
    if (image) {
        auto *data = static_cast<char *>(std::malloc(size_t(w) * size_t(h) * 4));
        img = XCreateImage(dpy, XDefaultVisual(dpy, screen), 24, ZPixmap, 0, data, unsigned(w),
                           unsigned(h), 32, 0);
    }
    std::printf("READY %d %d\n", w, h);
    std::fflush(stdout);
    for (unsigned frame = 0;; ++frame) {
        if (image) {
            for (int y = 0; y < h; ++y) {
                auto *row =
                    reinterpret_cast<unsigned *>(img->data + size_t(y) * img->bytes_per_line);
                for (int x = 0; x < w; ++x)
                    row[x] = ((x + frame * 7) & 0xff) << 16 | ((y + frame * 3) & 0xff) << 8 |
                             ((x ^ y) + frame) % 256;
            }
            XPutImage(dpy, win, gc, img, 0, 0, 0, 0, unsigned(w), unsigned(h));
        } else {
            const int cw = w / 16 + 1, ch = h / 9 + 1;
            for (int j = 0; j < 9; ++j)
                for (int i = 0; i < 16; ++i) {
                    const unsigned v = frame * 2654435761u + unsigned(i * 97 + j * 131) * 40503u;
                    XSetForeground(dpy, gc, v & 0xffffff);
                    XFillRectangle(dpy, win, gc, i * cw, j * ch, unsigned(cw), unsigned(ch));
                }
        }
        XSync(dpy, False);
    }
}
