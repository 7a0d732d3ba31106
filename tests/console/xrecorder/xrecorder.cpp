// xrecorder: maps a window over the whole X screen, takes the keyboard focus and prints every
// key and button press on stdout, one line each, so a test can prove that input sent over RFB
// reached the X server. Lines: "READY <w> <h>", "KEY <keysym name> <keycode>",
// "BUTTON <button> <x> <y>". Exits when the display goes away.
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <chrono>
#include <cstdio>
#include <thread>

int main()
{
    Display *dpy = nullptr;
    for (int i = 0; i < 100 && !dpy; ++i) { // the server may still be starting
        dpy = XOpenDisplay(nullptr);
        if (!dpy)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (!dpy) {
        std::fprintf(stderr, "xrecorder: cannot open display\n");
        return 1;
    }
    const int screen = XDefaultScreen(dpy);
    const int w = XDisplayWidth(dpy, screen), h = XDisplayHeight(dpy, screen);
    XSetWindowAttributes attrs{};
    attrs.override_redirect = True; // no window manager on a bare Xvnc
    attrs.background_pixel = XWhitePixel(dpy, screen);
    attrs.event_mask = KeyPressMask | ButtonPressMask | StructureNotifyMask;
    const Window win = XCreateWindow(dpy, XRootWindow(dpy, screen), 0, 0, unsigned(w), unsigned(h),
                                     0, CopyFromParent, InputOutput, nullptr,
                                     CWOverrideRedirect | CWBackPixel | CWEventMask, &attrs);
    XMapRaised(dpy, win);
    for (;;) {
        XEvent ev;
        XNextEvent(dpy, &ev);
        if (ev.type == MapNotify)
            break;
    }
    XSetInputFocus(dpy, win, RevertToParent, CurrentTime);
    XSync(dpy, False);
    std::printf("READY %d %d\n", w, h);
    std::fflush(stdout);
    for (;;) {
        XEvent ev;
        XNextEvent(dpy, &ev);
        if (ev.type == KeyPress) {
            const KeySym sym = XLookupKeysym(&ev.xkey, 0);
            const char *name = XKeysymToString(sym);
            std::printf("KEY %s %u\n", name ? name : "?", ev.xkey.keycode);
        } else if (ev.type == ButtonPress) {
            std::printf("BUTTON %u %d %d\n", ev.xbutton.button, ev.xbutton.x, ev.xbutton.y);
        }
        std::fflush(stdout);
    }
}
